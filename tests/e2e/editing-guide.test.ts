/**
 * The editing guide (/handbook-guide/) on the built sites: the guide's sections, then one field
 * table per kind of file with every field the schemas have; noindex, out of the sitemap and the
 * search index; reached from the footer of the handbook's pages, the configured base and /handbook/ alike.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { withPage } from '../browser/browser.ts';
import { baseBuild, rootBuild, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { fieldReference } from '../../src/guide/field-reference.ts';
import { paths } from '../../src/lib/url.ts';
import { searchFromUrl, searchTestSite } from './helpers/search.ts';

const guide = paths.handbookGuide();

describe('the editing guide', () => {
  const it = searchTestSite();

  test("renders the guide's sections and a table of every field for each kind of file", async () => {
    await it.withPage(async (page, problems) => {
      await page.goto(it.site.url(guide));
      assert.equal(await page.locator('h1').innerText(), 'Editing the handbook');
      const sections = await page.locator('main h2').allInnerTexts();
      for (const heading of ['Make your own copy and publish it', 'Rename the company', 'Set the pay table', 'Add a role, a level, a question or an opening', 'Propose a change and read the check', 'Post an opening', 'Field reference'])
        assert.ok(sections.includes(heading), heading);
      assert.deepEqual(await page.locator('.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), await page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`)));
      for (const kind of fieldReference()) {
        const section = page.locator(`section[aria-labelledby="fields-${kind.id}"]`);
        assert.match(await section.locator('h3').innerText(), new RegExp(kind.file.replace(/[.*+?^${}()|[\]\\<>]/g, '\\$&')));
        assert.deepEqual(
          await section.locator('tbody th').allInnerTexts(),
          kind.fields.map((f) => f.path),
          kind.id,
        );
      }
      const row = page.locator('section[aria-labelledby="fields-pay"] tbody tr', { hasText: 'maxOverlap' });
      assert.deepEqual((await row.locator('th, td').allInnerTexts()).slice(0, 3), ['maxOverlap', 'number', 'optional (default: 0.5)']);
      assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    });
  });

  test('asks search engines not to index it, and stays out of the sitemap and the search index', async () => {
    const html = await readFile(path.join(rootBuild().dir, guide, 'index.html'), 'utf8');
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(html, /data-pagefind-body/);
    const listed = await sitemapPaths(rootBuild());
    assert.ok(listed.includes('jobs/') && !listed.includes(guide), 'the sitemap lists pages, but not the guide');
    await it.withPage(async (page) => {
      // Words only the guide has: "Rename the company" is a heading of it and of no other page.
      const hits = await searchFromUrl(page, it.site.url, 'rename company pull request');
      assert.ok(!hits.some((hit) => hit.path === guide), JSON.stringify(hits.map((h) => h.path)));
    });
  });

  test("the footer of the handbook's pages links to it, under the /handbook/ base too, and the jobs list's does not (editingLinks: except-jobs)", async () => {
    const builds = [rootBuild(), baseBuild()];
    assert.notEqual(builds[1]!.base, '/', 'the second build is under a base path');
    for (const built of builds) {
      assert.ok(existsSync(path.join(built.dir, 'index.html')), `${built.dir} is missing: build the site first`);
      const site = await serveSite(built);
      try {
        await withPage(it.browser, site.origin, async (page) => {
          for (const from of ['', paths.faq()]) {
            await page.goto(site.url(from));
            await page.locator('footer a', { hasText: 'Editing guide' }).click();
            await page.waitForURL(site.url(guide), { timeout: 15_000 });
            assert.equal(new URL(page.url()).pathname, `${built.base}${guide}`);
            assert.equal(await page.locator('h1').innerText(), 'Editing the handbook');
          }
          await page.goto(site.url(paths.jobs()));
          assert.deepEqual(await page.locator('footer a').allInnerTexts(), ['Jobs']);
        });
      } finally {
        await site.close();
      }
    }
  });
});
