/**
 * The check and the renderer agree: every body in the hostile corpus, whose payload the renderer
 * leaves out, is also an error the check names at its line, so a build of it stops with the report
 * and the editor learns what to change, instead of finding a page with something missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostileBodies } from '../fixtures/hostile-bodies.ts';
import { checkWith } from './check-fixture.ts';

const senior = 'content/levels/data-engineer/senior.mdx';
/** The senior level with its body replaced; the body starts on line 26. */
const body = (text: string) => (old: string) => `${old.slice(0, old.indexOf('---', 4) + 4)}\n${text}\n`;

for (const [name, text] of Object.entries(hostileBodies)) {
  test(`the check stops ${name}`, async () => {
    const errors = (await checkWith({ [senior]: body(text.replaceAll('MARKER', '/tmp/rolebook-marker')) })).filter((line) => line.startsWith(`error: ${senior}:`));
    assert.ok(errors.length > 0, `no error for:\n${text}`);
  });
}

test('code between two notes is code, not a note', async () => {
  assert.deepEqual(await checkWith({ [senior]: body('Kept {/* a */} and {/* a */ process.env.HOME /* b */}.') }), [
    `error: ${senior}:26: has "{/* a */ process.env.HOME /* b */}", which MDX runs as code; to show the curly braces as text, write \\{/* a */ process.env.HOME /* b */\\}.`,
  ]);
});

test('anything written inside a component is named, as the page would never show it', async () => {
  assert.deepEqual(await checkWith({ [senior]: body('<LevelPay level="data-engineer/senior">at least</LevelPay>') }), [
    `error: ${senior}:26: has something written inside <LevelPay>…</LevelPay>, which it never shows; write it as <LevelPay level="…" /> and put any text outside it.`,
  ]);
});

test('a body nested past any sense is one error at the line where it goes too deep, not a crash', async () => {
  // Each list in a list item is two levels deeper: item 31 (line 28 + 31) is the first past 64.
  const lists = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
  assert.deepEqual(await checkWith({ [senior]: body(`A list:\n\n${lists}`) }), [
    `error: ${senior}:59: has quotes, lists or tags inside each other more than 64 deep, which the handbook does not read; write the text with fewer levels: a list inside a list inside a list is already plenty.`,
  ]);
});
