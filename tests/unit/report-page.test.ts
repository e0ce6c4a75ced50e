/** The page astro dev shows while the content has errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportPage } from '../../src/problems/report-page.ts';

test('errors grouped by file with line, field and fix, escaped, and the scripts that reload it by itself', () => {
  const html = reportPage(
    [
      { file: 'content/b.mdx', line: 3, message: 'has <script>, which content cannot use', fix: 'remove it', severity: 'error' },
      { file: 'content/a.mdx', line: 9, field: 'order', message: 'must be a whole number', severity: 'error' },
      { file: 'content/a.mdx', line: 2, message: 'uses "guys"', fix: 'say "everyone"', severity: 'warning' },
    ],
    '/handbook/',
    '/repo/src/scripts/dev-status.ts',
  );
  assert.match(html, /2 problems in 2 files/);
  assert.ok(html.indexOf('content/a.mdx') < html.indexOf('content/b.mdx'), 'files in order');
  assert.match(html, /<span class="line">line 9<\/span> <code>order<\/code> must be a whole number/);
  assert.match(html, /has &#60;script&#62;, which content cannot use<p class="fix">To fix: remove it<\/p>/);
  assert.doesNotMatch(html, /guys/, 'warnings stay in the terminal');
  assert.match(html, /<script type="module" src="\/handbook\/@vite\/client"><\/script>/);
  assert.match(html, /<script type="module" src="\/handbook\/@fs\/repo\/src\/scripts\/dev-status\.ts"><\/script>/, 'asks whether the errors are gone');
  assert.match(html, /<main data-rolebook-report>/);
  assert.doesNotMatch(html, /<script>/, 'content is never markup');
});
