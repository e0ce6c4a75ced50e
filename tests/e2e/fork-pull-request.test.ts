/**
 * A first fork, as an HR team lives it, then its pull request: a 60-person company in Toronto
 * follows the editing guide on a copy of the repository. It renames the company, adds a Canada
 * zone in Canadian dollars as the default and removes the two zones it does not hire in, adds a
 * QA Engineer role with two levels and an opening with `npm run new`, writes every TODO and
 * publishes them, deletes the examples and publishes its interview kits, all of it one pull
 * request. Then the exact command of
 * the Check workflow (.github/workflows/check.yml) runs in the copy, on the commit that would merge
 * the pull request, as on GitHub Actions: it is green, checks the content and builds it, leaves
 * Rolebook's own code checks to pull requests that change code, and the site it built names no
 * place beside another zone's pay figure.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';
import { serveSite } from '../../scripts/lib/serve.ts';
import { kitFor } from '../../src/handbook/kits.ts';
import { paths } from '../../src/lib/url.ts';
import { figureSentences, misplaced } from '../fixtures/pay-sentences.ts';
import { readHandbook } from '../fixtures/read-handbook.ts';
import { fillTodos, sentencesAbout } from './helpers/fill-todos.ts';
import { htmlForms } from './helpers/html-forms.ts';
import { copyCheckout, type ProjectCopy } from './helpers/project-copy.ts';

const company = 'Maple Quality Labs';
const repository = 'maple-quality/handbook';
let fork: ProjectCopy;
let summary: string;
let workflow: ReturnType<typeof spawnSync>;

/**
 * The environment of a GitHub Actions runner for the fork's pull request: nothing of this machine's
 * own GitHub or build settings, and not the test runner's NODE_TEST_CONTEXT, with which a nested
 * `node --test` runs nothing.
 */
function runnerEnv(): NodeJS.ProcessEnv {
  const own = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ROLEBOOK_|NODE_TEST_CONTEXT$)/.test(name)));
  return { ...own, CI: 'true', GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: repository, GITHUB_STEP_SUMMARY: summary, ROLEBOOK_URL: '' };
}

