/**
 * Content's text as reports print it (src/problems/printable.ts): one line, nothing a terminal or
 * GitHub's runner would obey, every hidden character shown.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inertLine, inertLines, visibleText } from '../../src/problems/printable.ts';

test('line breaks of every kind are written out, so content stays on its line', () => {
  assert.equal(visibleText('a\nb\rc\r\nd'), 'a\\nb\\rc\\r\\nd');
  assert.equal(visibleText('x\u0085y\u2028z\u2029w'), 'x\\u0085y\\u2028z\\u2029w');
  assert.equal(visibleText('javascript:x\n::stop-commands::token'), 'javascript:x\\n::stop-commands::token');
});

test('terminal escapes, NUL, DEL, C1 controls and tabs are written out', () => {
  assert.equal(visibleText('\x1b[2J\x1b[31mred\x1b[0m'), '\\u001b[2J\\u001b[31mred\\u001b[0m');
  assert.equal(visibleText('safe\rfake line'), 'safe\\rfake line');
  assert.equal(visibleText('nul\x00here, del\x7f, csi\u009b2J, bell\x07'), 'nul\\u0000here, del\\u007f, csi\\u009b2J, bell\\u0007');
  assert.equal(visibleText('java\tscript:'), 'java\\tscript:');
});

test('bidirectional controls are written out, so text reads in the order it is stored', () => {
  assert.equal(visibleText('invoice\u202eexe.pdf'), 'invoice\\u202eexe.pdf');
  assert.equal(visibleText('\u2066a\u2069 \u200e\u200f\u061c\u202a\u202d'), '\\u2066a\\u2069 \\u200e\\u200f\\u061c\\u202a\\u202d');
});

test("GitHub's old command marker ##[ is broken wherever it is", () => {
  assert.equal(visibleText('see ##[stop-commands]token'), 'see #\\u0023[stop-commands]token');
  assert.equal(visibleText('###[error]x'), '##\\u0023[error]x');
  assert.equal(visibleText('## heading and #[tag]'), '## heading and #[tag]');
});

test('ordinary text, other scripts, joiners in words and emoji, and backslashes are left as they are', () => {
  for (const text of ['Entwickler für Zahlungen', 'العربية', 'می\u200cخواهم', '👩\u200d💻 and 🚀', 'write \\{company\\}', 'std::vector, 100%, a:b', '\u00a0non-breaking']) {
    assert.equal(visibleText(text), text);
  }
});

test('escaping twice changes nothing', () => {
  const hostile = 'a\n::error::x\r##[set-output name=a]b\x1b[2J\u202e\u2028\t\x00';
  assert.equal(visibleText(visibleText(hostile)), visibleText(hostile));
  assert.equal(inertLine(inertLine(hostile)), inertLine(hostile));
});

test('a printed line cannot start a workflow command, even with spaces before it', () => {
  assert.equal(inertLine('::error file=a.md::forged'), '\\u003a:error file=a.md::forged');
  assert.equal(inertLine('   ::stop-commands::token'), '   \\u003a:stop-commands::token');
  assert.equal(inertLine('Data Engineer ##[error]x'), 'Data Engineer #\\u0023[error]x');
  assert.equal(inertLine('  error   content/a.mdx:3: links to "::error::x".'), '  error   content/a.mdx:3: links to "::error::x".', 'a :: inside the line is no command');
  assert.equal(inertLine(':one colon'), ':one colon');
  assert.equal(inertLines('Title\n::error::x\n  ::warning::y\r::set-output name=a::b'), 'Title\n\\u003a:error::x\n  \\u003a:warning::y\\r::set-output name=a::b');
});
