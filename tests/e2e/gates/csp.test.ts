/**
 * Content-Security-Policy gate. Statically: every reader's page of both builds carries the policy in
 * a <meta> with no 'unsafe-inline' and connect-src 'self' only, and contains nothing that needs a
 * weaker one (inline scripts, style attributes, inline event handlers); the browser editor's page
 * (/admin/) carries its own, which reaches GitHub's hosts and nothing else; _headers carries the
 * union of all of them plus frame-ancestors (src/integrations/csp.ts says why one policy).
 * In Chromium: an injected inline script, style attribute and event handler are blocked by the
 * <meta> alone, and the script and handler by the _headers header alone; search and every button
 * still work under the policy.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, withPage } from '../../browser/browser.ts';
import { baseBuild, rootBuild, sitemapPaths, type BuiltSite } from '../../../scripts/lib/built-site.ts';
import { keyPages } from '../../../scripts/lib/key-pages.ts';
import { serveSite, type ServedSite } from '../../../scripts/lib/serve.ts';
import { metaPolicy, parsePolicy } from '../../../src/integrations/csp.ts';
import { editorPage, listPages } from '../../../src/lib/built-pages.ts';
import { checkEditorPolicy, checkHeaders, checkPage, checkPolicy } from '../../quality/csp.ts';

async function staticGate(site: BuiltSite) {
  const pages = await listPages(site.dir, { editor: true });
  assert.ok(pages.length > 1, `no pages in ${site.dir}`);
  assert.ok(pages.includes(editorPage), `no ${editorPage} in ${site.dir}`);
  const problems: string[] = [];
  const policies = [];
  for (const file of pages) {
    const html = await readFile(path.join(site.dir, file), 'utf8');
    problems.push(...checkPage(html, file === editorPage ? checkEditorPolicy : checkPolicy).map((p) => `${file}: ${p}`));
    const meta = metaPolicy(html);
    if (meta) policies.push(parsePolicy(meta));
  }
  const headers = await readFile(path.join(site.dir, '_headers'), 'utf8').catch(() => '');
  problems.push(...checkHeaders(headers, policies));
  console.log(`${site.dir}: ${pages.length} pages checked for the policy`);
  assert.deepEqual(problems, []);
}

describe('the policy in the built files', () => {
  test('every page of the root build, and _headers', () => staticGate(rootBuild()));
  test('every page of the build with a non-root base, and _headers', () => staticGate(baseBuild()));
});

describe('the policy in the browser', () => {
  const built = rootBuild();
  let browser: Browser;
  let site: ServedSite;
  let paths: string[] = [];

  before(async () => {
    browser = await launchBrowser();
    site = await serveSite(built);
    paths = await sitemapPaths(built).catch(() => []);
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  const injection = '<script>window.__injected = "inline script ran"</script>' + '<p id="__styled" style="color: rgb(255, 0, 0)">styled</p>' + '<img id="__handler-img" src="data:," alt="" onerror="window.__handlerRan = \'handler ran\'">';

  /** Loads the home page with the injection, delivering the policy by meta, header, or both. */
  async function injected(by: 'meta' | 'header' | 'both') {
    const opened = await openPage(browser, site.origin);
    const { page } = opened;
    // What the browser blocked, from its securitypolicyviolation events (set up before any script of
    // the page, and not subject to its policy), rather than from the wording of its console.
    await page.addInitScript(() => {
      const blocked: string[] = [];
      (window as unknown as Record<string, unknown>)['__violations'] = blocked;
      document.addEventListener('securitypolicyviolation', (event) => blocked.push(event.effectiveDirective));
    });
    await page.route(site.url(''), async (route) => {
      const response = await route.fetch();
      let body = await response.text();
      const headers = { ...response.headers() };
      if (by === 'header') body = body.replace(/<meta[^>]+http-equiv="content-security-policy"[^>]*>/i, '');
      if (by === 'meta') delete headers['content-security-policy'];
      if (by !== 'meta') assert.ok(headers['content-security-policy'], 'the server sends the _headers policy');
      await route.fulfill({ response, body: body.replace('</main>', `${injection}</main>`), headers });
    });
    await page.goto(site.url(''));
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    const ran = await page.evaluate(() => ({
      script: (window as unknown as Record<string, unknown>)['__injected'] ?? null,
      handler: (window as unknown as Record<string, unknown>)['__handlerRan'] ?? null,
      color: getComputedStyle(document.getElementById('__styled')!).color,
      violations: ((window as unknown as Record<string, unknown>)['__violations'] as string[]) ?? [],
    }));
    return { ran, problems: opened.problems, close: opened.close };
  }

  for (const by of ['both', 'meta', 'header'] as const) {
    test(`an injected inline script${by === 'header' ? '' : ', style attribute'} and event handler are blocked (policy by ${by})`, async () => {
      const { ran, close } = await injected(by);
      try {
        assert.equal(ran.script, null, 'inline script must not run');
        assert.equal(ran.handler, null, 'inline event handler must not run');
        // The header alone allows inline styles: it is the union with the editor's policy, whose
        // styles are inline. A reader's page blocks them with its <meta>.
        if (by !== 'header') assert.notEqual(ran.color, 'rgb(255, 0, 0)', 'style attribute must not apply');
        assert.ok(
          ran.violations.some((d) => d.startsWith('script-src')),
          `the browser reports the blocked script: ${ran.violations.join(', ')}`,
        );
      } finally {
        await close();
      }
    });
  }

  function noErrors(problems: { consoleErrors: string[]; failedRequests: string[] }, what: string) {
    assert.deepEqual([...problems.consoleErrors, ...problems.failedRequests], [], `${what}: no console error or failed request under the policy`);
  }

  test('search finds pages under the policy (pagefind: wasm, worker, index fetches)', async () => {
    await withPage(browser, site.origin, async (page, problems) => {
      // A shared search link: the page runs the query as it loads.
      await page.goto(site.url('search/?q=engineer'));
      const results = page.locator('pagefind-results a[href]');
      await results.first().waitFor({ state: 'visible', timeout: 15000 });
      assert.ok((await results.count()) > 0);
      const href = (await results.first().getAttribute('href')) ?? '';
      assert.ok(href.startsWith(built.base), `a result links inside the site: ${href}`);
      await page.waitForLoadState('networkidle', { timeout: 15_000 });
      noErrors(problems, 'search');
    });
  });

  /** What a click on each kind of button must do, each asserted: no button is clicked without a check of its effect. */
  type Effect = (page: Page, button: Locator) => Promise<void>;
  const effects: Record<string, Effect> = {
    // The theme toggle: data-theme on the page and aria-pressed on the button both change.
    theme: async (page, button) => {
      const state = () => Promise.all([page.evaluate(() => document.documentElement.dataset['theme'] ?? ''), button.getAttribute('aria-pressed')]);
      const [theme, pressed] = await state();
      await button.click({ timeout: 5000 });
      await page.waitForFunction((was) => (document.documentElement.dataset['theme'] ?? '') !== was, theme, { timeout: 5000 });
      const [themeAfter, pressedAfter] = await state();
      assert.notEqual(themeAfter, theme, 'the theme changes');
      assert.equal(pressedAfter, pressed === 'true' ? 'false' : 'true', 'aria-pressed turns over');
    },
    // A copy button: the file it names is on the clipboard (its plain twin, for rich text), and its status says so.
    copy: async (page, button) => {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      const status = button.locator('xpath=following-sibling::*[contains(@class, "copy-status")]');
      await status.evaluate((s) => (s.textContent = ''));
      await button.click({ timeout: 5000 });
      // The words of success are the page's language's, which the button carries.
      const done = await button.getAttribute('data-copy-done');
      assert.ok(done, 'the button says what success reads');
      await status.filter({ hasText: done }).waitFor({ timeout: 5000 });
      const source = (await button.getAttribute('data-copy-plain')) ?? (await button.getAttribute('data-copy-src'));
      assert.ok(source, 'the button names the file it copies');
      const expected = await page.evaluate((src) => fetch(src, { signal: AbortSignal.timeout(10_000) }).then((r) => r.text()), source);
      assert.ok(expected.length > 0, `${source} has text`);
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected, `the clipboard holds ${source}`);
    },
    // The print button: the browser's print dialog is asked for once (window.print is stubbed to count).
    print: async (page, button) => {
      const before = await page.evaluate(() => (window as unknown as { __printed: number }).__printed);
      await button.click({ timeout: 5000 });
      await page.waitForFunction((n) => (window as unknown as { __printed: number }).__printed === n + 1, before, { timeout: 5000 });
    },
    // A disclosure: aria-expanded turns over.
    disclosure: async (page, button) => {
      const expanded = await button.getAttribute('aria-expanded');
      await button.click({ timeout: 5000 });
      await page.waitForFunction(([el, was]) => (el as Element).getAttribute('aria-expanded') !== was, [await button.elementHandle(), expanded] as const, { timeout: 5000 });
    },
  };
  const kindOf = (button: Locator) =>
    button.evaluate((b) => {
      if (b.id === 'theme-toggle') return 'theme';
      if (b.hasAttribute('data-copy-src')) return 'copy';
      if (/print/.test(b.getAttribute('data-on-demand') ?? '')) return 'print';
      if (b.hasAttribute('aria-expanded')) return 'disclosure';
      return `unknown: ${b.outerHTML.slice(0, 200)}`;
    });

  test('every button on the key pages and on a page with copy and print buttons works under the policy: each click has its effect', async () => {
    const { pages } = keyPages(paths);
    // The key pages have the theme toggle; the copy and print buttons are on the pages of the ads,
    // found in the build by their markup.
    let withCopy: string | undefined;
    for (const file of await listPages(built.dir)) {
      const html = await readFile(path.join(built.dir, file), 'utf8');
      if (html.includes('data-copy-src=') && /data-on-demand="[^"]*print/.test(html)) {
        withCopy = file.replace(/index\.html$/, '');
        break;
      }
    }
    assert.ok(withCopy !== undefined, 'a page of the build has copy and print buttons');
    const clicked: Record<string, number> = {};
    for (const pathInSite of [...pages.map((p) => p.path), withCopy]) {
      await withPage(
        browser,
        site.origin,
        async (page, problems) => {
          await page.addInitScript(() => {
            (window as unknown as { __printed: number }).__printed = 0;
            window.print = () => void (window as unknown as { __printed: number }).__printed++;
          });
          await page.goto(site.url(pathInSite));
          await page.waitForLoadState('networkidle', { timeout: 15_000 });
          const buttons = page.locator('button:visible:not([type="submit"])');
          const count = await buttons.count();
          assert.ok(count > 0, `/${pathInSite} has buttons`);
          for (let i = 0; i < count; i++) {
            const button = buttons.nth(i);
            const kind = await kindOf(button);
            const effect = effects[kind];
            assert.ok(effect, `/${pathInSite}: a button whose effect this test does not know, so cannot check (${kind}): add it to effects`);
            await effect(page, button);
            clicked[kind] = (clicked[kind] ?? 0) + 1;
          }
          noErrors(problems, `/${pathInSite} (${count} buttons)`);
        },
        { permissions: ['clipboard-read', 'clipboard-write'] },
      );
    }
    for (const kind of ['theme', 'copy', 'print']) assert.ok(clicked[kind], `a ${kind} button was clicked and checked (${JSON.stringify(clicked)})`);
  });
});
