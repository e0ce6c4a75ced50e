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
import { splitFrontmatter } from '../../src/reader/fences.ts';
import { readFrontmatterFile } from '../../src/reader/frontmatter.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { checkWith, replace, type Edit } from './check-fixture.ts';

const senior = 'content/levels/data-engineer/senior.mdx';
const pay = 'content/pay.yaml';
const site = 'content/site.yaml';
/** The senior level with a body (its fields end on line 24, so the body starts on line 25). */
const withBody = (body: string) => (text: string) => `${text}${body}`;
const invisible = 'delete it; most editors do not show it, so retype the text around it if you cannot find it';

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  // Fences
  { name: 'a file that opens with three dashes twice (Astro would compile the fields as text)', edits: { [senior]: (t) => `---\n${t}` }, expected: [
      `error: ${senior}:2: is a line of three dashes with no fields above it, so everything below it would be published as the page's text; the fields end at the first line of three dashes after the opening one; remove this line, or write the fields above it.`,
    ] },
  { name: 'a closing line with a space after its dashes, and a rule in the body', edits: { [senior]: (t) => `${t.replace(/---\n$/, '--- \n')}\nText.\n\n---\n\nMore.\n` }, expected: [
      `error: ${senior}:24: has spaces after the three dashes that end the fields; delete them, so that the line is exactly ---.`,
    ] },
  { name: 'an opening line with a space after its dashes', edits: { [senior]: replace(/^---\n/, '--- \n') }, expected: [
      `error: ${senior}:1: has spaces after the three dashes that open the fields; delete them, so that the first line is exactly ---.`,
    ] },
  { name: 'an opening line of four dashes', edits: { [senior]: replace(/^---\n/, '----\n') }, expected: [
      `error: ${senior}:1: has 4 dashes where the fields open; make the first line exactly three dashes: ---.`,
    ] },
  { name: 'an empty line above the opening dashes', edits: { [senior]: (t) => `\n${t}` }, expected: [
      `error: ${senior}:1: has an empty line above the three dashes that open the fields; delete it, so that the first line is exactly ---.`,
    ] },
  { name: 'a second YAML document started among the fields', edits: { [senior]: replace('owner: Fixture Team', '--- !second\nowner: Fixture Team') }, expected: [
      `error: ${senior}:22: starts with three dashes, as the end of the fields does, and goes on with " !second"; the fields end at the first line of exactly three dashes; make this line exactly --- and put the rest on a line of its own, or remove the line.`,
    ] },
  { name: 'a line starting with +++ among the fields (where Astro ends them)', edits: { [senior]: replace('owner: Fixture Team', '+++\nowner: Fixture Team') }, expected: [
      `error: ${senior}:22: starts with +++, which the site builder reads as the end of the fields; the fields end at the first line of exactly three dashes; remove the +++.`,
    ] },
  { name: 'a byte order mark, Windows line endings and --- inside a block of text are read as written', edits: { [senior]: (t) => `\uFEFF${t.replace('summary: The Senior level.', 'summary: |\n  The Senior level.\n  ---\n  Still the summary.').replace(/\n/g, '\r\n')}\r\nText.\r\n` }, expected: [] },
  // Every text field is text
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

const split = (text: string) => {
  const read = splitFrontmatter('x.mdx', text);
  return read.ok ? { fields: read.value.fields, body: read.value.body, closeLine: read.value.closeLine, bodyLine: read.value.bodyLine } : lines(read);
};

test('the split: fields between the first line and the next line that is exactly ---, the body after it', () => {
  assert.deepEqual(split('---\na: 1\n---\nBody\n---\nMore\n'), { fields: 'a: 1\n', body: 'Body\n---\nMore\n', closeLine: 3, bodyLine: 4 });
  assert.deepEqual(split('\uFEFF---\r\na: 1\r\n---\r\nBody'), { fields: 'a: 1\r\n', body: 'Body', closeLine: 3, bodyLine: 4 });
  // Without a line after the closing fence the body is empty and still starts on the line after it.
  assert.deepEqual(split('---\na: 1\n---'), { fields: 'a: 1\n', body: '', closeLine: 3, bodyLine: 4 });
  assert.deepEqual(split('---\na: |\n  ---\n  +++\n---\n'), { fields: 'a: |\n  ---\n  +++\n', body: '', closeLine: 5, bodyLine: 6 });
  // Where the closing fence starts, for an edit above it, counts the byte order mark.
  const read = splitFrontmatter('x.mdx', '\uFEFF---\na: 1\n---\n');
  assert.ok(read.ok);
  assert.deepEqual([read.value.fieldsStart, read.value.closeStart], [5, 10]);
});

