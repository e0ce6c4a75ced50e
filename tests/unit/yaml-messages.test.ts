/**
 * The YAML mistakes an HR team made in its first fork, each named by its cause at its line, in
 * pay.yaml and in an MDX file's fields alike: thousands separators inside { } (which read as a
 * field "000" twice), quotation marks inside a quoted value (which read as an indentation
 * mistake), and a line indented wrongly (which the parser notices a line early or late).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem } from '../../src/problems/problem.ts';
import { readYaml } from '../../src/reader/frontmatter.ts';
import { checkWith, replace, type Edit } from './check-fixture.ts';

const pay = 'content/pay.yaml';
const senior = 'content/levels/data-engineer/senior.mdx';

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  // Thousands separators
  {
    name: 'thousands separators in a band written in { }',
    edits: { [pay]: replace('uk: { min: 48000, max: 60000 }', 'uk: { min: 48,000, max: 60,000 }') },
    expected: [
      `error: ${pay}:27: grade g2 (G2 · Senior), bands.uk.min (48,000) has a comma as thousands separator, and between brackets a comma ends the value, so YAML reads 48; write numbers without separators: min: 48000.`,
      `error: ${pay}:27: grade g2 (G2 · Senior), bands.uk.max (60,000) has a comma as thousands separator, and between brackets a comma ends the value, so YAML reads 60; write numbers without separators: max: 60000.`,
    ],
  },
  {
    name: 'one number with separators, which YAML reads without complaint',
    edits: { [pay]: replace('europe: { min: 55000,', 'europe: { min: 55,000,') },
    expected: [`error: ${pay}:26: grade g2 (G2 · Senior), bands.europe.min (55,000) has a comma as thousands separator, and between brackets a comma ends the value, so YAML reads 55; write numbers without separators: min: 55000.`],
  },
  {
    name: 'thousands separators in a pay exception of a level',
    edits: { [senior]: replace('grade: g2\n', 'grade: g2\npayException:\n  reason: Scarce skills.\n  bands:\n    europe: { min: 1,200,000, max: 1500000 }\n') },
    expected: [`error: ${senior}:24: payException.bands.europe.min (1,200,000) has a comma as thousands separator, and between brackets a comma ends the value, so YAML reads 1; write numbers without separators: min: 1200000.`],
  },
  // Quotation marks inside a quoted value
  {
    name: 'double quotation marks inside a value in double quotation marks',
    edits: { [senior]: replace('title: Senior Data Engineer', 'title: "The "best" engineer"') },
    expected: [
      `error: ${senior}:3: has quotation marks inside a value that is itself in double quotation marks, so the value ends at the second one; put single quotation marks around the value instead, such as title: 'The "best" engineer', or leave out the inner quotation marks.`,
    ],
  },
  {
    name: 'an apostrophe inside a value in single quotation marks, in pay.yaml',
    edits: { [pay]: replace('source: Fixture survey', "source: 'Fixture's survey'") },
    expected: [`error: ${pay}:3: has an apostrophe or single quotation mark inside a value that is itself in single quotation marks, so the value ends there; put double quotation marks around the value instead, such as source: "Fixture's survey".`],
  },
  {
    name: 'quotation marks inside a quoted list item',
    edits: { [senior]: replace('  - Two.', '  - "Owns the "golden" tables."') },
    expected: [
      `error: ${senior}:10: has quotation marks inside a value that is itself in double quotation marks, so the value ends at the second one; put single quotation marks around the value instead, such as 'Owns the "golden" tables.', or leave out the inner quotation marks.`,
    ],
  },
  // Indentation, at the line that is out of place
  {
    name: 'a field indented one space less than the one above it',
    edits: { [pay]: replace('    currency: GBP', '   currency: GBP') },
    expected: [`error: ${pay}:13: is indented by 3 spaces, but name above it is indented by 4 spaces; line it up with name: indent it by 4 spaces.`],
  },
  {
    name: 'a field indented one space more than the one above it',
    edits: { [pay]: replace('    currency: GBP', '     currency: GBP') },
    expected: [`error: ${pay}:13: is indented by 5 spaces, more than name above it, so YAML reads it as part of the value of name; line it up with name: indent it by 4 spaces; if it is text that belongs to name, put the whole value in double quotes.`],
  },
  {
    name: 'the first field of a group indented too far: that line, not the correct one after it',
    edits: { [senior]: replace('  minYears: 4', '   minYears: 4\n  maxYears: 6') },
    expected: [`error: ${senior}:19: is indented by 3 spaces, but maxYears below it is indented by 2 spaces; line it up with maxYears: indent it by 2 spaces.`],
  },
  {
    name: 'a band indented less than the bands above it',
    edits: { [pay]: replace('      uk: { min: 48000', '     uk: { min: 48000') },
    expected: [`error: ${pay}:27: is indented by 5 spaces, but europe above it is indented by 6 spaces; line it up with europe: indent it by 6 spaces.`],
  },
  { name: 'a list item indented one space less', edits: { [senior]: replace('  - Three.', ' - Three.') }, expected: [`error: ${senior}:11: is indented by 1 space, but the list item above it is indented by 2 spaces; line it up with the list item: indent it by 2 spaces.`] },
  {
    name: 'the first list item indented too far',
    edits: { [senior]: replace('  - One.\n  - Two.\n  - Three.', '   - One.\n  - Two.\n  - Three.') },
    expected: [`error: ${senior}:9: is indented by 3 spaces, but the list item below it is indented by 2 spaces; line it up with the list item: indent it by 2 spaces.`],
  },
  {
    name: 'a list item indented one space more, which YAML joins to the item above it',
    edits: { [senior]: replace('  - Three.', '   - Three.') },
    expected: [`error: ${senior}:11: is indented by 3 spaces, more than the list item above it, so YAML reads it as more of that text ("Two. - Three.") instead of an item of its own; line it up with the "- " above it: indent it by 2 spaces.`],
  },
  { name: 'the first field of the file indented', edits: { [pay]: (text) => ` ${text}` }, expected: [`error: ${pay}:1: is indented by 1 space, but effective below it is not indented; remove the spaces before it, as effective has none.`] },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual(await checkWith(edits), expected);
  });
}

const yaml = (text: string, where: 'file' | 'frontmatter' = 'file') => {
  const read = readYaml('s.yaml', text, where);
  return read.ok ? [] : read.problems.map(formatProblem);
};

test('separators: each number once, in { } and [ ], however many groups; commas between values are not separators', () => {
  assert.deepEqual(yaml('a: [1,000, 2]\n'), ['s.yaml:1: item 1 of a (1,000) has a comma as thousands separator, and between brackets a comma ends the value, so YAML reads 1; write numbers without separators: 1000.']);
  assert.deepEqual(yaml('b: { min: 1,234,567 }\n'), ['s.yaml:1: b.min (1,234,567) has a comma as thousands separator, and between brackets a comma ends the value, so YAML reads 1; write numbers without separators: min: 1234567.']);
  assert.deepEqual(yaml('a: [10,20, 1, 000, DE,FR]\nb: {x: 1,y: 2}\n'), []);
});

test('each mistake is at the same line of the file whether the YAML is a file or the fields of an MDX file', () => {
  for (const text of ['a: x\nb: "The "best" one"\n', 'a:\n  b: 1\n c: 2\n', 'a:\n   b: 1\n  c: 2\n', 'a: { min: 1,000 }\n']) {
    const [file] = yaml(text);
    const [fields] = yaml(text, 'frontmatter');
    const lineOf = (line: string | undefined) => Number(/^s\.yaml:(\d+):/.exec(line ?? '')?.[1]);
    assert.equal(lineOf(fields), lineOf(file) + 1, text);
    assert.equal(fields!.replace(/^s\.yaml:\d+/, ''), file!.replace(/^s\.yaml:\d+/, ''), text);
  }
});

test('a colon inside a value is still that, and a field written twice is named by the field at fault', () => {
  assert.deepEqual(yaml('topic: Pay: bands\n'), ['s.yaml:1: has a colon followed by a space inside the value of "topic"; put the whole value in double quotes, such as topic: "Pay: bands".']);
  assert.deepEqual(yaml('a: 1\nb: { c: 1, c: 2 }\n'), ['s.yaml:2: has the field "c" a second time; keep one of them and delete the other.']);
  assert.deepEqual(yaml('a: 1\nb: 2\na: 3\nb: 4\n'), ['s.yaml:3: has the field "a" a second time; keep one of them and delete the other.', 's.yaml:4: has the field "b" a second time; keep one of them and delete the other.']);
});

test('a quotation mark never closed is named where it opens, a single one too', () => {
  assert.deepEqual(yaml("a: Don't\nb: 'Never closed\nc: x\n"), ['s.yaml:2: opens a quotation mark that is never closed; add the closing quotation mark at the end of the value.']);
  assert.deepEqual(yaml('a: x\nb: "Never closed\nc: x\n'), ['s.yaml:2: opens a quotation mark that is never closed; add the closing quotation mark at the end of the value.']);
});
