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
import { readFrontmatterFile, readYaml } from '../../src/reader/frontmatter.ts';
import { maxAliases } from '../../src/reader/yaml-data.ts';
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
  {
    name: 'a file that opens with three dashes twice (Astro would compile the fields as text)',
    edits: { [senior]: (t) => `---\n${t}` },
    expected: [`error: ${senior}:2: is a line of three dashes with no fields above it, so everything below it would be published as the page's text; the fields end at the first line of three dashes after the opening one; remove this line, or write the fields above it.`],
  },
  {
    name: 'a closing line with a space after its dashes, and a rule in the body',
    edits: { [senior]: (t) => `${t.replace(/---\n$/, '--- \n')}\nText.\n\n---\n\nMore.\n` },
    expected: [`error: ${senior}:24: has spaces after the three dashes that end the fields; delete them, so that the line is exactly ---.`],
  },
  { name: 'an opening line with a space after its dashes', edits: { [senior]: replace(/^---\n/, '--- \n') }, expected: [`error: ${senior}:1: has spaces after the three dashes that open the fields; delete them, so that the first line is exactly ---.`] },
  { name: 'an opening line of four dashes', edits: { [senior]: replace(/^---\n/, '----\n') }, expected: [`error: ${senior}:1: has 4 dashes where the fields open; make the first line exactly three dashes: ---.`] },
  { name: 'an empty line above the opening dashes', edits: { [senior]: (t) => `\n${t}` }, expected: [`error: ${senior}:1: has an empty line above the three dashes that open the fields; delete it, so that the first line is exactly ---.`] },
  {
    name: 'a line of three dots among the fields',
    edits: { [senior]: replace('owner: Fixture Team', '...\nowner: Fixture Team') },
    expected: [`error: ${senior}:22: is a line of three dots, which YAML reads as the end of the fields; the fields end at the first line of three dashes; remove this line.`],
  },
  {
    name: 'a second YAML document started among the fields',
    edits: { [senior]: replace('owner: Fixture Team', '--- !second\nowner: Fixture Team') },
    expected: [`error: ${senior}:22: starts with three dashes, as the end of the fields does, and goes on with " !second"; the fields end at the first line of exactly three dashes; make this line exactly --- and put the rest on a line of its own, or remove the line.`],
  },
  {
    name: 'a line starting with +++ among the fields (where Astro ends them)',
    edits: { [senior]: replace('owner: Fixture Team', '+++\nowner: Fixture Team') },
    expected: [`error: ${senior}:22: starts with +++, which the site builder reads as the end of the fields; the fields end at the first line of exactly three dashes; remove the +++.`],
  },
  {
    name: 'a byte order mark, Windows line endings and --- inside a block of text are read as written',
    edits: { [senior]: (t) => `\uFEFF${t.replace('summary: The Senior level.', 'summary: |\n  The Senior level.\n  ---\n  Still the summary.').replace(/\n/g, '\r\n')}\r\nText.\r\n` },
    expected: [],
  },
  // YAML that is data
  {
    name: 'a tag on a value and on a field name in site.yaml',
    edits: { [site]: replace('base: /', 'base: !custom /\n!!str locale2: x') },
    expected: [`error: ${site}:6: has the tag !custom, which the handbook does not read; remove it and write the value as plain text.`, `error: ${site}:7: has the tag !!str, which the handbook does not read; remove it and write the value as plain text.`],
  },
  {
    name: 'a function tag in the fields',
    edits: { [senior]: replace('summary: The Senior level.', 'summary: !!js/function "function () { return 1 }"') },
    expected: [`error: ${senior}:6: has the tag !!js/function, which the handbook does not read; remove it and write the value as plain text.`],
  },
  { name: 'an alias bomb in pay.yaml ends in one error', edits: { [pay]: (t) => `${t}${bomb}` }, expected: [`error: ${pay}:30: repeats a value with *b, one repeat more than the 10 a file may have; write the value out in full instead of repeating it with & and *.`] },
  { name: 'an anchor on a map and an alias to it in pay.yaml are read', edits: { [pay]: (t) => t.replace('    countries: [DE, FR]', '    countries: &eu [DE, FR]').replace('summary: Owns an area alone.', 'summary: &s Owns an area alone.') }, expected: [] },
  {
    name: 'an alias to nothing (which crashed the reader before)',
    edits: { [pay]: replace('source: Fixture survey', 'source: *survey') },
    expected: [`error: ${pay}:3: repeats a value with *survey, but no value above it is marked &survey; write the value out in full, or mark the value to repeat with &survey.`],
  },
  { name: 'an alias inside the value it repeats', edits: { [pay]: replace('    countries: [DE, FR]', '    countries: &c [DE, *c]') }, expected: [`error: ${pay}:10: repeats with *c the value it is part of, which never ends; write the value out in full.`] },
  {
    name: 'a merge key in pay.yaml',
    edits: { [pay]: (t) => t.replace('      europe: { min: 40000, max: 50000 }', '      europe: &band { min: 40000, max: 50000 }').replace('      uk: { min: 35000, max: 44000 }', '      uk:\n        <<: *band\n        min: 35000') },
    expected: [`error: ${pay}:22: grade g1 (G1 · Entry), bands.uk has <<, which copies in fields from elsewhere in the file (a YAML merge), and the handbook does not read merges; write each field out in full instead.`],
  },
  { name: 'a document start line in site.yaml', edits: { [site]: (t) => `---\n${t}` }, expected: [`error: ${site}:1: is a line of three dashes, which YAML reads as the start of a new set of fields; this file holds one set of fields; remove this line.`] },
  {
    name: 'lists nested past what the parser follows',
    edits: { [site]: (t) => `${t}extra: ${'['.repeat(3000)}${']'.repeat(3000)}\n` },
    expected: [`error: ${site}:9: nests lists or groups of fields too deeply to be read; write the value as plain text; no field needs more than a few levels of lists and groups.`],
  },
  // Every text field is text
  { name: 'a NUL in a title', edits: { [senior]: replace('title: Senior Data Engineer', 'title: Senior\u0000 Data Engineer') }, expected: [`error: ${senior}:3: title has the invisible control character U+0000 (null); ${invisible}.`] },
  {
    name: 'an escape sequence written with backslash codes',
    edits: { [senior]: replace('title: Senior Data Engineer', 'title: "\\e[31mSenior\\x1b[0m Data Engineer"') },
    expected: [`error: ${senior}:3: title has the invisible control character U+001B (escape); delete the backslash code between the quotation marks that writes it (\\e or \\u001b).`],
  },
  {
    name: 'a right-to-left override in a list item',
    edits: { [senior]: replace('  - Two.', '  - Two \u202Eowt.') },
    expected: [`error: ${senior}:10: item 2 of responsibilities has the invisible character U+202E (right-to-left override), which shows text in a different order from how it is written; delete it; right-to-left text such as Arabic or Hebrew shows correctly without it.`],
  },
  {
    name: 'a line separator in a nested value',
    edits: { [senior]: replace('expectation: Expectation at Senior.', 'expectation: Expectation\u2028at Senior.') },
    expected: [`error: ${senior}:17: competency "Technical depth", expectation has the invisible character U+2028 (line separator), which some programs read as a line break and others do not; delete it (it usually comes with text pasted from a word processor or a web page).`],
  },
  {
    name: 'a tab inside a one-line value, and one in a block of text (which is prose)',
    edits: { [senior]: (t) => t.replace('shortTitle: Senior', 'shortTitle: Sen\tior').replace('scope: Scope of the Senior level.', 'scope: |\n  Scope\tof the Senior level.') },
    expected: [`error: ${senior}:4: shortTitle has a tab (U+0009) inside a one-line value; replace it with a space.`],
  },
  {
    name: 'a line break written as \\n in a one-line value',
    edits: { [senior]: replace('summary: The Senior level.', 'summary: "The Senior level.\\nSalary: 1,000,000"') },
    expected: [`error: ${senior}:6: summary has a line break (U+000A) inside a one-line value; write the value on one line, or as a block: the field name, a colon and |, then the lines indented below it.`],
  },
  {
    name: 'a control character in a pay zone name and one in a comment',
    edits: { [pay]: (t) => t.replace('name: United Kingdom', 'name: United\u0007 Kingdom').replace('period: year', 'period: year # yearly\u0008') },
    expected: [`error: ${pay}:1: has the invisible control character U+0008 (backspace); ${invisible}.`, `error: ${pay}:12: zone uk, name has the invisible control character U+0007 (bell); ${invisible}.`],
  },
  {
    name: 'escape sequences and a lone carriage return in a body; Windows line endings there are fine',
    edits: { [senior]: withBody('\nPlain.\r\n\u001b[2J\u001b[HCleared.\r\nOld\rMac.\n') },
    expected: [
      `error: ${senior}:27: has the invisible control character U+001B (escape); ${invisible}.`,
      `error: ${senior}:28: has a carriage return (U+000D) that does not end a line; save the file with ordinary line endings (any editor's default does), or delete the character.`,
    ],
  },
  { name: 'a 1 MB line in pay.yaml', edits: { [pay]: (t) => `${t}# ${'x'.repeat(1_000_000)}\n` }, expected: [`error: ${pay}: is 1001 kB, more than the 200 kB a settings file can hold; shorten it: a whole handbook's settings take a few kB.`] },
  { name: 'a 1 MB line in a body', edits: { [senior]: withBody(`\n${'word '.repeat(200_000)}\n`) }, expected: [`error: ${senior}: is 1000 kB, more than the 200 kB a page can hold; shorten it, or split it into several pages.`] },
  { name: 'a settings file that is a link to another file', edits: { [site]: { linkTo: 'content/pay.yaml' } }, expected: [`error: ${site}: is a link to another file, which the handbook does not follow; replace the link with a copy of the file.`] },
  {
    name: 'a file named with an escape character is named without printing it',
    edits: { 'content/levels/data-engineer/se\u001bnior.mdx': 'x' },
    expected: ['error: content/levels/data-engineer/se<U+001B>nior.mdx: has "se<U+001B>nior" in its path, which cannot become a web address; rename it to "se-nior" (lowercase letters, digits and hyphens).'],
  },
];

