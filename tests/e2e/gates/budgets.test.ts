/**
 * Budget gate on the built files, the deterministic stand-in for a performance score (gzip: HTML
 * median ≤ 7 kB, CSS ≤ 10 kB per page, JS a content page runs before interaction ≤ 1 kB, each script
 * of the site's own ≤ 5 kB; at most 6 requests before interaction; tests/quality/budgets.ts). Prints
 * every page's figures and the largest per kind of page. The checker's failure tests on fixtures
 * that break each rule are in tests/unit/quality-budgets.test.ts. The browser editor (/admin/) is
 * none of the readers' pages: its files are printed and held to a budget of their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rootBuild } from '../../../scripts/lib/built-site.ts';
import { formatBudgetReport, measureBudgets } from '../../quality/budgets.ts';

test('the built site stays within its size and request budgets', async () => {
  const report = await measureBudgets(rootBuild());
  console.log(formatBudgetReport(report));
  assert.ok(report.pages.length > 0, 'no pages: build the site first');
  assert.deepEqual(report.failures, []);
});
