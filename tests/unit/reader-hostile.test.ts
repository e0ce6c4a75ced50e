/**
 * The reader against hostile files: content is data by construction. Each way a file can make the
 * check read one thing while Astro, `npm run new` or a browser reads another (fences, YAML that is
 * more than data, characters no one types) ends in one editor error on its line, with the exact
 * message, never a crash. First through the whole check on a copy of the fixture handbook, then
 * the reader's pure parts with the variants found by trying to break them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { characterName, characterProblems, forbiddenAt, visible } from '../../src/reader/characters.ts';
import { readFrontmatterFile } from '../../src/reader/frontmatter.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { checkWith, type Edit } from './check-fixture.ts';

const senior = 'content/levels/data-engineer/senior.mdx';
const pay = 'content/pay.yaml';
const site = 'content/site.yaml';
/** The senior level with a body (its fields end on line 24, so the body starts on line 25). */
const withBody = (body: string) => (text: string) => `${text}${body}`;
const invisible = 'delete it; most editors do not show it, so retype the text around it if you cannot find it';

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  { name: 'escape sequences and a lone carriage return in a body; Windows line endings there are fine', edits: { [senior]: withBody('\nPlain.\r\n\u001b[2J\u001b[HCleared.\r\nOld\rMac.\n') }, expected: [
      `error: ${senior}:27: has the invisible control character U+001B (escape); ${invisible}.`,
      `error: ${senior}:28: has a carriage return (U+000D) that does not end a line; save the file with ordinary line endings (any editor's default does), or delete the character.`,
    ] },
  { name: 'a 1 MB line in pay.yaml', edits: { [pay]: (t) => `${t}# ${'x'.repeat(1_000_000)}\n` }, expected: [
      `error: ${pay}: is 1001 kB, more than the 200 kB a settings file can hold; shorten it: a whole handbook's settings take a few kB.`,
    ] },
  { name: 'a settings file that is a link to another file', edits: { [site]: { linkTo: 'content/pay.yaml' } }, expected: [
      `error: ${site}: is a link to another file, which the handbook does not follow; replace the link with a copy of the file.`,
    ] },
  { name: 'a file named with an escape character is named without printing it', edits: { 'content/levels/data-engineer/se\u001bnior.mdx': 'x' }, expected: [
      'error: content/levels/data-engineer/se<U+001B>nior.mdx: has "se<U+001B>nior" in its path, which cannot become a web address; rename it to "se-nior" (lowercase letters, digits and hyphens).',
    ] },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual(await checkWith(edits), expected);
  });
}

// The reader's parts, alone.

const lines = (read: { ok: boolean; problems?: Parameters<typeof formatProblem>[0][] }) => (read.ok ? [] : read.problems!.map(formatProblem));

test('a body: control characters on their line; tabs and Windows line endings are text', () => {
  const body = (text: string) => lines(readFrontmatterFile('x.mdx', `---\ntitle: x\n---\n${text}`));
  assert.deepEqual(body('\tcode\r\nok\r\n'), []);
  assert.deepEqual(body('a\u0000\nb\u202Dc\n\u2029\n'), [
    `x.mdx:4: has the invisible control character U+0000 (null); ${invisible}.`,
    'x.mdx:5: has the invisible character U+202D (left-to-right override), which shows text in a different order from how it is written; delete it; right-to-left text such as Arabic or Hebrew shows correctly without it.',
    'x.mdx:6: has the invisible character U+2029 (paragraph separator), which some programs read as a line break and others do not; delete it (it usually comes with text pasted from a word processor or a web page).',
  ]);
});

test('which characters are refused, decided in one place', () => {
  const refused = (text: string, kind: 'line' | 'prose') => forbiddenAt(text, kind) >= 0;
  for (const code of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069]) {
    const char = String.fromCodePoint(code);
    assert.ok(refused(`a${char}b`, 'line') && refused(`a${char}b`, 'prose'), characterName(char));
  }
  for (const text of ['é', '\u00a0', '\u200e', '\u200f', '\u061c', '\u200b', '🚀', 'العربية', '\u2065', '\u206a']) assert.ok(!refused(text, 'line'), JSON.stringify(text));
  assert.deepEqual(['\t', '\n', '\r\n', '\r', 'a\rb'].map((t) => [refused(t, 'line'), refused(t, 'prose')]), [[true, false], [true, false], [true, false], [true, true], [true, true]]);
  assert.equal(characterName('\u001b'), 'U+001B (escape)');
  assert.equal(characterName('\u0001'), 'U+0001');
  assert.equal(visible('a\u001b[31mb\tc'), 'a<U+001B>[31mb<U+0009>c');
  assert.deepEqual(characterProblems('x.mdx', 'fine\nfine\r\n', 7), []);
});
