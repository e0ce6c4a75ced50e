/**
 * Browser gate: every page of the built site, the sitemap's and those left out of it on purpose (ROLEBOOK_DIST, served under ROLEBOOK_BASE with
 * its _headers CSP) in Debian's Chromium: status 200, no console error, no failed request, no request
 * to another host, axe WCAG 2.0/2.1/2.2 A+AA with zero violations, no sideways scrolling at 320 px;
 * then the theme toggle and keyboard navigation. One Chromium for the whole file.
 *
 * A translation's pages are the main language's templates holding other words, so axe sees each
 * page once: the main language's at desktop width, each translation's at 320 px, where its own
 * words are laid out (long German compounds) and which no other page shows axe. Every template is
 * so checked by axe at both widths, every page at 320 px, and no page is loaded twice.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { withPage } from '../../browser/browser.ts';
import { rootBuild, sitemapPaths } from '../../../scripts/lib/built-site.ts';
import { keyPages } from '../../../scripts/lib/key-pages.ts';
import { serveSite, type ServedSite } from '../../../scripts/lib/serve.ts';
import { axeScripts, crawl, crawlPage, launchCrawlBrowser } from '../../quality/crawl.ts';
import { listPages, readHead, urlPathOf } from '../../../src/lib/built-pages.ts';

const built = rootBuild();
// Every page readers reach: the sitemap's, and those it leaves out on purpose (noindex: the editing
// guide, a closed opening, the 404 page; search, whose results are no page of their own). The
// browser editor (/admin/) is not crawled: nearly all of it is Sveltia CMS's interface, a third
// party's, which this gate's axe rules would judge rather than Rolebook's pages, and it talks to
// GitHub, which the crawl blocks. Its own browser test covers it; listPages leaves it out.
let browser: Browser;
let site: ServedSite;
let paths: string[] = [];
/** The pages in another language than the home page's (their `<html lang>`). */
const translated = new Set<string>();
let sitemapError: unknown;

before(async () => {
  browser = await launchCrawlBrowser();
  site = await serveSite({ ...built, scripts: axeScripts });
  paths = await sitemapPaths(built).catch((error: unknown) => {
    sitemapError = error;
    return [];
  });
  const fileOf = new Map((await listPages(built.dir)).map((file) => [urlPathOf(file, '/').slice(1), file]));
  for (const page of fileOf.keys()) if (!paths.includes(page)) paths.push(page);
  const langOf = async (page: string) => {
    const file = fileOf.get(page);
    return file ? /<html[^>]*\slang="([^"]*)"/.exec(await readHead(path.join(built.dir, file)))?.[1] : undefined;
  };
  const main = await langOf('');
  for (const page of paths) {
    const lang = await langOf(page);
    if (lang && lang !== main) translated.add(page);
  }
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const report = (failures: { url: string; problems: string[] }[]) => failures.map((f) => `${f.url}\n${f.problems.map((p) => `  - ${p}`).join('\n')}`).join('\n');

describe('every page', () => {
  test('loads with status 200, no console error, no failed or foreign request, no axe violation, no sideways scroll at 320 px', async () => {
    assert.ifError(sitemapError);
    assert.ok(paths.length > 0, 'the build has no pages');
    const started = performance.now();
    const urls = (inTranslation: boolean) => paths.filter((p) => translated.has(p) === inTranslation).map((p) => site.url(p));
    const results = [...(await crawl(browser, site.origin, urls(false))), ...(await crawl(browser, site.origin, urls(true), { axeWidth: 'phone' }))];
    const failures = results.filter((r) => r.problems.length);
    console.log(`crawled ${results.length} pages (${translated.size} of them in a translation, axe at 320 px) in ${((performance.now() - started) / 1000).toFixed(1)} s; ${failures.length} with problems`);
    assert.equal(failures.length, 0, `\n${report(failures)}`);
  });

  test('the key pages also pass in the dark theme', async () => {
    const { pages } = keyPages(paths);
    // The editing guide is no key page (Lighthouse skips it) but is the one page of its kind: wide tables, Markdown.
    const results = await crawl(
      browser,
      site.origin,
      [...pages.map((p) => p.path), 'handbook-guide/'].map((p) => site.url(p)),
      { colorScheme: 'dark' },
    );
    const failures = results.filter((r) => r.problems.length);
    assert.equal(failures.length, 0, `\n${report(failures)}`);
  });
});