/** Billion laughs: nine values, each nine aliases of the one before (9^9 strings), from line 29 of pay.yaml. */
const bomb = (() => {
  let text = 'lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let i = 1; i < 10; i++) {
    const [previous, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
  }
  return text;
})();

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
  assert.deepEqual(split('---\na: 1\n---b: 2\n---\n'), [
    'x.mdx:3: starts with three dashes, as the end of the fields does, and goes on with "b: 2"; the fields end at the first line of exactly three dashes; make this line exactly --- and put the rest on a line of its own, or remove the line.',
  ]);
  assert.deepEqual(split('---\na: 1\n+++ b\n---\n'), ['x.mdx:3: starts with +++, which the site builder reads as the end of the fields; the fields end at the first line of exactly three dashes; remove the +++.']);
  for (const empty of ['---\n---\na: 1\n---\n', '---\r\n\r\n---\r\n', '---\n# only a comment\n---\n']) {
    assert.match(split(empty).toString(), /^x\.mdx:\d: is a line of three dashes with no fields above it/, JSON.stringify(empty));
  }
  // A lone carriage return is no line ending: the opening line then goes on after the dashes.
  assert.deepEqual(split('---\ra: 1\n---\n'), ['x.mdx:1: has "<U+000D>a: 1" after the three dashes that open the fields; put it on a line of its own below, so that the first line is exactly ---.']);
});

