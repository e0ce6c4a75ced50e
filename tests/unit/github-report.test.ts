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
import { checkOutput, escapeData, escapeProperty, githubAnnotation, githubAnnotations, githubSummary, markdownText } from '../../src/problems/github.ts';
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

test("escaping: %, CR and LF everywhere; : and , also in properties; content's line breaks shown as \\n", () => {
  assert.equal(escapeData('100% sure:\r\nyes, really'), '100%25 sure:%0D%0Ayes, really');
  assert.equal(escapeProperty('a: b, 5%\n'), 'a%3A b%2C 5%25%0A');
  const hostile: Problem = { file: 'content/faqs/pay/a,b:c.mdx', line: 3, field: 'question', message: 'says "50%"\n::error::forged', severity: 'warning' };
  assert.equal(githubAnnotation(hostile), '::warning file=content/faqs/pay/a%2Cb%3Ac.mdx,line=3,title=question::question says "50%25"\\n::error::forged.');
  const fields: Problem = { file: 'content/a\n::error::x.mdx', field: 'title\r::stop-commands::t', message: 'is \x1b[2Jodd', fix: 'see ##[error]y', severity: 'error' };
  assert.equal(githubAnnotation(fields), '::error file=content/a\\n%3A%3Aerror%3A%3Ax.mdx,title=title\\r%3A%3Astop-commands%3A%3At::title\\r::stop-commands::t is \\u001b[2Jodd; see #\\u0023[error]y.');
});

/** What content might try to slip into a report: GitHub commands, terminal escapes, Markdown and HTML. */
const hostileStrings = [
  '\n::error file=README.md,line=1::forged',
  '\r::stop-commands::pwned',
  '\r\n::set-output name=deploy::yes',
  '\u2028::error::after a line separator',
  '\u0085::error::after NEL',
  '::error::at the very start',
  '   ::warning::after spaces',
  '##[error]old-style command',
  'text ##[stop-commands]pwned',
  '%0A::error::encoded by hand',
  '\x1b[2J\x1b[31mred',
  'null\x00byte',
  'txt.\u202eexe',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '| a | b |',
  '\n# Heading',
  '$\\href{javascript:x}{y}$',
];
const hostileProblems: Problem[] = hostileStrings.flatMap((s, i): Problem[] => [
  { file: `content/levels/x${s}.mdx`, line: i + 1, field: s, message: s, fix: s, severity: i % 2 ? 'warning' : 'error' },
  { file: s, message: `links to "${s}"`, severity: 'error' },
]);

/**
 * Which lines GitHub's runner takes as commands (its ActionCommand.cs), read more widely than the
 * runner does (any command name, not only the ones it knows): lines split at CR, LF or CRLF; a line
 * that starts with :: once leading spaces are trimmed and has a second ::, or that holds ##[ with a ] after it.
 */
