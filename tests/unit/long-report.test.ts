/**
 * The report at 100,000 problems (issue 25): the terminal and the build, GitHub's annotations and
 * step summary, the page astro dev shows, and the whole list. Every count the tests expect is
 * worked out here from the problems themselves, not read back from the report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkOutput, githubAnnotations, githubSummary, summaryBytes } from '../../src/problems/github.ts';
import { formatReport, type Problem } from '../../src/problems/problem.ts';
import { reportPage } from '../../src/problems/report-page.ts';
import { wholeListFile, wholeListText, writeWholeList } from '../../src/problems/whole-list.ts';

const rules = ['prose', 'prose', 'prose', 'pay-in-prose', 'sections', 'fields', 'syntax'];
const hot = ['content/pay.yaml', 'content/roles/data-engineer.mdx', 'content/levels/data-engineer/senior.mdx'];

/**
 * `total` problems across 2,503 files (three of them with far more than the rest), from six rules
 * (prose most), an error every `errorEvery`-th problem and warnings otherwise.
 */
function synthetic(total: number, errorEvery: number): Problem[] {
  return Array.from({ length: total }, (_, i): Problem => {
    const file = i % 10 === 0 ? hot[(i / 10) % hot.length]! : `content/levels/role-${i % 50}/level-${i % 2500}.mdx`;
    const rule = rules[i % rules.length]!;
    return { file, line: 1 + ((i * 7919) % 400), message: `breaks ${rule} (${i})`, fix: 'fix it', severity: i % errorEvery === 0 ? 'error' : 'warning', rule };
  });
}

const n = (count: number) => count.toLocaleString('en-US');
const kinds = (errors: number, warnings: number) => [...(errors ? [`${n(errors)} error${errors === 1 ? '' : 's'}`] : []), ...(warnings || !errors ? [`${n(warnings)} warning${warnings === 1 ? '' : 's'}`] : [])].join(', ');

/** Counts by a name, worked out with a plain loop; most first, then more errors, then by name. */
function countBy(problems: readonly Problem[], nameOf: (p: Problem) => string) {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const p of problems) {
    const c = counts.get(nameOf(p)) ?? { errors: 0, warnings: 0 };
    c[p.severity === 'error' ? 'errors' : 'warnings'] += 1;
    counts.set(nameOf(p), c);
  }
  return [...counts].sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || y.errors - x.errors || a.localeCompare(b));
}

/** The report's order: errors first, then warnings, each by file name and then line. */
const reportOrder = (problems: readonly Problem[]) => [...problems].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || a.file.localeCompare(b.file) || a.line! - b.line!);
const lineOf = (p: Problem) => `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.file}:${p.line}: ${p.message}; ${p.fix}.`;

/** At most a heading, a line and a gap for each of the 200 listed (each in a file of its own), and the counts. */
const mostLines = 3 * 200 + 50;

const few = synthetic(100_000, 667);
const errorsInFew = few.filter((p) => p.severity === 'error').length;
const listPath = wholeListFile;

test('the terminal report of 100,000 problems: the totals, counts by rule and file, the first 200 in full with every error first, where the whole list is', () => {
  assert.ok(errorsInFew > 100 && errorsInFew < 200, `fewer errors than are listed in full (${errorsInFew})`);
  const report = formatReport(few, listPath);
  const lines = report.split('\n');
  assert.ok(lines.length < mostLines, `${lines.length} lines`);
  const files = countBy(few, (p) => p.file);
  const totals = `Content check: ${n(errorsInFew)} errors, ${n(few.length - errorsInFew)} warnings in ${n(files.length)} files`;
  assert.equal(lines[0], `${totals}, too many to list here.`);
  assert.equal(lines[1], `Below: the problems by rule, the files with the most, then the first 200 in full, errors first. The whole list: ${listPath}`);

  // Every rule is named (there are six), most problems first, with its counts.
  const byRule = lines.slice(lines.indexOf('Problems by rule:') + 1, lines.indexOf('', lines.indexOf('Problems by rule:')));
  assert.deepEqual(
    byRule.map((l) => l.trim().split(/\s{2,}/)),
    countBy(few, (p) => p.rule!).map(([rule, c]) => [rule, kinds(c.errors, c.warnings)]),
  );
  assert.equal(byRule[0]!.trim().split(/\s{2,}/)[0], 'prose');

  // The ten files with the most, then what the others add up to.
  const byFile = lines.slice(lines.indexOf('Files with the most problems:') + 1, lines.indexOf('', lines.indexOf('Files with the most problems:')));
  const rest = files.slice(10);
  assert.deepEqual(
    byFile.map((l) => l.trim().split(/\s{2,}/)),
    [
      ...files.slice(0, 10).map(([file, c]) => [file, kinds(c.errors, c.warnings)]),
      [
        `and ${n(rest.length)} more files`,
        kinds(
          rest.reduce((s, [, c]) => s + c.errors, 0),
          rest.reduce((s, [, c]) => s + c.warnings, 0),
        ),
      ],
    ],
  );
  assert.deepEqual(
    byFile
      .slice(0, 3)
      .map((l) => l.trim().split(/\s{2,}/)[0])
      .sort(),
    [...hot].sort(),
    'the three busiest files first',
  );

  // The first 200 in full: every error (there are fewer), then the first warnings, each as the short report words it.
  const listed = lines.filter((l) => /^ {2}(error|warning) /.test(l)).map((l) => l.slice(2));
  assert.deepEqual(listed, reportOrder(few).slice(0, 200).map(lineOf));
  assert.equal(listed.filter((l) => l.startsWith('error')).length, errorsInFew, 'every error in full');
  assert.ok(lines.includes(`Errors, all ${errorsInFew}:`));
  assert.ok(lines.includes(`Warnings, the first ${200 - errorsInFew} of ${n(few.length - errorsInFew)}:`));
  assert.ok(report.indexOf('\n  warning ') > report.lastIndexOf('\n  error '), 'errors before warnings');

  assert.deepEqual(lines.slice(-2), [`${totals}; the first 200 are listed above.`, `The whole list: ${listPath}`]);
});