const yaml = (text: string) => lines(readYaml('s.yaml', text));

test('tags are refused wherever they are, the YAML 1.1 ones and !!str alike', () => {
  const tags = ['!custom', '!!js/function', '!!js/undefined', '!!binary', '!!set', '!!omap', '!!pairs', '!!timestamp', '!!str', '!!int', '!', '!<tag:yaml.org,2002:str>'];
  for (const tag of tags) assert.deepEqual(yaml(`a: ${tag} x\n`), [`s.yaml:1: has the tag ${tag}, which the handbook does not read; remove it and write the value as plain text.`], tag);
  assert.deepEqual(yaml('!custom\na: 1\n'), ['s.yaml:1: has the tag !custom, which the handbook does not read; remove it and write the value as plain text.'], 'on the whole document');
  assert.deepEqual(yaml('a: !!omap\n  - b: 1\n'), ['s.yaml:1: has the tag !!omap, which the handbook does not read; remove it and write the value as plain text.'], 'on its own line, above the list');
  assert.deepEqual(
    yaml('a: [1, !x 2, {b: !y 3}]\n'),
    ['s.yaml:1: has the tag !x, which the handbook does not read; remove it and write the value as plain text.', 's.yaml:1: has the tag !y, which the handbook does not read; remove it and write the value as plain text.'],
    'inside brackets',
  );
  assert.deepEqual(yaml('%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n'), [
    's.yaml:1: is a YAML directive (%TAG), which the handbook does not read; remove the line.',
    's.yaml:2: is a line of three dashes, which YAML reads as the start of a new set of fields; this file holds one set of fields; remove this line.',
    's.yaml:3: has the tag !e!x, which the handbook does not read; remove it and write the value as plain text.',
  ]);
  // Quoted or inside text, an exclamation mark is text.
  const text = readYaml('s.yaml', 'a: "!custom"\nb: Hello! !x\n');
  assert.ok(text.ok);
  assert.deepEqual(text.value.data, { a: '!custom', b: 'Hello! !x' });
});

