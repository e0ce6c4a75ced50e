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
import type { Browser } from 'playwright-core';
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

  const injection =
    '<script>window.__injected = "inline script ran"</script>' +
    '<p id="__styled" style="color: rgb(255, 0, 0)">styled</p>' +
    '<img id="__handler-img" src="data:," alt="" onerror="window.__handlerRan = \'handler ran\'">';

  /** Loads the home page with the injection, delivering the policy by meta, header, or both. */
  async function injected(by: 'meta' | 'header' | 'both') {
    const opened = await openPage(browser, site.origin);
    const { page } = opened;
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
    await page.waitForLoadState('networkidle');
    const ran = await page.evaluate(() => ({
      script: (window as unknown as Record<string, unknown>)['__injected'] ?? null,
      handler: (window as unknown as Record<string, unknown>)['__handlerRan'] ?? null,
      color: getComputedStyle(document.getElementById('__styled')!).color,
    }));
    return { ran, problems: opened.problems, close: opened.close };
  }

  for (const by of ['both', 'meta', 'header'] as const) {
    test(`an injected inline script${by === 'header' ? '' : ', style attribute'} and event handler are blocked (policy by ${by})`, async () => {
      const { ran, problems, close } = await injected(by);
      try {
        assert.equal(ran.script, null, 'inline script must not run');
        assert.equal(ran.handler, null, 'inline event handler must not run');
        // The header alone allows inline styles: it is the union with the editor's policy, whose
        // styles are inline. A reader's page blocks them with its <meta>.
        if (by !== 'header') assert.notEqual(ran.color, 'rgb(255, 0, 0)', 'style attribute must not apply');
        const violations = problems.consoleErrors.filter((e) => /Content Security Policy/i.test(e));
        assert.ok(violations.some((e) => /script/i.test(e)), `the browser reports the blocked script:\n${problems.consoleErrors.join('\n')}`);
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
      await page.waitForLoadState('networkidle');
      noErrors(problems, 'search');
    });
  });

  test('every button on the key pages works under the policy', async () => {
    const { pages } = keyPages(paths);
    for (const key of pages) {
      await withPage(browser, site.origin, async (page, problems) => {
        await page.goto(site.url(key.path));
        await page.waitForLoadState('networkidle');
        const buttons = page.locator('button:visible:not([type="submit"])');
        const count = await buttons.count();
        for (let i = 0; i < count; i++) {
          const button = buttons.nth(i);
          if (await button.isVisible()) await button.click({ timeout: 2000 }).catch(() => undefined);
        }
        await page.waitForTimeout(200);
        noErrors(problems, `/${key.path} (${count} buttons)`);
      }, { permissions: ['clipboard-read', 'clipboard-write'] });
    }
  });
});
