/**
 * Budget gate on the built files, gzip: HTML median ≤ 7 kB, CSS ≤ 10 kB per page, JS a content page
 * runs before interaction ≤ 1 kB (tests/quality/budgets.ts). Prints every page's figures. The
 * checker's failure tests on oversized fixtures are in tests/unit/quality-budgets.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rootBuild } from '../../../scripts/lib/built-site.ts';
import { formatBudgetReport, measureBudgets } from '../../quality/budgets.ts';

test('the built site stays within its size budgets', async () => {
  const report = await measureBudgets(rootBuild());
  console.log(formatBudgetReport(report));
  assert.ok(report.pages.length > 0, 'no pages: build the site first');
  assert.deepEqual(report.failures, []);
});