test('past 200 errors the report lists the first 200 errors and no warning, and a file cut short says how many it leaves out', () => {
  const many = synthetic(100_000, 7);
  const report = formatReport(many, listPath);
  const lines = report.split('\n');
  assert.ok(lines.length < mostLines, `${lines.length} lines`);
  const listed = lines.filter((l) => /^ {2}(error|warning) /.test(l)).map((l) => l.slice(2));
  assert.deepEqual(listed, reportOrder(many).slice(0, 200).map(lineOf));
  assert.ok(!report.includes('\n  warning '));
  const errors = many.filter((p) => p.severity === 'error');
  assert.ok(lines.includes(`Errors, the first 200 of ${n(errors.length)}:`));
  // The last file listed is cut short: its heading counts all its errors, and a line the rest.
  const last = reportOrder(many)[199]!.file;
  const inLast = errors.filter((p) => p.file === last).length;
  const shownOfLast = listed.filter((l) => l.includes(` ${last}:`)).length;
  assert.ok(lines.includes(`${last} (${kinds(inLast, 0)})`));
  assert.ok(lines.includes(`  and ${n(inLast - shownOfLast)} more error${inLast - shownOfLast === 1 ? '' : 's'} in this file`));
});

test('a report of 200 problems or fewer is shown whole, as it always was, and names no list', () => {
  const report = formatReport(few.slice(0, 200), listPath);
  assert.equal(report.split('\n').filter((l) => /^ {2}(error|warning) /.test(l)).length, 200);
  assert.doesNotMatch(report, /whole list|too many/);
  assert.match(report, /\nContent check: \d+ errors?, \d+ warnings? in \d+ files?\.$/);
});

test('when the whole list could not be written, the report says so instead of naming it', () => {
  assert.match(formatReport(few), /\nThe whole list could not be written to a file\.$/);
});

