/**
 * Search as a reader uses it, in Chromium against the built site (ROLEBOOK_DIST, under
 * ROLEBOOK_BASE): the header dialog from the keyboard, the /search/ page with the query and filters
 * in the address, typo recovery, the no-results state, the message when there is no index, and no
 * requests leaving the site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { base, dist, searchFromUrl, searchTestSite, settledHits } from './helpers/search.ts';

const served = searchTestSite();
const searchErrors = (errors: string[]) => errors.filter((e) => /pagefind|search|wasm|worker|content security/i.test(e));

test('the build ships a search index with filters and metadata, and the typo vocabulary', async () => {
  const bundle = path.join(dist, 'pagefind');
  for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-entry.json']) {
    assert.ok((await stat(path.join(bundle, file))).isFile(), `${file} is in ${bundle}`);
  }
  assert.ok((await readdir(path.join(bundle, 'filter'))).length > 0, 'filters were indexed');
  assert.ok((await readdir(path.join(bundle, 'fragment'))).length > 10, 'pages were indexed');
  const words = JSON.parse(await readFile(path.join(dist, 'search', 'vocabulary.json'), 'utf8')) as string[];
  assert.ok(words.includes('kubernetes') && words.includes('engineering'), 'the vocabulary holds the handbook’s words');
});

test('only pages that declare data-pagefind-body are results: not 404, /search/ or the pairwise comparisons', async () => {
  const html = (file: string) => readFile(path.join(dist, file), 'utf8');
  for (const file of ['404.html', 'search/index.html', 'roles/backend-engineer/compare/junior-vs-mid/index.html']) {
    assert.doesNotMatch(await html(file), /data-pagefind-body/, `${file} is not indexed`);
  }
  // A restatement is indexed by a small hidden block, not by its main content.
  const copy = await html('roles/backend-engineer/senior/job-ad/index.html');
  assert.match(copy, /<div hidden data-pagefind-body>/);
  assert.doesNotMatch(copy, /<main[^>]*data-pagefind-body/);
});

test('header: "/" opens the search dialog, results appear as you type, arrows move, Esc closes', () =>
  served.withPage(async (page, problems) => {
    await page.goto(served.site.url('roles/'));
    await page.keyboard.press('/');
    const input = page.locator('pagefind-modal dialog[open] input');
    await input.waitFor({ timeout: 8000 });
    assert.ok(await input.evaluate((el) => el === document.activeElement), 'the search input has focus');
    await page.keyboard.type('kafka');
    const hits = await settledHits(page, 'pagefind-modal', 1);
    assert.ok(hits.length > 0, 'typing shows results');
    assert.ok(
      hits.every((h) => h.title && h.type),
      'each result shows a title and a type',
    );

    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    assert.ok(focused?.startsWith(base), `ArrowDown moves to a result link under ${base} (got ${focused})`);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    assert.notEqual(second, focused, 'ArrowDown again moves to the next result');
    await page.keyboard.press('s');
    assert.equal(await input.inputValue(), 'kafkas', 'a letter typed on a result goes on in the box');
    await page.keyboard.press('Backspace');

    await page.keyboard.press('Escape');
    await page
      .locator('pagefind-modal dialog[open]')
      .waitFor({ state: 'detached', timeout: 3000 })
      .catch(() => undefined);
    assert.equal(await page.locator('pagefind-modal dialog[open]').count(), 0, 'Esc closes the dialog');
    const back = await page
      .waitForFunction(() => document.activeElement?.matches('[data-search-open]'), undefined, { timeout: 2000 })
      .then(
        () => true,
        () => false,
      );
    assert.ok(back, 'focus returns to the header search');

    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal dialog[open]').waitFor({ timeout: 3000 });
    await page.keyboard.press('Escape');

    const full = await page.locator('[data-search-full]').getAttribute('href');
    assert.equal(full, `${base}search/?q=kafka`, 'the dialog links to the full search for the same query');
    assert.deepEqual(searchErrors(problems.consoleErrors), []);
    assert.deepEqual(problems.foreignRequests, [], 'no third-party requests');
  }));

test('header search works on a phone-sized screen by tapping the search button', () =>
  served.withPage(
    async (page) => {
      await page.goto(served.site.url());
      await page.locator('[data-search-open]').tap();
      await page.locator('pagefind-modal dialog[open] input').waitFor({ timeout: 8000 });
      await page.keyboard.type('platform');
      const hits = await settledHits(page, 'pagefind-modal', 1);
      assert.ok(
        hits.some((h) => h.path === 'roles/platform-engineer/'),
        'finds the Platform Engineer role',
      );
    },
    { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true },
  ));

test('/search/?q= restores the query, keeps it in the address and links under the base path', () =>
  served.withPage(async (page, problems) => {
    const hits = await searchFromUrl(page, served.site.url, 'kafka');
    assert.equal(await page.inputValue('[data-search-input]'), 'kafka', 'the query is restored into the box');
    assert.ok(hits.length > 0, 'results for kafka');
    const hrefs = await page.$$eval('[data-search-page] .search-result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(
      hrefs.every((h) => h.startsWith(base)),
      `result links start with ${base}: ${hrefs.join(', ')}`,
    );

    await page.fill('[data-search-input]', 'postgres');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'postgres', undefined, { timeout: 5000 });
    await page.waitForFunction(() => /results? for postgres/.test(document.querySelector('[data-search-page] pagefind-summary')?.textContent ?? ''), undefined, { timeout: 8000 });
    const typed = await settledHits(page, '[data-search-page]', 1);
    assert.equal(typed[0]?.path, 'skills/postgresql/', 'typing updates the results');

    await page.focus('[data-search-input]');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.evaluate(() => !!document.activeElement?.closest('pagefind-results')), 'ArrowDown moves from the box into the results');
    assert.deepEqual(searchErrors(problems.consoleErrors), []);
    assert.deepEqual(problems.foreignRequests, []);
  }));

test('/search/ without a query loads pagefind only when the reader turns to the box', () =>
  served.withPage(async (page) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(served.site.url('search/'), { waitUntil: 'networkidle' });
    assert.deepEqual(
      fetched.filter((u) => u.includes('/pagefind/')),
      [],
      'nothing of pagefind loads with the page',
    );
    await page.focus('[data-search-input]');
    await page.keyboard.type('kafka');
    assert.ok((await settledHits(page, '[data-search-page]', 1)).length > 0, 'what was typed while pagefind loaded is searched');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'kafka');
  }));

test('filters narrow the results and are kept in the address', () =>
  served.withPage(async (page) => {
    const all = await searchFromUrl(page, served.site.url, 'engineer');
    const allCount = await page.locator('[data-search-page] pagefind-summary').textContent();
    const types = new Set(all.map((h) => h.type));
    assert.ok(types.size > 1, `"engineer" finds several types of page (${[...types].join(', ')})`);

    const roles = await searchFromUrl(page, served.site.url, 'engineer', '&type=Role');
    assert.ok(roles.length > 0 && roles.every((h) => h.type === 'Role'), 'type=Role from the address keeps only roles');
    assert.notEqual(await page.locator('[data-search-page] pagefind-summary').textContent(), allCount, 'the count changes');

    // Choose a filter as a reader would: open the Level dropdown and pick Senior.
    await searchFromUrl(page, served.site.url, 'engineer');
    await page.locator('pagefind-filter-dropdown[filter="level"] button').first().click();
    await page.locator('pagefind-filter-dropdown[filter="level"] [role="option"]', { hasText: 'Senior' }).first().click();
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('level').includes('Senior'), undefined, { timeout: 5000 });
    await page.keyboard.press('Escape');
    const seniors = await settledHits(page, '[data-search-page]', 1);
    assert.ok(seniors.length > 0 && seniors.every((h) => /senior/i.test(h.title)), `level=Senior keeps senior pages (${seniors.map((h) => h.title).join(', ')})`);
  }));

test('other titles find their role: "API Developer" leads to Backend Engineer', () =>
  served.withPage(async (page) => {
    const hits = await searchFromUrl(page, served.site.url, 'API Developer');
    assert.equal(hits[0]?.path, 'roles/backend-engineer/');
  }));

test('a typo is corrected and the reader is told so; the address keeps what they typed', () =>
  served.withPage(async (page) => {
    const hits = await searchFromUrl(page, served.site.url, 'kubernets');
    assert.ok(hits.length > 0, 'results for the corrected word');
    const notice = await page.locator('[data-search-page] [data-search-notice]').textContent();
    assert.match(notice ?? '', /Showing results for kubernetes \(no exact match for “kubernets”\)/);
    assert.equal(await page.inputValue('[data-search-input]'), 'kubernets');
  }));

test('a level name with a pay word lists that level first: "senior salary"', () =>
  served.withPage(async (page) => {
    const hits = await searchFromUrl(page, served.site.url, 'senior salary');
    assert.ok(hits[0]?.type.startsWith('Level · Senior'), `first result is a Senior level page (got ${hits[0]?.title}, ${hits[0]?.type})`);
  }));

test('no results: suggests browsing roles and the FAQ, with links under the base path', () =>
  served.withPage(async (page) => {
    await page.goto(served.site.url('search/?q=zqxjv'));
    const empty = page.locator('[data-search-page] [data-search-empty]');
    await empty.waitFor({ state: 'visible', timeout: 8000 });
    const links = await empty.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes(`${base}roles/`) && links.includes(`${base}faq/`), `links to roles and FAQ: ${links.join(', ')}`);
    for (const link of links) {
      const response = await page.request.get(`${served.site.origin}${link}`);
      assert.equal(response.status(), 200, `${link} exists`);
    }
  }));

test('what a reader types straight after / is kept while the dialog loads', () =>
  served.withPage(async (page) => {
    await page.goto(served.site.url('faq/'));
    await page.keyboard.press('/');
    await page.keyboard.type('kafka', { delay: 0 });
    const input = page.locator('pagefind-modal dialog[open] input');
    await input.waitFor({ timeout: 8000 });
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('pagefind-modal dialog[open] input')?.value === 'kafka', undefined, { timeout: 5000 });
    const hits = await settledHits(page, 'pagefind-modal', 1);
    assert.ok(hits.length > 0, 'the kept query shows results');
  }));

test('without an index, search says so plainly instead of showing a dead box', () =>
  served.withPage(async (page) => {
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(served.site.url('search/?q=kafka'));
    const status = page.locator('[data-search-page] [data-search-status]');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').includes('no search index'), undefined, { timeout: 5000 });
    assert.match((await status.textContent()) ?? '', /no search index/);

    await page.goto(served.site.url('roles/'));
    await page.keyboard.press('/');
    const dialog = page.locator('[data-search-unavailable]');
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    assert.match((await dialog.textContent()) ?? '', /no search index/);
  }));
