/** Shared by the search tests and the search benchmark: where the built site is, and how to search it as a reader. */
import { after, before } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openPage, type PageProblems } from '../../browser/browser.ts';
import { serveSite, type ServedSite } from '../../../scripts/lib/serve.ts';
import { normaliseBase } from '../../../src/lib/url.ts';

/** The built site to test: ROLEBOOK_DIST (default dist) served under ROLEBOOK_BASE (default /). */
export const dist = process.env['ROLEBOOK_DIST'] ?? 'dist';
export const base = normaliseBase(process.env['ROLEBOOK_BASE'] ?? '/');

export interface Hit {
  /** Path inside the site, without the base: roles/backend-engineer/ */
  path: string;
  title: string;
  type: string;
  /** Links to matching sections, without the base: faq/#faq-degree */
  sections: string[];
}

const inSite = (href: string) => {
  const { pathname, hash } = new URL(href);
  return (pathname.startsWith(base) ? pathname.slice(base.length) : pathname) + hash;
};

/** Results as rendered in a results container, top first. */
async function readHits(page: Page, container: string): Promise<Hit[]> {
  const raw = await page.$$eval(`${container} .search-result:not([data-stale])`, (items) =>
    items.map((item) => ({
      href: (item.querySelector('.search-result-link') as HTMLAnchorElement).href,
      title: item.querySelector('.search-result-title')?.textContent ?? '',
      type: item.querySelector('.search-result-type')?.textContent ?? '',
      sections: [...item.querySelectorAll<HTMLAnchorElement>('.search-result-sections a')].map((a) => a.href),
    })),
  );
  return raw.map((r) => ({ path: inSite(r.href), title: r.title, type: r.type, sections: r.sections.map(inSite) }));
}

/**
 * Waits until a container shows a settled answer: its summary names a count and at least the first
 * few results are rendered, or the no-results panel is showing. Returns the rendered results.
 * Results marked data-stale (searchInPage) are an earlier answer, still on screen.
 */
export async function settledHits(page: Page, container: string, atLeast = 3, timeout = 8000): Promise<Hit[]> {
  await page.waitForFunction(
    ({ container, atLeast }) => {
      const root = document.querySelector(container);
      if (!root) return false;
      const empty = root.querySelector('[data-search-empty]') as HTMLElement | null;
      if (empty && !empty.hidden) return true;
      const summary = root.querySelector('pagefind-summary')?.textContent ?? '';
      // In any language: pagefind words the summary in the page's ("5 results for", "5 Ergebnisse für").
      const count = /(\d+) \S+ \S+/.exec(summary);
      if (!count) return false;
      // Results load lazily and not in order: wait until the first few slots hold results, not placeholders.
      const slots = [...root.querySelectorAll('pagefind-results li')].filter((li) => !li.parentElement?.closest('li'));
      const want = Math.min(atLeast, Number(count[1]));
      return want > 0 && slots.length >= want && slots.slice(0, want).every((li) => li.classList.contains('search-result') && !li.hasAttribute('data-stale'));
    },
    { container, atLeast },
    { timeout },
  );
  return readHits(page, container);
}

/** Opens /search/?q=… the way a shared link would, and returns what it shows. */
export async function searchFromUrl(page: Page, siteUrl: (p?: string) => string, query: string, extra = ''): Promise<Hit[]> {
  await page.goto(siteUrl(`search/?q=${encodeURIComponent(query)}${extra}`));
  return settledHits(page, '[data-search-page]');
}

/**
 * Types a query into the box of the /search/ page already open, as a reader searching again does,
 * and returns the answer to it. What the page showed before is marked stale first, so the wait
 * cannot take the last answer for this one.
 */
export async function searchInPage(page: Page, query: string): Promise<Hit[]> {
  await page.evaluate(() => {
    const root = document.querySelector('[data-search-page]');
    for (const li of root?.querySelectorAll('pagefind-results li') ?? []) li.setAttribute('data-stale', '');
    // The page shows it again if this answer is empty too (search-ui.ts, on 'results').
    const empty = root?.querySelector<HTMLElement>('[data-search-empty]');
    if (empty) empty.hidden = true;
  });
  await page.fill('[data-search-page] [data-search-input]', query);
  return settledHits(page, '[data-search-page]');
}

export interface SearchTestSite {
  /** The served site; set once the file's tests start. */
  site: ServedSite;
  browser: Browser;
  /** Runs fn on a fresh page that records its problems, and closes the page after. */
  withPage<T>(fn: (page: Page, problems: PageProblems) => Promise<T>, options?: BrowserContextOptions): Promise<T>;
}

/** For a test file: serves the built site and starts Chromium before its tests, and stops both after. */
export function searchTestSite(): SearchTestSite {
  const it = {
    async withPage(fn, options) {
      const { page, problems, close } = await openPage(it.browser, it.site.origin, options);
      try {
        return await fn(page, problems);
      } finally {
        await close();
      }
    },
  } as SearchTestSite;
  before(async () => {
    it.site = await serveSite({ dir: dist, base });
    it.browser = await launchBrowser();
  });
  after(async () => {
    await it.browser?.close();
    await it.site?.close();
  });
  return it;
}
