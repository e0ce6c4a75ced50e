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
    '/repo/src/browser/dev-status.ts',
  );
  assert.match(html, /2 problems in 2 files/);
  assert.ok(html.indexOf('content/a.mdx') < html.indexOf('content/b.mdx'), 'files in order');
  assert.match(html, /<span class="line">line 9<\/span> <code>order<\/code> must be a whole number/);
  assert.match(html, /has &#60;script&#62;, which content cannot use<p class="fix">To fix: remove it<\/p>/);
  assert.doesNotMatch(html, /guys/, 'warnings stay in the terminal');
  assert.match(html, /<script type="module" src="\/handbook\/@vite\/client"><\/script>/);
  assert.match(html, /<script type="module" src="\/handbook\/@fs\/repo\/src\/browser\/dev-status\.ts"><\/script>/, 'asks whether the errors are gone');
  assert.match(html, /<main data-rolebook-report>/);
  assert.doesNotMatch(html, /<script>/, 'content is never markup');
});

test('content in the page is text: markup escaped, and hidden characters shown as the terminal shows them', () => {
  const html = reportPage([{ file: 'content/a\u202e.mdx', line: 2, field: 'title\n<b>', message: 'links to "x\u202eexe.pdf\r\n<img src=x onerror=alert(1)>"', fix: 'see \x1b[2J"&\'', severity: 'error' }], '/', '/repo/src/browser/dev-status.ts');
  assert.ok(
    html.includes(
      '<section><h2><code>content/a\\u202e.mdx</code></h2><ul><li><span class="line">line 2</span> <code>title\\n&#60;b&#62;</code> links to &#34;x\\u202eexe.pdf\\r\\n&#60;img src=x onerror=alert(1)&#62;&#34;<p class="fix">To fix: see \\u001b[2J&#34;&#38;&#39;</p></li></ul></section>',
    ),
    html,
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is that no control character reaches the page
  assert.doesNotMatch(html, /[\u202e\x1b\r]/);
});