const commandsIn = (output: string) => output.split(/\r\n|\r|\n/).filter((line) => /^\s*::.*::/s.test(line) || /##\[.*\]/s.test(line));

test('on GitHub, content cannot start a command: the only commands printed are our annotations, one line each', () => {
  const health = `Health report\n\n${hostileStrings.join('\n')}`;
  const output = checkOutput(hostileProblems, { github: true, health });
  const annotations = githubAnnotations(hostileProblems);
  // As many as GitHub draws: 10 of the 27 errors, and the 9 warnings.
  assert.equal(annotations.length, 19);
  for (const annotation of annotations) assert.doesNotMatch(annotation, /[\r\n\u0085\u2028\u2029]/, 'each annotation is one line');
  assert.deepEqual(commandsIn(output), annotations);
  assert.deepEqual(
    output.split('\n').filter((line) => line.trimStart().startsWith('::')),
    annotations,
  );
  assert.doesNotMatch(output.replaceAll('\n', ''), /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u, 'no control character but our own line ends');
  assert.ok(output.includes('\n\\u003a:error::at the very start\n'), 'a health line that starts with :: is written out');
});

test('each printer shows a hostile problem on one line, exactly', () => {
  const p: Problem = { file: 'content/levels/a.mdx', line: 4, field: 'title', message: 'is "x\n::error::y\x1b[2J\u202e"', fix: 'see ##[error]z', severity: 'error' };
  assert.equal(
    checkOutput([p], { github: true }),
    [
      'content/levels/a.mdx (1 error)',
      '  error   content/levels/a.mdx:4: title is "x\\n::error::y\\u001b[2J\\u202e"; see #\\u0023[error]z.',
      '',
      'Content check: 1 error, 0 warnings in 1 file.',
      '',
      '::error file=content/levels/a.mdx,line=4,title=title::title is "x\\n::error::y\\u001b[2J\\u202e"; see #\\u0023[error]z.',
    ].join('\n'),
  );
  assert.equal(checkOutput([p], { github: false }).split('\n').length, 4, 'no annotations off GitHub');
  const heading: Problem = { file: '::error::x.mdx', message: 'is odd', severity: 'warning' };
  assert.equal(checkOutput([heading], { github: false }).split('\n')[0], '\\u003a:error::x.mdx (1 warning)', 'a file name that would start a command');
});

test('the summary shows Markdown and HTML from content as text, and nothing from content starts a line', () => {
  assert.equal(markdownText('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert(1)\\>');
  assert.equal(markdownText('[click](javascript:alert(1))'), '\\[click\\](javascript:alert(1))');
  assert.equal(markdownText('| a | b |'), '\\| a \\| b \\|');
  assert.equal(markdownText('text\n# Heading'), 'text\\\\n\\# Heading');
  assert.equal(markdownText('$x$ &lt; `c` *e* _u_ ~s~ \\'), '\\$x\\$ \\&lt; \\`c\\` \\*e\\* \\_u\\_ \\~s\\~ \\\\');
  assert.equal(markdownText('a\u202eb\x1b'), 'a\\\\u202eb\\\\u001b');
  const summary = githubSummary(hostileProblems);
  const lines = summary.split('\n');
  assert.deepEqual(
    lines.filter((line) => line !== '' && !/^(## Content check: |GitHub marks at most |### |- \*\*(Error|Warning)\*\*(, line \d+)?: )/.test(line)),
    [],
    'every line is one of ours',
  );
  assert.doesNotMatch(summary.replaceAll('\n', ''), /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u);
  assert.doesNotMatch(summary, /(?<!\\)[<>|]|(?<!\\)\]\(/, 'no tag, table cell or link from content');
});

test('annotations come errors first, each kind in file and line order', () => {
  assert.deepEqual(
    githubAnnotations([opening, band, missing]).map((a) => a.slice(0, a.indexOf(',title'))),
    ['::error file=content/pay.yaml,line=49', '::error file=content/roles/data-engineer.mdx', '::warning file=content/openings/berlin.mdx,line=18'],
  );
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
    assert.deepEqual(
      run.stdout.split('\n').filter((line) => line.startsWith('::')),
      [
        '::error file=content/pay.yaml,line=20,title=grade g1 (G1 · Entry)%2C bands.europe.min::grade g1 (G1 · Entry), bands.europe.min (40,000) must be a number without currency signs or commas, such as 95000; write 40000.',
        '::error file=content/roles/data-engineer.mdx,title=responsibilities::responsibilities is missing; add it: what people in this role do, at every level, one per line.',
        '::error file=content/roles/data-engineer.mdx,line=6,title=responsibilites::responsibilites is not a field this file can have; did you mean responsibilities? Rename it, or its content is ignored.',
        '::warning file=content/site.yaml,line=2,title=company.name::company.name is still the example company "Northwind Labs"; write your company\'s name after name:, such as name: Acme Ltd.',
      ],
    );
    assert.match(run.stdout, /^Content check: 3 errors, 1 warning in 3 files\.$/m, 'the usual report is printed too');
    assert.equal(run.status, 1);
    const written = await readFile(summary, 'utf8');
    assert.match(written, /^## Content check: 3 errors, 1 warning in 3 files\n/);
    assert.match(written, /\n### content\/roles\/data-engineer\.mdx\n\n- \*\*Error\*\*: responsibilities is missing;.*\n- \*\*Error\*\*, line 6: responsibilites is not a field/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('scripts/check.ts --github --report: a link and a title that spell commands print as text, and only our annotations are commands', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-github-'));
  try {
    await cp(fixture, dir, { recursive: true });
    const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), 'utf8')));
    // The attack as found: an encoded line break in a link, which the message quotes.
    await edit('content/levels/data-engineer/senior.mdx', (text) => `${text}\n<a href="javascript:x&#10;::stop-commands::token&#10;::error file=README.md::forged">A</a>\n`);
    // Control characters in a title are the reader's error (src/reader/characters.ts); the words alone still spell commands.
    await edit('content/roles/data-engineer.mdx', replace('title: Data Engineer', 'title: "::error::Data ##[set-output name=deploy]yes"'));
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ROLEBOOK_)/.test(name)));
    const run = spawnSync(process.execPath, [checkScript, '--github', '--report'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    const line = (start: string) => run.stdout.split('\n').find((l) => l.startsWith(start));
    assert.equal(line('\\u003a:error::Data'), '\\u003a:error::Data #\\u0023[set-output name=deploy]yes (content/roles/data-engineer.mdx)');
    const link = 'links to "javascript:x\\n::stop-commands::token\\n:...", which could run code in the reader\'s browser; link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook.';
    assert.equal(line('  error   content/levels/data-engineer/senior.mdx:'), `  error   content/levels/data-engineer/senior.mdx:26: ${link}`);
    assert.deepEqual(commandsIn(run.stdout), [`::error file=content/levels/data-engineer/senior.mdx,line=26,title=Content check::${link}`]);
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
    assert.match(run.stdout, /^ {2}warning content\/site\.yaml:2: company\.name is still the example company/m);
    assert.doesNotMatch(run.stdout, /^::/m);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
