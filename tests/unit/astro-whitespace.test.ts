/**
 * No template glues two words together: Astro 7 drops a line break between text and an element or
 * expression (tests/quality/astro-whitespace.ts), which made every job ad read "download
 * it asplain text, Markdown, HTML orJSON". Reads src/, Rolebook's own templates, never content/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gluedWords } from '../quality/astro-whitespace.ts';

const root = path.resolve(import.meta.dirname, '../..');

test('no .astro template joins a word to the element or expression on the next line', () => {
  const found = globSync('src/**/*.astro', { cwd: root })
    .sort()
    .flatMap((file) => gluedWords(readFileSync(path.join(root, file), 'utf8')).map((g) => `${file}:${g.line}: ${g.reads}`));
  assert.deepEqual(found, []);
});

test("the job ad's markup as it was is found, and so is a word after an element on the next line", () => {
  const before = [
    '---',
    'const files = { txt: "a.txt", md: "a.md", html: "a.html", json: "a.json" };',
    '---',
    '<p class="small muted">',
    '  Ready to post. Copy it into your applicant-tracking system or job board, or download it as',
    '  <a href={files.txt} download>plain text</a>, <a href={files.md} download>Markdown</a>, <a href={files.html} download>HTML</a> or',
    '  <a href={files.json} download>JSON</a>.',
    '</p>',
    '<p>Owner: <strong>{owner}</strong>',
    '  who keeps it</p>',
  ].join('\n');
  assert.deepEqual(gluedWords(before), [
    { line: 5, reads: 'as<a>' },
    { line: 6, reads: 'or<a>' },
    { line: 10, reads: '<strong>who' },
  ]);
});

test("what keeps a space passes: a word that starts the next line, {' '}, and breaks next to blocks", () => {
  const after = ['<p>', '  Download it', "  as <a href={x}>plain text</a>,{' '}", '  <a href={y}>JSON</a> or {z}', '  <ul>', '    <li>one</li>', '  </ul>', '  then more', '</p>'].join('\n');
  assert.deepEqual(gluedWords(after), []);
});
