/**
 * Lighthouse gate, mobile: home, a role, a level, compare and search each score at least 0.95 in
 * accessibility, best practices and SEO (tests/quality/lighthouse.ts). Performance is not judged
 * here, as its score moves with the machine's load: the budgets gate holds what it depends on, and
 * bench/lighthouse/run.ts measures it. A fixture page that breaks accessibility rules shows the gate fails;
 * tests/unit/quality-lighthouse.test.ts shows the rule on a recorded report.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { rootBuild, sitemapPaths } from '../../../scripts/lib/built-site.ts';
import { keyPages } from '../../../scripts/lib/key-pages.ts';
import { formatScores, scoresOf, withLighthouse } from '../../browser/lighthouse.ts';
import { serveSite, type ServedSite } from '../../../scripts/lib/serve.ts';
import { gatedCategories, lighthouseProblems } from '../../quality/lighthouse.ts';

const built = rootBuild();
let site: ServedSite;

before(async () => {
  site = await serveSite(built);
});
after(() => site?.close());

test('home, a role, a level, compare and search score ≥ 0.95 in accessibility, best practices and SEO (mobile)', async () => {
  const { pages, missing } = keyPages(await sitemapPaths(built));
  const problems: string[] = [];
  await withLighthouse(async (audit) => {
    for (const page of pages) {
      const lhr = await audit(site.url(page.path), gatedCategories);
      console.log(`lighthouse ${page.kind.padEnd(8)} /${page.path.padEnd(40)} ${formatScores(scoresOf(lhr, gatedCategories))}`);
      problems.push(...lighthouseProblems(lhr).map((p) => `/${page.path} ${p}`));
    }
  });
  assert.deepEqual(missing, [], 'the site has a page of each kind');
  assert.deepEqual(problems, []);
});

test('the gate fails on a page with accessibility errors', async () => {
  const broken = await serveSite({ dir: path.resolve(import.meta.dirname, '../../fixtures/quality/broken-site'), base: '/' });
  try {
    await withLighthouse(async (audit) => {
      const lhr = await audit(broken.url(''), gatedCategories);
      console.log(`lighthouse fixture /broken-site/ ${formatScores(scoresOf(lhr, gatedCategories))}`);
      const text = lighthouseProblems(lhr).join('\n');
      assert.match(text, /^accessibility .*image-alt/m);
      assert.match(text, /^accessibility .*color-contrast/m);
    });
  } finally {
    await broken.close();
  }
});
