/**
 * The content check on GitHub: workflow commands that become annotations on the lines of a pull
 * request, the step summary, and `scripts/check.ts --github` as a workflow runs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { escapeData, escapeProperty, githubAnnotation, githubAnnotations, githubSummary } from '../../src/problems/github.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { fixture, replace } from './check-fixture.ts';

const checkScript = path.resolve(import.meta.dirname, '../../scripts/check.ts');

const band: Problem = { file: 'content/pay.yaml', line: 49, field: 'grades[2].bands.uk.max', message: '(58000) is below min (60000)', fix: 'make max the top of the band', severity: 'error' };
const opening: Problem = { file: 'content/openings/berlin.mdx', line: 18, message: 'is an example opening: replace it with a real vacancy or delete the file', severity: 'warning' };
const missing: Problem = { file: 'content/roles/data-engineer.mdx', field: 'summary', message: 'is missing', fix: 'add it', severity: 'error' };

test('an annotation names the file, the line and the field, and carries the whole sentence with its fix', () => {
  assert.equal(githubAnnotation(band), '::error file=content/pay.yaml,line=49,title=grades[2].bands.uk.max::grades[2].bands.uk.max (58000) is below min (60000); make max the top of the band.');
  assert.equal(githubAnnotation(opening), '::warning file=content/openings/berlin.mdx,line=18,title=Content check::is an example opening: replace it with a real vacancy or delete the file.');
});

test('an annotation leaves out the line when it is not known', () => {
  assert.equal(githubAnnotation(missing), '::error file=content/roles/data-engineer.mdx,title=summary::summary is missing; add it.');
});

test('escaping: %, CR and LF everywhere; : and , also in properties', () => {
  assert.equal(escapeData('100% sure:\r\nyes, really'), '100%25 sure:%0D%0Ayes, really');
  assert.equal(escapeProperty('a: b, 5%\n'), 'a%3A b%2C 5%25%0A');
  const hostile: Problem = { file: 'content/faqs/pay/a,b:c.mdx', line: 3, field: 'question', message: 'says "50%"\n::error::forged', severity: 'warning' };
  assert.equal(githubAnnotation(hostile), '::warning file=content/faqs/pay/a%2Cb%3Ac.mdx,line=3,title=question::question says "50%25"\\n::error::forged.');
});

test('annotations come errors first, each kind in file and line order', () => {
  assert.deepEqual(githubAnnotations([opening, band, missing]).map((a) => a.slice(0, a.indexOf(',title'))), [
    '::error file=content/pay.yaml,line=49',
    '::error file=content/roles/data-engineer.mdx',
    '::warning file=content/openings/berlin.mdx,line=18',
  ]);
  assert.deepEqual(githubAnnotations([]), []);
});

test('the summary groups problems by file, in line order, with Markdown and HTML in messages shown as text', () => {
  const html: Problem = { file: 'content/pay.yaml', line: 3, field: 'zones', message: 'has <script> and *stars*', severity: 'warning' };
  assert.equal(
    githubSummary([band, opening, html]),
    [
      '## Content check: 1 error, 2 warnings in 2 files',
      '',
      '### content/openings/berlin.mdx',
      '',
      '- **Warning**, line 18: is an example opening: replace it with a real vacancy or delete the file.',
      '',
      '### content/pay.yaml',
      '',
      '- **Warning**, line 3: zones has \\<script\\> and \\*stars\\*.',
      '- **Error**, line 49: grades\\[2\\].bands.uk.max (58000) is below min (60000); make max the top of the band.',
      '',
    ].join('\n'),
  );
  assert.equal(githubSummary([]), '## Content check: no problems found\n');
});

test('the summary says when GitHub cannot mark every problem on its line', () => {
  const many = Array.from({ length: 11 }, (_, i): Problem => ({ ...band, line: i + 1 }));
  assert.match(githubSummary(many), /^## Content check: 11 errors, 0 warnings in 1 file\n\nGitHub marks at most 10 errors and 10 warnings on the lines themselves; this list has every problem\.\n/);
  assert.doesNotMatch(githubSummary(many.slice(1)), /at most/);
});

test('scripts/check.ts --github prints one annotation per problem, writes the summary and fails on errors', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-github-'));
  try {
    await cp(fixture, dir, { recursive: true });
    const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), 'utf8')));
    await edit('content/pay.yaml', replace('europe: { min: 40000,', 'europe: { min: "40,000",'));
    await edit('content/roles/data-engineer.mdx', replace('responsibilities:', 'responsibilites:'));
    await edit('content/site.yaml', replace('name: Fixture Co', 'name: Northwind Labs'));
    const summary = path.join(dir, 'step-summary.md');
    // The machine's own GitHub or Rolebook settings must not leak into the run.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ROLEBOOK_)/.test(name)));
    const run = spawnSync(process.execPath, [checkScript, '--github'], { cwd: dir, env: { ...env, GITHUB_STEP_SUMMARY: summary }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.deepEqual(run.stdout.split('\n').filter((line) => line.startsWith('::')), [
      '::error file=content/pay.yaml,line=20,title=grades[0].bands.europe.min::grades[0].bands.europe.min must be a number without currency signs or commas, such as 95000; bottom of the band.',
      '::error file=content/roles/data-engineer.mdx,title=responsibilities::responsibilities is missing; add it: what people in this role do, at every level, one per line.',
      '::error file=content/roles/data-engineer.mdx,line=6,title=responsibilites::responsibilites is not a field this file can have; did you mean responsibilities? Rename it, or its content is ignored.',
      "::warning file=content/site.yaml,line=2,title=company.name::company.name is still the example company \"Northwind Labs\"; write your company's name after name:, such as name: Acme Ltd.",
    ]);
    assert.match(run.stdout, /^Content check: 3 errors, 1 warning in 3 files\.$/m, 'the usual report is printed too');
    assert.equal(run.status, 1);
    const written = await readFile(summary, 'utf8');
    assert.match(written, /^## Content check: 3 errors, 1 warning in 3 files\n/);
    assert.match(written, /\n### content\/roles\/data-engineer\.mdx\n\n- \*\*Error\*\*: responsibilities is missing;.*\n- \*\*Error\*\*, line 6: responsibilites is not a field/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('without --github and off GitHub Actions the check prints no annotations', async () => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ROLEBOOK_)/.test(name)));
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-github-'));
  try {
    await cp(fixture, dir, { recursive: true });
    await writeFile(path.join(dir, 'content/site.yaml'), replace('name: Fixture Co', 'name: Northwind Labs')(await readFile(path.join(dir, 'content/site.yaml'), 'utf8')));
    const run = spawnSync(process.execPath, [checkScript], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    assert.equal(run.status, 0, 'a warning does not fail the check');
    assert.match(run.stdout, /^  warning content\/site\.yaml:2: company\.name is still the example company/m);
    assert.doesNotMatch(run.stdout, /^::/m);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
