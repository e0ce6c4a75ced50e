/** The report of npm run check and the build: problems grouped by file, errors first, a total at the end. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countText, formatReport, groupByFile, type Problem } from '../../src/problems/problem.ts';

const problems: Problem[] = [
  { file: 'content/a.mdx', line: 3, message: 'uses "guys", which may read as exclusive', fix: 'consider "people"', severity: 'warning' },
  { file: 'content/pay.yaml', line: 49, field: 'grades[2].bands.uk.max', message: '(58000) is below min (60000)', fix: 'make max the top of the band', severity: 'error' },
  { file: 'content/pay.yaml', line: 12, message: 'is odd', severity: 'warning' },
  { file: 'content/pay.yaml', message: 'is not read', severity: 'error' },
];

test('a heading per file with its counts, its problems in line order, files with errors first, the total last', () => {
  assert.equal(
    formatReport(problems),
    [
      'content/pay.yaml (2 errors, 1 warning)',
      '  error   content/pay.yaml: is not read.',
      '  warning content/pay.yaml:12: is odd.',
      '  error   content/pay.yaml:49: grades[2].bands.uk.max (58000) is below min (60000); make max the top of the band.',
      '',
      'content/a.mdx (1 warning)',
      '  warning content/a.mdx:3: uses "guys", which may read as exclusive; consider "people".',
      '',
      'Content check: 2 errors, 2 warnings in 2 files.',
    ].join('\n'),
  );
});

test('no problems is one line', () => {
  assert.equal(formatReport([]), 'Content check: no problems found.');
});

test('groups list files with errors before files with warnings only, then by name', () => {
  const groups = groupByFile([
    { file: 'content/a.mdx', message: 'w', severity: 'warning' },
    { file: 'content/z.mdx', message: 'e', severity: 'error' },
    { file: 'content/b.mdx', message: 'e', severity: 'error' },
  ]);
  assert.deepEqual(
    groups.map((g) => [g.file, g.errors, g.warnings]),
    [
      ['content/b.mdx', 1, 0],
      ['content/z.mdx', 1, 0],
      ['content/a.mdx', 0, 1],
    ],
  );
  assert.equal(countText({ errors: 0, warnings: 0 }), '0 warnings');
  assert.equal(countText({ errors: 2, warnings: 0 }), '2 errors');
});

test('what content puts in a problem stays on its line, with terminal escapes and bidi controls written out', () => {
  assert.equal(
    formatReport([
      { file: 'content/a.mdx', line: 7, field: 'links[0]', message: 'is "x\r\n::error::forged\x1b[2J\u0000\u202egnp.exe"', fix: 'remove \u2028it', severity: 'error' },
      { file: 'content/b\nc.mdx', message: 'is odd', severity: 'warning' },
    ]),
    [
      'content/a.mdx (1 error)',
      '  error   content/a.mdx:7: links[0] is "x\\r\\n::error::forged\\u001b[2J\\u0000\\u202egnp.exe"; remove \\u2028it.',
      '',
      'content/b\\nc.mdx (1 warning)',
      '  warning content/b\\nc.mdx: is odd.',
      '',
      'Content check: 1 error, 1 warning in 2 files.',
    ].join('\n'),
  );
});