describe('theme toggle', () => {
  test('switches the theme, and the choice is remembered across reloads and pages', async () => {
    await withPage(
      browser,
      site.origin,
      async (page, problems) => {
        await page.goto(site.url(''));
        const toggle = page.locator('#theme-toggle');
        await toggle.waitFor({ state: 'visible', timeout: 5000 });
        const look = () =>
          page.evaluate(() => ({
            theme: document.documentElement.dataset['theme'] ?? '',
            background: getComputedStyle(document.body).backgroundColor,
          }));
        const before = await look();
        assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'light system theme: the toggle starts unpressed');
        await toggle.click();
        const dark = await look();
        assert.equal(dark.theme, 'dark');
        assert.notEqual(dark.background, before.background, 'the page background changes with the theme');
        assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
        await page.reload();
        assert.deepEqual(await look(), dark, 'the choice survives a reload');
        const other = paths.find((p) => p !== '') ?? '';
        await page.goto(site.url(other));
        assert.equal((await look()).theme, 'dark', `the choice carries over to /${other}`);
        await page.locator('#theme-toggle').click();
        assert.equal((await look()).theme, 'light');
        await page.reload();
        assert.equal((await look()).background, before.background, 'and back to light, remembered too');
        assert.deepEqual(problems.consoleErrors, []);
      },
      { colorScheme: 'light' },
    );
  });
});

describe('keyboard', () => {
  test('the first Tab reaches a visible skip link, and it moves focus into the main content', async () => {
    for (const p of ['', ...paths.filter((x) => x !== '').slice(0, 1)]) {
      await withPage(browser, site.origin, async (page) => {
        await page.goto(site.url(p));
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const box = el?.getBoundingClientRect();
          return {
            tag: el?.tagName.toLowerCase(),
            text: el?.textContent?.trim() ?? '',
            href: el?.getAttribute('href') ?? '',
            visible: !!box && box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight,
          };
        });
        assert.equal(focused.tag, 'a', `/${p}: the first Tab focuses a link`);
        assert.match(focused.text, /skip/i, `/${p}: the first Tab focuses the skip link`);
        assert.ok(focused.visible, `/${p}: the skip link is visible when focused`);
        assert.match(focused.href, /^#./);
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
        const inTarget = await page.evaluate((hash) => {
          const target = document.getElementById(decodeURIComponent(hash.slice(1)));
          const active = document.activeElement;
          return !!target && !!active && (target === active || target.contains(active));
        }, focused.href);
        assert.ok(inTarget, `/${p}: after the skip link, Tab moves within ${focused.href}`);
      });
    }
  });

  test('every control on the home page can be reached with Tab and shows where focus is', async () => {
    await withPage(browser, site.origin, async (page) => {
      await page.goto(site.url(''));
      const seen: string[] = [];
      const invisible: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const indicated = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' || style.textDecorationLine.includes('underline');
          const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
          return { name, indicated, visible: box.width > 0 && box.height > 0 };
        });
        if (!info || seen.includes(info.name)) break;
        seen.push(info.name);
        if (!info.visible || !info.indicated) invisible.push(`${info.name}${info.visible ? '' : ' (not visible)'}${info.indicated ? '' : ' (no focus indicator)'}`);
      }
      assert.ok(seen.length >= 3, `Tab reached only ${seen.join(', ')}`);
      assert.deepEqual(invisible, [], 'focused controls must be visible and show a focus indicator');
    });
  });
});

describe('the browser gate fails when a rule is broken', () => {
  test('a fixture page breaking each rule is reported on every count', async () => {
    const broken = await serveSite({ dir: path.resolve(import.meta.dirname, '../../fixtures/quality/broken-site'), base: '/', scripts: axeScripts });
    try {
      const { problems } = await crawlPage(browser, broken.origin, broken.url(''));
      const text = problems.join('\n');
      assert.match(text, /axe image-alt/, 'image without alt');
      assert.match(text, /axe color-contrast/, 'low contrast');
      assert.match(text, /axe label-content-name-mismatch/, 'a career graph box named "Backend Engineer" that shows "Mid-level"');
      assert.match(text, /console error: broken on purpose/, 'console error');
      assert.match(text, /failed request: .*\/missing\.png \(HTTP 404\)/, 'failed request');
      assert.match(text, /request to another host: http:\/\/cdn\.rolebook\.invalid\/tracker\.png/, 'foreign request');
      assert.match(text, /scrolls sideways at 320 px/, 'horizontal scroll at 320 px');
      const narrow = (await crawlPage(browser, broken.origin, broken.url(''), { axeWidth: 'phone' })).problems.join('\n');
      assert.match(narrow, /axe image-alt/, 'axe runs at 320 px too, when asked');
      assert.match(narrow, /scrolls sideways at 320 px/, 'and the page is still checked for sideways scrolling there');
      const missing = await crawlPage(browser, broken.origin, broken.url('no-such-page/'), { axe: false });
      assert.match(missing.problems.join('\n'), /HTTP 404/, 'status other than 200');
    } finally {
      await broken.close();
    }
  });
});
