/**
 * The browser gate's checks for one page, run by tests/e2e/gates/browser-crawl.test.ts on every
 * sitemap URL and by the failure tests on fixture pages: HTTP status, console errors, failed and
 * foreign requests, axe (WCAG 2.0/2.1/2.2 A and AA, experimental rules included), and horizontal scrolling at 320 px.
 * Never the browser editor at /admin/, a third party's interface (browser-crawl.test.ts says why).
 */
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from '../browser/browser.ts';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * WCAG rules axe marks experimental, which the tags alone leave off: label-content-name-mismatch
 * (2.5.3, label in name: a link's name holds the text it shows, so speech input can follow it).
 */
const axeExperimentalRules = ['label-content-name-mismatch'];

export interface PageReport {
  url: string;
  problems: string[];
}

export interface CrawlOptions {
  colorScheme?: 'light' | 'dark';
  /** Run axe (the slowest check). */
  axe?: boolean;
  /**
   * The width axe sees the pages at: desktop (the default), each page then seen at 320 px as well,
   * for sideways scrolling; or phone, each page seen at 320 px only, axe and scrolling both.
   */
  axeWidth?: 'desktop' | 'phone';
}

/** axe-core on every page the crawled site's server serves: `serveSite({ scripts: axeScripts })`. */
export const axeScripts = { '/__axe-core.js': axe.source };

/**
 * Chromium for the crawl: every host but this machine's fails to resolve, so nothing leaves the
 * machine (each such request is still recorded, openPage). Not by intercepting requests, which
 * would turn off the browser's cache and cost a fifth of the crawl's time.
 */
export const launchCrawlBrowser = () => launchBrowser({ extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });

/**
 * axe-core run in the page itself. @axe-core/playwright opens a second page for every analysis to
 * merge its results, which cost a second a page (three times axe's own work here); the crawled
 * pages have no frames, so nothing needs merging. axe arrives with the page (axeScripts), from the
 * site's own origin, which the policy allows ('self'), so Chromium compiles it once and keeps the
 * code for the next page, where sending its source with each page cost a third of the page's time.
 */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error(`axe-core is not on ${page.url()}: serve the site with serveSite({ scripts: axeScripts })`);
  const rules = Object.fromEntries(axeExperimentalRules.map((id) => [id, { enabled: true }]));
  const violations = await page.evaluate(({ tags, rules }) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] }).then((r) => r.violations), { tags: axeTags, rules });
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.split('\n').slice(1).join(' ').trim()})` : ''}`);
    return `axe ${v.id} [${v.impact ?? '?'}] ${v.help}: ${nodes.join('; ')}${v.nodes.length > 3 ? ` … and ${v.nodes.length - 3} more` : ''}`;
  });
}

/** Width the document is wider than the viewport, in CSS pixels (0 when it fits). */
async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    const overflow = Math.max(doc.scrollWidth, document.body.scrollWidth) - width;
    const culprits: string[] = [];
    if (overflow > 0) {
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const box = el.getBoundingClientRect();
        if (box.right > width + 1 && box.width > 0) {
          const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${Array.from(el.classList).join('.')}` : '');
          culprits.push(`${name} (right edge ${Math.round(box.right)}px)`);
          if (culprits.length >= 5) break;
        }
      }
    }
    return { overflow, culprits };
  });
}

interface Crawler {
  /** Everything wrong with one URL, as readable lines. */
  visit: (url: string, options?: { axe?: boolean }) => Promise<PageReport>;
  close: () => Promise<void>;
}

/**
 * One browser tab that visits page after page (a new context per page costs more than the page):
 * the recorders are emptied before each visit. Each page is seen at both widths, axe at the desktop
 * one, starting at the width the last page ended at, so the tab resizes once a page, not twice; or,
 * axe at the phone width, at that width alone, so the tab never resizes.
 */
async function createCrawler(browser: Browser, origin: string, options: CrawlOptions = {}): Promise<Crawler> {
  const { colorScheme = 'light', axe: axeByDefault = true, axeWidth = 'desktop' } = options;
  const desktop = { width: 1280, height: 900 };
  const phone = { width: 320, height: 640 };
  const phoneOnly = axeWidth === 'phone';
  const { page, problems, close } = await openPage(browser, origin, { colorScheme, viewport: phoneOnly ? phone : desktop });
  let narrow = phoneOnly;
  const badResponses: string[] = [];
  let current = '';
  let inflight = 0;
  let lastActivity = performance.now();
  page.on('request', () => {
    inflight++;
    lastActivity = performance.now();
  });
  const settled = () => {
    inflight = Math.max(0, inflight - 1);
    lastActivity = performance.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== current) badResponses.push(`${response.url()} (HTTP ${response.status()})`);
  });
  /** Quiet network: nothing in flight for 150 ms (at most 5 s). */
  const quiet = async () => {
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline) {
      if (inflight === 0 && performance.now() - lastActivity > 150) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  };
  const resize = async (toNarrow: boolean) => {
    await page.setViewportSize(toNarrow ? phone : desktop);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    narrow = toNarrow;
  };

  return {
    async visit(url, { axe = axeByDefault } = {}) {
      problems.consoleErrors.length = 0;
      problems.failedRequests.length = 0;
      problems.foreignRequests.length = 0;
      badResponses.length = 0;
      inflight = 0;
      current = url;
      const out: string[] = [];
      const response = await page.goto(url, { waitUntil: 'load' }).catch((error: Error) => {
        out.push(`could not load: ${error.message.split('\n')[0]}`);
        return null;
      });
      if (response && response.status() !== 200) out.push(`HTTP ${response.status()}`);
      if (response) {
        for (const width of phoneOnly ? ['phone'] : narrow ? ['phone', 'desktop'] : ['desktop', 'phone']) {
          if ((width === 'phone') !== narrow) await resize(width === 'phone');
          if (width === axeWidth && axe) out.push(...(await axeViolations(page)));
          if (width === 'phone') {
            const { overflow, culprits } = await horizontalOverflow(page);
            if (overflow > 0) out.push(`scrolls sideways at 320 px by ${overflow}px: ${culprits.join(', ')}`);
          }
        }
        // Last, so that it overlaps the checks: a page's late requests are caught all the same.
        if (!(await quiet())) out.push('the network never went quiet within 5 s');
      }
      out.push(...problems.consoleErrors.map((e) => `console error: ${e}`));
      out.push(...problems.failedRequests.map((e) => `failed request: ${e}`));
      out.push(...badResponses.map((e) => `failed request: ${e}`));
      out.push(...problems.foreignRequests.map((e) => `request to another host: ${e}`));
      return { url, problems: out };
    },
    close,
  };
}

/**
 * Visits the URLs one after another in one tab; results in the order of the URLs. One tab, not
 * several side by side: Chromium already spreads a page's work over both cores of a 2-core
 * machine, and a second tab added a third to the CPU time for a sixth less wall time, time that
 * npm test's other steps, running beside the crawl, need more.
 */
export async function crawl(browser: Browser, origin: string, urls: string[], options: CrawlOptions = {}): Promise<PageReport[]> {
  const crawler = await createCrawler(browser, origin, options);
  try {
    const results: PageReport[] = [];
    for (const url of urls) results.push(await crawler.visit(url));
    return results;
  } finally {
    await crawler.close();
  }
}

/** One URL in a tab of its own. */
export async function crawlPage(browser: Browser, origin: string, url: string, options: CrawlOptions = {}): Promise<PageReport> {
  const crawler = await createCrawler(browser, origin, options);
  try {
    return await crawler.visit(url);
  } finally {
    await crawler.close();
  }
}