test('aliases: a few are read, the first past the limit ends an alias bomb at once', () => {
  const few = Array.from({ length: maxAliases }, (_, i) => `b${i}: *a`).join('\n');
  const read = readYaml('s.yaml', `a: &a [x, y]\n${few}\n`);
  assert.ok(read.ok);
  assert.deepEqual((read.value.data as Record<string, unknown>)['b9'], ['x', 'y']);
  assert.deepEqual(yaml(`a: &a [x, y]\n${few}\nc: *a\n`), ['s.yaml:12: repeats a value with *a, one repeat more than the 10 a file may have; write the value out in full instead of repeating it with & and *.']);
  // Billion laughs, and a wider one: each ends in that one error, fast, whatever the data would weigh.
  const wide = `a: &a [${Array(50).fill('lol').join(', ')}]\nb: &b [${Array(50).fill('*a').join(', ')}]\nc: [${Array(50).fill('*b').join(', ')}]\n`;
  for (const [text, line, alias] of [
    [bomb, 3, 'b'],
    [wide, 2, 'a'],
  ] as const) {
    const started = performance.now();
    assert.deepEqual(yaml(text), [`s.yaml:${line}: repeats a value with *${alias}, one repeat more than the 10 a file may have; write the value out in full instead of repeating it with & and *.`]);
    assert.ok(performance.now() - started < 2000, 'ended without expanding anything');
  }
  assert.deepEqual(yaml('a: *b\nb: &b 1\n'), ['s.yaml:1: repeats a value with *b, but no value above it is marked &b; write the value out in full, or mark the value to repeat with &b.'], 'an alias before its anchor');
  assert.deepEqual(yaml('a: &x\n  b:\n    - *x\n'), ['s.yaml:3: repeats with *x the value it is part of, which never ends; write the value out in full.']);
  assert.deepEqual(yaml('a: &x [1, &x 2, *x]\n'), [], 'a redefined anchor is the nearer one, not the list around it');
});

