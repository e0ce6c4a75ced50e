/**
 * Bodies become HTML from their parsed tree (src/render/body.ts): what is allowed renders as the
 * site's Markdown always did, registered components are drawn from their literal props, and
 * everything else is left out, whatever it looks like, because nothing is ever compiled.
 */
import { test } from 'node:test';
import { de } from '../../src/i18n/words/de.ts';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { renderBody, type RenderOptions } from '../../src/render/body.ts';
import { sanitizeSchema } from '../../src/render/allow-list.ts';
import { hostileBodies } from '../fixtures/hostile-bodies.ts';

/** Components that show what they were given, so a test sees exactly which props reached them. */
const shown =
  (name: string): RenderOptions['components']['LevelPay'] =>
  (props) => ({
    type: 'element',
    tagName: 'span',
    properties: { className: ['pay-figure'] },
    children: [{ type: 'text', value: `${name} ${JSON.stringify(props)}` }],
  });
const options: RenderOptions = { base: '/handbook/', components: { LevelPay: shown('LevelPay'), RolePay: shown('RolePay'), PayZones: shown('PayZones') } };
const html = (body: string) => renderBody(body, options).html;

test('Markdown renders as the site renders Markdown: typographic quotes and dashes, GFM tables in their scrolling box', () => {
  assert.equal(html('Say "hello" -- or don\'t...'), '<p>Say “hello” – or don’t…</p>');
  assert.equal(
    html('| Grade | Pay |\n| --- | --- |\n| G3 | Band |'),
    '<div class="table-scroll" tabindex="0" role="group" aria-label="Table (scrolls sideways on small screens)"><table>\n<thead>\n<tr>\n<th>Grade</th>\n<th>Pay</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>G3</td>\n<td>Band</td>\n</tr>\n</tbody>\n</table></div>',
  );
  // In a translation's language, the box says so in that language.
  assert.match(renderBody('| A |\n| --- |\n| b |', { ...options, tableLabel: de.components.tableScroll }).html, new RegExp(`aria-label="${de.components.tableScroll.replace(/[()]/g, '\\$&')}"`));
  assert.equal(html('- one\n- **two**\n\n1. [a link](https://example.org/jobs)'), '<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>\n<ol>\n<li><a href="https://example.org/jobs">a link</a></li>\n</ol>');
});

test('headings get the ids Astro gives Markdown headings, and an id the editor wrote is kept', () => {
  const { html: out, headings } = renderBody('## How we "level"\n\n## How we "level"\n\n<h3 id="own">Mine</h3>', options);
  assert.equal(out, '<h2 id="how-we-level">How we “level”</h2>\n<h2 id="how-we-level-1">How we “level”</h2>\n<h3 id="own">Mine</h3>');
  assert.deepEqual(headings, [
    { depth: 2, slug: 'how-we-level', text: 'How we “level”' },
    { depth: 2, slug: 'how-we-level-1', text: 'How we “level”' },
    { depth: 3, slug: 'own', text: 'Mine' },
  ]);
});

test('allowed HTML keeps its allowed attributes only; images come from public/ under the base', () => {
  assert.equal(html('An <abbr title="Staff engineer" class="x" data-x="1" aria-live="polite">SE</abbr> <img src="/images/team.png" alt="The team" />'), '<p>An <abbr title="Staff engineer" class="x">SE</abbr> <img src="/handbook/images/team.png" alt="The team"></p>');
  assert.equal(html('![The team](/images/team.png)'), '<p><img src="/handbook/images/team.png" alt="The team"></p>');
});

test('components are drawn from their literal props; what is written inside them is never read', () => {
  assert.equal(html('Pay: <LevelPay level="a/b" zone="eu" />.'), '<p>Pay: <span class="pay-figure">LevelPay {"level":"a/b","zone":"eu"}</span>.</p>');
  assert.equal(html('<RolePay role="r" colour="red">**inside**</RolePay>'), '<span class="pay-figure">RolePay {"role":"r"}</span>');
  assert.equal(html('<LevelPay level={x} />'), '<span class="pay-figure">LevelPay {}</span>');
  const none: RenderOptions = { ...options, components: { LevelPay: () => undefined, RolePay: () => undefined, PayZones: () => undefined } };
  assert.equal(renderBody('Pay: <LevelPay level="gone/level" />.', none).html, '<p>Pay: .</p>', 'a component with nothing to show draws nothing');
});

test('a note in braces is left out, and so is every expression, import and export', () => {
  assert.equal(html('Before {/* a note */} after'), '<p>Before  after</p>');
  assert.equal(html('import x from "y"\n\nText {x} and {1 + 1}.\n\nexport const z = 1'), '\n<p>Text  and .</p>\n');
});

test('every hostile body renders without its payload: nothing runs, nothing reaches another site', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rolebook-render-'));
  const marker = path.join(dir, 'marker');
  try {
    for (const [name, body] of Object.entries(hostileBodies)) {
      const out = html(body.replaceAll('MARKER', marker));
      assert.doesNotMatch(out, /PAYLOAD|<script|<style|<iframe|<svg|<meta|<base|<form|<input|\son\w+=|style=|javascript:|data:|example\.org|\/@fs\/|\?raw|etc\/hostname/i, `${name}: ${out}`);
    }
    assert.equal(existsSync(marker), false, 'no body ran code');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the sanitiser is a second line: what a faulty walk let through is removed by the same allow-list', () => {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'alert(1)' }] },
      { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)', onClick: 'x', style: 'color:red', title: 'kept' }, children: [{ type: 'text', value: 'a' }] },
      { type: 'element', tagName: 'img', properties: { src: 'https://example.org/p.png', alt: '' }, children: [] },
      { type: 'element', tagName: 'img', properties: { src: '/images/p.png', alt: '' }, children: [] },
      { type: 'element', tagName: 'object', properties: { data: 'x' }, children: [{ type: 'text', value: 'fallback' }] },
      { type: 'raw', value: '<img src=x onerror=alert(1)>' } as never,
      { type: 'comment', value: ' hidden ' },
    ],
  };
  assert.equal(toHtml(sanitize(tree, sanitizeSchema)), '<a title="kept">a</a><img alt=""><img src="/images/p.png" alt="">fallback');
});