test('every other spelling of the fences is refused on its line, naming what is wrong', () => {
  assert.deepEqual(split(''), ['x.mdx:1: has no frontmatter; start the file with a line of three dashes (---), the fields, and another line of three dashes.']);
  assert.deepEqual(split('title: x\n'), ['x.mdx:1: has no frontmatter; start the file with a line of three dashes (---), the fields, and another line of three dashes.']);
  assert.deepEqual(split('  ---\na: 1\n---\n'), ['x.mdx:1: has spaces before the three dashes that open the fields; delete them, so that the first line is exactly ---.']);
  assert.deepEqual(split('---\t\na: 1\n---\n'), ['x.mdx:1: has spaces after the three dashes that open the fields; delete them, so that the first line is exactly ---.']);
  assert.deepEqual(split('---a: 1\n---\n'), ['x.mdx:1: has "a: 1" after the three dashes that open the fields; put it on a line of its own below, so that the first line is exactly ---.']);
  assert.deepEqual(split('---\u001b[2J\na: 1\n---\n'), ['x.mdx:1: has "<U+001B>[2J" after the three dashes that open the fields; put it on a line of its own below, so that the first line is exactly ---.']);
  assert.deepEqual(split('\r\n---\na: 1\n---\n'), ['x.mdx:1: has an empty line above the three dashes that open the fields; delete it, so that the first line is exactly ---.']);
  assert.deepEqual(split('\uFEFF\uFEFF---\na: 1\n---\n'), ['x.mdx:1: has no frontmatter; start the file with a line of three dashes (---), the fields, and another line of three dashes.']);
  assert.deepEqual(split('+++\ntitle = "x"\n+++\n'), ['x.mdx:1: opens its fields with +++, which means fields written in TOML, and the handbook reads YAML; write the fields in YAML between two lines of three dashes (---).']);
  assert.deepEqual(split('---\na: 1\n'), ['x.mdx:1: opens its fields with a line of three dashes, but no line of three dashes closes them; add a line of exactly three dashes (---) below the last field.']);
  assert.deepEqual(split('---\na: 1\n---\t\n'), ['x.mdx:3: has spaces after the three dashes that end the fields; delete them, so that the line is exactly ---.']);
  assert.deepEqual(split('---\na: 1\n-----\n'), ['x.mdx:3: has 5 dashes where the fields end; make the line exactly three dashes: ---.']);
  assert.deepEqual(split('---\na: 1\n---b: 2\n---\n'), ['x.mdx:3: starts with three dashes, as the end of the fields does, and goes on with "b: 2"; the fields end at the first line of exactly three dashes; make this line exactly --- and put the rest on a line of its own, or remove the line.']);
  assert.deepEqual(split('---\na: 1\n+++ b\n---\n'), ['x.mdx:3: starts with +++, which the site builder reads as the end of the fields; the fields end at the first line of exactly three dashes; remove the +++.']);
  for (const empty of ['---\n---\na: 1\n---\n', '---\r\n\r\n---\r\n', '---\n# only a comment\n---\n']) {
    assert.match(split(empty).toString(), /^x\.mdx:\d: is a line of three dashes with no fields above it/, JSON.stringify(empty));
  }
  // A lone carriage return is no line ending: the opening line then goes on after the dashes.
  assert.deepEqual(split('---\ra: 1\n---\n'), ['x.mdx:1: has "<U+000D>a: 1" after the three dashes that open the fields; put it on a line of its own below, so that the first line is exactly ---.']);
});

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