test('merge keys are refused (js-yaml, which Astro uses, merges them and YAML 1.2 does not); a quoted "<<" is a name', () => {
  assert.deepEqual(yaml('base: &b {x: 1}\nuse:\n  <<: *b\n'), ['s.yaml:3: use has <<, which copies in fields from elsewhere in the file (a YAML merge), and the handbook does not read merges; write each field out in full instead.']);
  assert.deepEqual(yaml('<<: {x: 1}\n'), ['s.yaml:1: has <<, which copies in fields from elsewhere in the file (a YAML merge), and the handbook does not read merges; write each field out in full instead.']);
  const quoted = readYaml('s.yaml', '"<<": 1\n');
  assert.ok(quoted.ok);
  assert.deepEqual(quoted.value.data, { '<<': 1 });
});

test('field names are text: a list or group as a name is refused', () => {
  assert.deepEqual(yaml('? [a, b]\n: c\n'), ['s.yaml:1: has a field name written as a list or a group of fields; write the name as plain text, followed by a colon and a space.']);
  assert.deepEqual(yaml('x:\n  ? {a: 1}\n  : c\n'), ['s.yaml:2: x has a field name written as a list or a group of fields; write the name as plain text, followed by a colon and a space.']);
});

test('document markers and directives in a settings file, and frontmatter fields that hold one (line numbers of the .mdx file)', () => {
  assert.deepEqual(yaml('a: 1\n...\n'), ['s.yaml:2: is a line of three dots, which YAML reads as the end of the fields; this file holds one set of fields; remove this line.']);
  assert.deepEqual(yaml('a: 1\n--- # next\nb: 2\n'), ['s.yaml:2: is a line of three dashes, which YAML reads as the start of a new set of fields; this file holds one set of fields; remove this line.']);
  assert.deepEqual(yaml('%YAML 1.1\n---\na: 1\n'), [
    's.yaml:1: is a YAML directive (%YAML), which the handbook does not read; remove the line.',
    's.yaml:2: is a line of three dashes, which YAML reads as the start of a new set of fields; this file holds one set of fields; remove this line.',
  ]);
  assert.deepEqual(lines(readFrontmatterFile('x.mdx', '---\ntitle: x\n... # end\n---\n')), ['x.mdx:3: is a line of three dots, which YAML reads as the end of the fields; the fields end at the first line of three dashes; remove this line.']);
  assert.deepEqual(lines(readFrontmatterFile('x.mdx', '---\n%YAML 1.2\ntitle: x\n---\n')), ['x.mdx:2: is a YAML directive (%YAML), which the handbook does not read; remove the line.']);
});

test('characters: the first no one types in each value, on its own line, with the field as editors see it', () => {
  assert.deepEqual(yaml('company:\n  name: "Acme\\0"\n  about: |\n    Fine\ttabbed prose,\n    then a bell\u0007.\n'), [
    `s.yaml:2: company.name has the invisible control character U+0000 (null); delete the backslash code between the quotation marks that writes it (\\0 or \\u0000).`,
    `s.yaml:5: company.about has the invisible control character U+0007 (bell); ${invisible}.`,
  ]);
  assert.deepEqual(yaml('list:\n  - "a\\N"\n  - [b, "c\\L"]\n'), [
    `s.yaml:2: item 1 of list has the invisible control character U+0085 (next line); delete the backslash code between the quotation marks that writes it (\\N or \\u0085).`,
    `s.yaml:3: item 2 of list, item 2 has the invisible character U+2028 (line separator), which some programs read as a line break and others do not; delete the backslash code between the quotation marks that writes it (\\L or \\u2028).`,
  ]);
  assert.deepEqual(yaml('na\u001bme: x\n'), [`s.yaml:1: has a field name with the invisible control character U+001B (escape); ${invisible}.`]);
  assert.deepEqual(yaml('a: "x\\ty"\n'), ['s.yaml:1: a has a tab (U+0009) inside a one-line value; delete the backslash code between the quotation marks that writes it (\\t or \\u0009).']);
  // Several lines of a plain or quoted value, or a block, are prose: their line breaks and tabs are text.
  const prose = readYaml('s.yaml', 'a: "one\n\n  two"\nb: >\n  x\ty\nc: |\r\n  p\r\n  q\r\n');
  assert.ok(prose.ok);
  assert.deepEqual(prose.value.data, { a: 'one\ntwo', b: 'x\ty\n', c: 'p\nq\n' });
  // Arabic with the right-to-left mark, and other marks that reorder nothing, are text.
  const rtl = readYaml('s.yaml', 'a: العربية\u200F (Arabic)\nb: x\u200Ey\u061C\n');
  assert.ok(rtl.ok);
  // Many at once: ten one by one, then the rest counted.
  const many = yaml(Array.from({ length: 25 }, (_, i) => `k${i}: a\u0001`).join('\n'));
  assert.equal(many.length, 11);
  assert.equal(many[10], 's.yaml:11: has invisible or control characters, and so do 14 more lines below it; delete them; the check names each one once the ones above are fixed.');
});