test('on GitHub: no more annotations than GitHub shows, errors first, and a step summary under 1 MiB with the counts and the first 200', () => {
  const annotations = githubAnnotations(few);
  const errors = annotations.filter((a) => a.startsWith('::error '));
  assert.equal(errors.length, 10);
  assert.equal(annotations.length - errors.length, 10);
  assert.deepEqual(annotations.slice(0, 10), errors, 'errors first');
  assert.ok(annotations[0]!.startsWith(`::error file=${reportOrder(few)[0]!.file},line=${reportOrder(few)[0]!.line},`));
  const output = checkOutput(few, { github: true, wholeList: listPath });
  assert.equal(output.split('\n').filter((l) => l.startsWith('::')).length, 20, 'the only commands are those annotations');
  assert.ok(output.split('\n').length < mostLines + 25);

  const summary = githubSummary(few);
  const bytes = Buffer.byteLength(summary, 'utf8');
  assert.ok(bytes < 1024 * 1024 && bytes <= summaryBytes, `${bytes} bytes`);
  const files = countBy(few, (p) => p.file);
  assert.ok(summary.startsWith(`## Content check: ${n(errorsInFew)} errors, ${n(few.length - errorsInFew)} warnings in ${n(files.length)} files\n`));
  for (const [rule, c] of countBy(few, (p) => p.rule!)) assert.ok(summary.includes(`\n| ${rule} | ${n(c.errors)} | ${n(c.warnings)} |\n`), rule);
  for (const [file, c] of files.slice(0, 10)) assert.ok(summary.includes(`\n| ${file} | ${n(c.errors)} | ${n(c.warnings)} |\n`), file);
  assert.equal(summary.split('\n').filter((l) => /^- \*\*(Error|Warning)\*\*/.test(l)).length, 200);
  assert.ok(summary.indexOf('- **Warning**') > summary.lastIndexOf('- **Error**'), 'errors before warnings');
  assert.match(summary, /content-check-problems\.txt\*\*, under Artifacts on the run's page\.\n$/);
});

test('the step summary stays under its limit however long the problems it quotes', () => {
  const long = Array.from({ length: 300 }, (_, i): Problem => ({ file: `content/levels/r/l${i}.mdx`, line: 1, message: `quotes ${'x'.repeat(20_000)}`, severity: 'error', rule: 'prose' }));
  const summary = githubSummary(long);
  assert.ok(Buffer.byteLength(summary) <= summaryBytes, `${Buffer.byteLength(summary)} bytes`);
  const listed = summary.split('\n').filter((l) => l.startsWith('- **Error**')).length;
  assert.ok(listed > 20 && listed < 200, `${listed} listed`);
  assert.match(summary, new RegExp(`\\nGitHub keeps at most 1 MiB of a summary, so the list stops here\\.\\n\\nThe first ${listed} of 300 problems are listed above;`));
});

test('the long summary quotes what content puts in file names as text, and every line of it is one of ours', () => {
  const hostile: Problem[] = Array.from({ length: 300 }, (_, i) => ({ file: `content/a|b<img src=x>\n# ${i % 20}.mdx`, line: i + 1, message: '| c | <script>', severity: i % 3 ? 'warning' : 'error', rule: 'prose' }));
  const summary = githubSummary(hostile);
  assert.doesNotMatch(summary.replaceAll('\n', ''), /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u);
  assert.doesNotMatch(summary, /(?<!\\)[<>]/, 'no tag from content');
  for (const line of summary.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).length - 1;
    assert.ok(cells === 0 || (line.startsWith('| ') && cells === 4), `a | from content ends no cell: ${line}`);
  }
  const ours =
    /^(## Content check: |Too many to list here|### (Problems by rule|Files with the most problems|Errors, |Warnings, )|#### content\/a\\\|b\\<img|\| (Rule|File) \| Errors \| Warnings \||\| --- \||\| (prose |content\/a\\\|b|and \d+ more files )|- \*\*(Error|Warning)\*\*, line \d+: |- and \d+ more (errors|warnings) in this file|The first 200 of 300 problems)/;
  assert.deepEqual(
    summary.split('\n').filter((line) => line !== '' && !ours.test(line)),
    [],
  );
});

test('the page astro dev shows: the counts and the first 200 errors, and where the whole list is', () => {
  const many = synthetic(100_000, 7);
  const errors = many.filter((p) => p.severity === 'error');
  const html = reportPage(many, '/', '/repo/src/browser/dev-status.ts', listPath);
  assert.ok(html.length < 200_000, `${html.length} characters`);
  assert.match(html, new RegExp(`${n(errors.length)} problems in ${n(countBy(errors, (p) => p.file).length)} files`));
  assert.ok(html.includes(`<h2>Errors, the first 200 of ${n(errors.length)}</h2>`));
  assert.ok(html.includes(`The whole list, warnings too: <code>${listPath}</code>`));
  assert.equal(html.match(/<span class="line">/g)?.length, 200);
  for (const [rule, c] of countBy(errors, (p) => p.rule!)) assert.ok(html.includes(`<li><code>${rule}</code> ${n(c.errors)}</li>`), rule);
});

test('the whole list has every problem on a line of its own, errors first, with its rule; written into the project and removed when there are none', async () => {
  const text = wholeListText(few);
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'ends with a line break');
  assert.equal(lines.length, 100_000);
  assert.deepEqual(
    lines.slice(0, 3),
    reportOrder(few)
      .slice(0, 3)
      .map((p) => `${lineOf(p)} [${p.rule}]`),
  );
  assert.equal(
    lines.findIndex((l) => l.startsWith('warning')),
    errorsInFew,
    'every error before the first warning',
  );
  for (const [rule, c] of countBy(few, (p) => p.rule!)) assert.equal(lines.filter((l) => l.endsWith(` [${rule}]`)).length, c.errors + c.warnings, rule);

  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-list-'));
  try {
    assert.equal(await writeWholeList(dir, few), wholeListFile);
    assert.equal(await readFile(path.join(dir, wholeListFile), 'utf8'), text);
    assert.equal(await writeWholeList(dir, []), undefined);
    await assert.rejects(stat(path.join(dir, wholeListFile)), { code: 'ENOENT' }, 'no list outlives its problems');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
