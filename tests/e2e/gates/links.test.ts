/**
 * Link gate: every internal link, asset and #fragment in the built HTML resolves, for the root build
 * (ROLEBOOK_DIST, ROLEBOOK_BASE) and for the build under a non-root base (ROLEBOOK_DIST_BASE built
 * with ROLEBOOK_BASE=ROLEBOOK_BASE_PATH, /handbook/ by default), where a link that forgot the base
 * shows up. The checker's own failure tests are in tests/unit/quality-links.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseBuild, rootBuild, siteOrigins, type BuiltSite } from '../../../scripts/lib/built-site.ts';
import { checkLinks, formatLinkProblem } from '../../quality/links.ts';

async function gate(site: BuiltSite) {
  const report = await checkLinks(site, { siteOrigins: siteOrigins(site) });
  console.log(`${site.dir} (base ${site.base}): ${report.pages} pages, ${report.links} internal links, ${report.problems.length} broken`);
  assert.ok(report.pages > 0, `no pages in ${site.dir}: build it first`);
  assert.deepEqual(report.problems.map(formatLinkProblem), []);
}

test('every internal link and #fragment resolves in the root build', () => gate(rootBuild()));

test('every internal link and #fragment resolves in the build with a non-root base', async () => {
  const site = baseBuild();
  assert.notEqual(site.base, '/', 'the base build must use a base other than /');
  await gate(site);
});
