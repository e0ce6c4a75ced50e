/** The editing guide's Markdown: its tables and code blocks scroll inside their own box, like every table of the site. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrollingBoxes } from '../../src/guide/markdown.ts';

test('each table of the guide is wrapped in the focusable box that scrolls sideways; the rest is untouched', () => {
  const box = '<div class="table-scroll" tabindex="0" role="group" aria-label="Table (scrolls sideways on small screens)">';
  assert.equal(
    scrollingBoxes('<p>A <code>&lt;table&gt;</code></p><table><tr><td>1</td></tr></table><table class="x"><tr><td>2</td></tr></table>'),
    `<p>A <code>&lt;table&gt;</code></p>${box}<table><tr><td>1</td></tr></table></div>${box}<table class="x"><tr><td>2</td></tr></table></div>`,
  );
  assert.equal(scrollingBoxes('<h2 id="fork">Fork</h2><p>No tables.</p>'), '<h2 id="fork">Fork</h2><p>No tables.</p>');
});

test('each code block of the guide can be focused, so its sideways scroll works from the keyboard', () => {
  assert.equal(scrollingBoxes('<pre><code class="language-sh">npm run new</code></pre>'), '<pre tabindex="0"><code class="language-sh">npm run new</code></pre>');
});