/** An editor's command on their own machine: no GitHub, no terminal. */
function run(...args: string[]) {
  const own = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ROLEBOOK_|NODE_TEST_CONTEXT$)/.test(name)));
  const result = spawnSync(process.execPath, args, { cwd: fork.dir, encoding: 'utf8', env: { ...own, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  assert.equal(result.status, 0, `${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

async function edit(file: string, change: (text: string) => string) {
  const before = await fork.read(file);
  const after = change(before);
  assert.notEqual(after, before, `the edit of ${file} changed nothing`);
  await fork.write(file, after);
}

/** Canadian dollars at about 1.35 to the US dollar, rounded to the thousand, as a pay team would set them. */
const cad = (usd: string) => String(Math.round((Number(usd) * 1.35) / 1000) * 1000);

/** git in the fork, as its owner. */
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=HR team', '-c', 'user.email=hr@maplequality.example', ...args], { cwd: fork.dir, stdio: 'ignore', timeout: 60_000 });

before(async () => {
  fork = await copyCheckout();
  summary = fork.file('step-summary.md');
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '--no-gpg-sign', '--message', 'Fork rolebook/rolebook');
  // "Rename the company", in site.yaml and in hiring.yaml's sentences only the company can write.
  await edit('content/site.yaml', (text) =>
    text
      .replace(/name: Northwind Labs/, `name: ${company}`)
      .replace(/website: \S+/, 'website: https://maplequality.example')
      .replace(/^ {2}about: .*$/m, '  about: Maple Quality Labs tests payment and booking software for banks and airlines from its office in Toronto.')
      // Candidates may read how Maple Quality interviews, questions included (interviewKits).
      .concat('interviewKits: public\n'),
  );
  await edit('content/hiring.yaml', (text) =>
    text
      .replaceAll('Northwind Labs', company)
      .replaceAll('northwind.example', 'maplequality.example')
      .replace(/^remoteCountries:\n(?: {2}- .*\n)+/m, 'remoteCountries:\n  - CA\n  - US\n'),
  );
  // "Set the pay table": Canada in Canadian dollars first; no one is hired in Europe or the UK.
  await edit('content/pay.yaml', (text) =>
    text
      .replace(/^ {2}- id: western-europe\n(?: {4}.*\n)+/m, '')
      .replace(/^ {2}- id: uk\n(?: {4}.*\n)+/m, '  - id: canada\n    name: Canada\n    currency: CAD\n    countries:\n      - CA\n')
      .replace(/^ {6}western-europe:\n(?: {8}.*\n)+/gm, '')
      .replace(/^ {6}uk:\n(?: {8}.*\n)+/gm, '')
      .replace(/^( {6})us:\n {8}min: (\d+)\n {8}max: (\d+)$/gm, (block, indent: string, min: string, max: string) => `${block}\n${indent}canada:\n${indent}  min: ${cad(min)}\n${indent}  max: ${cad(max)}`)
      .replace(/^defaultZone: us$/m, 'defaultZone: canada'),
  );
  // "Post an opening" starts with deleting the examples.
  for (const example of await readdir(fork.file('content/openings'))) await rm(fork.file(`content/openings/${example}`));

  // "Add a role": the role, two levels and an opening, each a draft with TODOs until written.
  run('scripts/new.ts', 'role', 'qa-engineer', '--title', 'QA Engineer');
  run('scripts/new.ts', 'level', 'qa-engineer/junior');
  run('scripts/new.ts', 'level', 'qa-engineer/senior', '--grade', 'g3');
  run('scripts/new.ts', 'opening', 'qa-engineer-toronto', '--level', 'qa-engineer/senior', '--apply-url', 'mailto:jobs@maplequality.example');
  const sentences = sentencesAbout(
    [
      'regression suites',
      'test plans for new features',
      'the test data sets',
      'exploratory testing sessions',
      'release checklists',
      'load tests before launches',
      'accessibility checks',
      'the bug triage rota',
      'contract tests between services',
      'test environments',
      'flaky test reports',
      'acceptance criteria with product managers',
    ],
    'for the delivery teams',
  );
  for (const file of ['content/roles/qa-engineer.mdx', 'content/levels/qa-engineer/junior.mdx', 'content/levels/qa-engineer/senior.mdx', 'content/openings/qa-engineer-toronto.mdx']) {
    await edit(file, (text) => fillTodos(text, sentences, { group: 'Test automation', skill: 'Playwright' }));
  }

  // The pull request, and the commit GitHub makes to check it: the fork's main merged with it.
  git('switch', '--quiet', '--create', 'our-handbook');
  git('add', '--all');
  git('commit', '--quiet', '--no-gpg-sign', '--message', 'Our handbook');
  git('switch', '--quiet', 'main');
  git('merge', '--quiet', '--no-ff', '--no-gpg-sign', '--message', 'Merge our-handbook into main', 'our-handbook');

  // The Check workflow's own command, read from the workflow so the two cannot drift apart.
  const steps = (parse(await fork.read('.github/workflows/check.yml')) as { jobs: { check: { steps: { run?: string }[] } } }).jobs.check.steps;
  const command = steps.map((s) => s.run ?? '').find((r) => r.startsWith('npm test'));
  assert.equal(command, 'npm test -- --fast --keep-going');
  workflow = spawnSync('npm', ['test', '--', '--fast', '--keep-going'], { cwd: fork.dir, encoding: 'utf8', env: runnerEnv(), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, timeout: 600_000 });
});
after(() => fork?.remove());

test('every file the journey wrote is published, and no TODO is left', async () => {
  for (const file of ['content/roles/qa-engineer.mdx', 'content/levels/qa-engineer/junior.mdx', 'content/levels/qa-engineer/senior.mdx', 'content/openings/qa-engineer-toronto.mdx']) {
    const text = await fork.read(file);
    assert.match(text, /^status: published$/m, file);
    assert.doesNotMatch(text, /TODO/, file);
  }
});

test("the Check workflow's command is green on the fork, and says nothing is wrong", () => {
  const output = `${workflow.stdout}\n${workflow.stderr}`;
  assert.equal(workflow.status, 0, output.split('\n').slice(-80).join('\n'));
  assert.match(output, /^All steps passed:$/m);
  for (const step of ['content check', 'build', 'site files']) assert.match(output, new RegExp(`^${step} +[\\d.]+ s +ok$`, 'm'), step);
  assert.match(output, /^example content +skipped$/m, 'the tests of the example content do not run in a fork');
  // Rolebook's own code checks, which the pull request's content cannot fail, are left to pull requests that change code.
  for (const step of ['lint', 'unused code', 'unit tests 1/3', 'unit tests 2/3', 'unit tests 3/3', 'astro check']) {
    assert.match(output, new RegExp(`^${step} +skipped$`, 'm'), step);
    assert.match(output, new RegExp(`^▷ ${step}: skipped: this pull request changes only content/`, 'm'), step);
  }
  assert.match(output, /^Content check: 0 errors/m);
  assert.doesNotMatch(output, /^::error/m, 'no annotation marks a line of the fork as wrong');
});

test("the built fork shows the new role and opening, in Canadian dollars first, and no sentence names a place beside another zone's pay", async () => {
  const dist = (file: string) => readFile(fork.file(`dist/${file}`), 'utf8');
  const senior = (await dist('roles/qa-engineer/senior/index.html')).replace(/<[^>]+>/g, ' ').replace(/[\u00a0\u202f\s]+/g, ' ');
  assert.match(senior, /CA\$128,000 – CA\$176,000/, 'the G3 band in Canada, 1.35 times the US band');
  assert.ok(senior.indexOf('CA$128,000') < senior.indexOf('$95,000'), 'the default zone comes first');
  assert.ok(await dist('jobs/qa-engineer-toronto/index.html'));

  const pages = (await readdir(fork.file('dist'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.html'));
  const sentences = [];
  for (const page of pages) {
    const file = path.join(page.parentPath, page.name);
    sentences.push(...figureSentences(path.relative(fork.dir, file), await readFile(file, 'utf8'), ['Canada', 'United States', 'US', 'Western Europe', 'Europe', 'United Kingdom', 'UK']));
  }
  assert.ok(sentences.length > 20, `the pay sentences of the role guides and answers were read (${sentences.length})`);
  assert.deepEqual(misplaced(sentences), []);
});

test('the interview kits the company made public: a level\'s "how we interview" page asks its questions, with the kit\'s Markdown and CSV served beside it', async () => {
  const h = await readHandbook(fork.dir);
  assert.equal(h.site.interviewKits, 'public');
  const level = h.levels.find((l) => kitFor(l, h).stages.some((s) => s.questions.length));
  assert.ok(level, 'a level has questions to ask');
  const question = kitFor(level, h).stages.flatMap((s) => s.questions)[0]!.data.question;
  const page = await fork.read(`dist/${paths.interviews(level.role.id, level.slug)}index.html`);
  assert.ok(
    htmlForms(question).some((form) => page.includes(form)),
    'the page asks the question',
  );
  const csv = parseCsv(await fork.read(`dist/${paths.kitFile(level.role.id, level.slug, 'csv')}`), { bom: true }) as string[][];
  assert.equal(csv[1]![2], question);
  assert.match(await fork.read(`dist/${paths.kitFile(level.role.id, level.slug, 'md')}`), new RegExp(`^# Interview kit: ${level.data.title}`));
  const site = await serveSite({ dir: fork.file('dist') });
  try {
    const type = async (format: 'md' | 'csv') => (await fetch(site.url(paths.kitFile(level.role.id, level.slug, format)), { signal: AbortSignal.timeout(10_000) })).headers.get('content-type');
    assert.deepEqual([await type('md'), await type('csv')], ['text/markdown; charset=utf-8', 'text/csv; charset=utf-8'], 'served as a host would');
  } finally {
    await site.close();
  }
});