test('a body: control characters on their line; tabs and Windows line endings are text', () => {
  const body = (text: string) => lines(readFrontmatterFile('x.mdx', `---\ntitle: x\n---\n${text}`));
  assert.deepEqual(body('\tcode\r\nok\r\n'), []);
  assert.deepEqual(body('a\u0000\nb\u202Dc\n\u2029\n'), [
    `x.mdx:4: has the invisible control character U+0000 (null); ${invisible}.`,
    'x.mdx:5: has the invisible character U+202D (left-to-right override), which shows text in a different order from how it is written; delete it; right-to-left text such as Arabic or Hebrew shows correctly without it.',
    'x.mdx:6: has the invisible character U+2029 (paragraph separator), which some programs read as a line break and others do not; delete it (it usually comes with text pasted from a word processor or a web page).',
  ]);
  // Fields and body at once: the editor sees both.
  assert.deepEqual(lines(readFrontmatterFile('x.mdx', '---\ntitle: a\u007f\n---\nb\u009b\n')), [`x.mdx:2: title has the invisible control character U+007F (delete); ${invisible}.`, `x.mdx:4: has the invisible control character U+009B; ${invisible}.`]);
});

test('which characters are refused, decided in one place', () => {
  const refused = (text: string, kind: 'line' | 'prose') => forbiddenAt(text, kind) >= 0;
  for (const code of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f, 0x2028, 0x2029, 0x202a, 0x202e, 0x2066, 0x2069]) {
    const char = String.fromCodePoint(code);
    assert.ok(refused(`a${char}b`, 'line') && refused(`a${char}b`, 'prose'), characterName(char));
  }
  for (const text of ['é', '\u00a0', '\u200e', '\u200f', '\u061c', '\u200b', '🚀', 'العربية', '\u2065', '\u206a']) assert.ok(!refused(text, 'line'), JSON.stringify(text));
  assert.deepEqual(
    ['\t', '\n', '\r\n', '\r', 'a\rb'].map((t) => [refused(t, 'line'), refused(t, 'prose')]),
    [
      [true, false],
      [true, false],
      [true, false],
      [true, true],
      [true, true],
    ],
  );
  assert.equal(characterName('\u001b'), 'U+001B (escape)');
  assert.equal(characterName('\u0001'), 'U+0001');
  assert.equal(visible('a\u001b[31mb\tc'), 'a<U+001B>[31mb<U+0009>c');
  assert.deepEqual(characterProblems('x.mdx', 'fine\nfine\r\n', 7), []);
});

test('what XML cannot hold is refused too, so the title of an opening cannot break the jobs feed', () => {
  assert.deepEqual(yaml('title: "Engineer \\uFFFF"\nteam: "half \\uD800 pair"\nok: "🚀 \\U0001F680"\n'), [
    's.yaml:1: title has U+FFFF, which is not a character, so the jobs feed would break; delete the backslash code between the quotation marks that writes it (\\uffff).',
    's.yaml:2: team has U+D800, half of a character, which no page or feed can show; delete the backslash code between the quotation marks that writes it (\\ud800).',
  ]);
  assert.deepEqual(lines(readFrontmatterFile('x.mdx', '---\ntitle: x\n---\nA \uFFFE here\n')), ['x.mdx:4: has U+FFFE, which is not a character, so the jobs feed would break; delete it.']);
});
