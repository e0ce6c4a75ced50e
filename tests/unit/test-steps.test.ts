/**
 * npm test's steps and the words a failed run ends with (scripts/lib/test-steps.ts): a fork's
 * editor must be able to tell errors in their content from Rolebook failing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runStep } from '../../scripts/lib/run-step.ts';
import { atOnce, batches, browserToolsSkip, closingWords, codeChecksSkip, exampleContentSkip, pool, pullRequestFiles, rolebookRepository, slowest, testSteps, timedOutWords, type Ran, type Step } from '../../scripts/lib/test-steps.ts';

const root = path.resolve(import.meta.dirname, '../..');
const steps = testSteps({ root, node: '/usr/bin/node', env: {} });
const step = (name: string) => steps.find((s) => s.name === name)!;
const ran = (...results: [string, number | null][]): Ran[] => results.map(([name, status]) => ({ step: step(name), status }));
const issues = 'report it at https://github.com/rolebook/rolebook/issues.';

test('the fast steps, what a pull request runs: the content check first, then lint and unused code, then the tests, then the build', () => {
  assert.deepEqual(
    steps.filter((s) => s.fast).map((s) => [s.name, s.failure]),
    [
      ['content check', 'content'],
      ['lint', 'rolebook'],
      ['unused code', 'rolebook'],
      ['unit tests 1/3', 'rolebook'],
      ['unit tests 2/3', 'rolebook'],
      ['unit tests 3/3', 'rolebook'],
      ['example content', 'rolebook'],
      ['build', 'follows-content'],
      ['site files', 'rolebook'],
      ['astro check', 'follows-content'],
    ],
  );
  // The three share out every unit test file between them, each with a shard of its own.
  for (const shard of ['1/3', '2/3', '3/3']) assert.ok(step(`unit tests ${shard}`).command.includes(`--test-shard=${shard}`), shard);
  // The browser tools (tests/package.json) are no part of --fast: a fork's pull request never installs them.
  // Of the browser tests and gates, only the site files, which read the build's file list, are part of it.
  assert.deepEqual(
    steps.filter((s) => s.fast && (s.name === 'browser tools' || s.command.some((c) => c.startsWith('tests/e2e/')))).map((s) => s.name),
    ['site files'],
  );
  // The fork's proof builds a copy of the project and runs its Check workflow: a browser test, not a unit test.
  const browserTests = step('browser tests').command.filter((c) => c.startsWith('tests/'));
  assert.ok(browserTests.includes('tests/e2e/fork-pull-request.test.ts'), browserTests.join(' '));
  assert.deepEqual(
    browserTests.filter((f) => f.startsWith('tests/e2e/gates/')),
    [],
    'the gates are steps of their own',
  );
});

test('every step passed: nothing to add', () => {
  assert.deepEqual(closingWords(ran(['content check', 0], ['unit tests 1/3', 0], ['astro check', 0], ['build', 0])), {});
});

test('errors in the content: the editor is sent to the lines, and the build that stopped on them is not blamed on Rolebook', () => {
  const results = ran(['content check', 1], ['unit tests 1/3', 0], ['astro check', 0], ['build', 1]);
  assert.deepEqual(closingWords(results), {
    content: 'The content check found errors in your content: each one is listed above with its file and line. Fix those lines (build stopped on the same errors).',
  });
  assert.deepEqual(closingWords(results, { github: true }), {
    content: 'The content check found errors in your content: each one is listed above with its file and line, and marked on that line under "Files changed". Fix those lines (build stopped on the same errors).',
  });
});

test('Rolebook failing with content that has no errors says so plainly, and where to report it', () => {
  assert.deepEqual(closingWords(ran(['content check', 0], ['unit tests 1/3', 1], ['example content', 1], ['astro check', 0], ['build', 0])), {
    rolebook: `Rolebook's own tests failed (unit tests 1/3 and example content): this is not caused by your content, in which the content check found no errors. Tell whoever maintains your copy of Rolebook, with a link to this run, or ${issues}`,
  });
  assert.deepEqual(
    closingWords(ran(['content check', 0], ['unit tests 1/3', 0], ['astro check', 2], ['build', 1])).rolebook,
    `Rolebook's own tests failed (astro check and build): this is not caused by your content, in which the content check found no errors. Tell whoever maintains your copy of Rolebook, with a link to this run, or ${issues}`,
  );
});

test('both at once: the content errors for the editor, the unit tests for Rolebook', () => {
  assert.deepEqual(closingWords(ran(['content check', 1], ['unit tests 1/3', 1], ['astro check', 1], ['build', 1])), {
    content: 'The content check found errors in your content: each one is listed above with its file and line. Fix those lines (astro check and build stopped on the same errors).',
    rolebook: `Rolebook's own tests failed (unit tests 1/3): this is not caused by your content. Tell whoever maintains your copy of Rolebook, with a link to this run, or ${issues}`,
  });
});

test('the content check itself crashing (exit 2, or a signal) is Rolebook failing, not errors in the content', () => {
  assert.deepEqual(closingWords(ran(['content check', 2])), {
    rolebook: `Rolebook's own tests failed (content check): this is not caused by your content. Tell whoever maintains your copy of Rolebook, with a link to this run, or ${issues}`,
  });
  const killed: Ran[] = [{ step: { name: 'content check', failure: 'content' } satisfies Pick<Step, 'name' | 'failure'>, status: null }];
  assert.match(closingWords(killed).rolebook ?? '', /^Rolebook's own tests failed \(content check\)/);
});

test("the tests of Rolebook's example content run in Rolebook's repository only, and say why they are skipped elsewhere", async () => {
  assert.equal(rolebookRepository, 'rolebook/rolebook');
  assert.equal(exampleContentSkip({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'rolebook/rolebook' }, '/nowhere'), undefined);
  assert.equal(exampleContentSkip({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Rolebook/Rolebook' }, '/nowhere'), undefined, 'GitHub names are not case-sensitive');
  assert.equal(exampleContentSkip({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/handbook' }, root), "acme/handbook is a copy of Rolebook, so content/ is its own handbook, which the content check checks; these tests of Rolebook's example content run in rolebook/rolebook");
  const workspace = await mkdtemp(path.join(tmpdir(), 'rolebook-workspace-'));
  try {
    await mkdir(path.join(workspace, 'checkout'));
    const checkout = path.join(workspace, 'checkout');
    assert.equal(exampleContentSkip({}, checkout), "this checkout is not Rolebook's own workspace (no ../shared/seeds beside it), so content/ may be a copy's own handbook, which the content check checks; these tests of Rolebook's example content run in rolebook/rolebook");
    await mkdir(path.join(workspace, 'shared/seeds'), { recursive: true });
    assert.equal(exampleContentSkip({}, checkout), undefined);
    assert.equal(step('example content').skip, exampleContentSkip({}, root), 'the step asks the same question of the checkout it runs in');
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
});

test("a pull request that changes only content/ and the editor's pictures skips Rolebook's own code checks, and one that changes anything else runs them", () => {
  const code = ['lint', 'unused code', 'unit tests 1/3', 'unit tests 2/3', 'unit tests 3/3', 'astro check'];
  const reason = codeChecksSkip(['content/site.yaml', 'content/roles/qa-engineer.mdx', 'public/images/team.jpg']);
  assert.equal(reason, "this pull request changes only content/ and public/images/, what editors change, which the content check and the build check; Rolebook's own code checks run on a pull request that changes anything else");
  for (const changed of [['content/site.yaml', 'src/pages/index.astro'], ['public/favicon.svg'], ['package-lock.json'], ['contentious.ts'], [], undefined]) assert.equal(codeChecksSkip(changed), undefined, String(changed));
  // Every step of --fast but those: the content check and the build still judge the change.
  assert.deepEqual(
    steps.filter((s) => s.fast && !code.includes(s.name)).map((s) => s.name),
    ['content check', 'example content', 'build', 'site files'],
  );
  for (const name of code) assert.equal(step(name).skip, undefined, `${name} runs when no pull request is being checked`);
});

test('the files a pull request changes are those between the commit that would merge it and the branch it goes into, on GitHub Actions only', async () => {
  const repo = await mkdtemp(path.join(tmpdir(), 'rolebook-pull-request-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, stdio: 'ignore', timeout: 30_000 });
  const pullRequest = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request' };
  try {
    assert.equal(pullRequestFiles(pullRequest, repo), undefined, 'no repository: nothing can be told, so nothing is skipped');
    await mkdir(path.join(repo, 'content'));
    await writeFile(path.join(repo, 'content/site.yaml'), 'name: A\n');
    await writeFile(path.join(repo, 'README.md'), 'A\n');
    git('init', '--quiet', '--initial-branch=main');
    git('add', '--all');
    git('commit', '--quiet', '--no-gpg-sign', '-m', 'base');
    assert.equal(pullRequestFiles(pullRequest, repo), undefined, 'a first commit has no parent to compare with');
    git('switch', '--quiet', '--create', 'change');
    await writeFile(path.join(repo, 'content/site.yaml'), 'name: B\n');
    await writeFile(path.join(repo, 'content/new file.mdx'), '---\n---\n');
    git('add', '--all');
    git('commit', '--quiet', '--no-gpg-sign', '-m', 'change');
    git('switch', '--quiet', 'main');
    await writeFile(path.join(repo, 'README.md'), 'B\n');
    git('commit', '--quiet', '--no-gpg-sign', '-am', 'main moved on');
    git('merge', '--quiet', '--no-ff', '--no-gpg-sign', '-m', 'merge', 'change');
    // main's own later change (README.md) is no part of the pull request.
    assert.deepEqual(pullRequestFiles(pullRequest, repo)?.sort(), ['content/new file.mdx', 'content/site.yaml']);
    assert.equal(pullRequestFiles({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push' }, repo), undefined, 'a push is no pull request');
    assert.equal(pullRequestFiles({ GITHUB_EVENT_NAME: 'pull_request' }, repo), undefined, 'not on GitHub Actions');
    assert.match(testSteps({ root: repo, node: '/usr/bin/node', env: pullRequest }).find((s) => s.name === 'lint')?.skip ?? '', /^this pull request changes only content\//);
  } finally {
    await rm(repo, { recursive: true, force: true });
  }
});

test('every step has a bounded timeout, and every node --test step bounds each test within it', () => {
  for (const s of steps) {
    assert.ok(Number.isFinite(s.timeout) && s.timeout > 0 && s.timeout <= 60 * 60_000, `${s.name}: ${s.timeout}`);
    const testTimeout = s.command.find((c) => c.startsWith('--test-timeout='));
    if (s.command.includes('--test')) {
      assert.ok(testTimeout, `${s.name} runs node --test without --test-timeout`);
      assert.ok(Number(testTimeout.split('=')[1]) < s.timeout, `${s.name}: a test's timeout is under the step's`);
    }
  }
  assert.equal(timedOutWords(10 * 60_000), 'timed out after 10 min');
  assert.equal(timedOutWords(90_000), 'timed out after 1.5 min');
  assert.equal(timedOutWords(300), 'timed out after 0.3 s');
});

test('the steps that read only the sources run together with the first build, the browser tools install beside the second build, and after it astro check, every gate and the browser tests', () => {
  // Every step, skipped or not: a step skipped here (the example content in a copy) still has its place.
  const order = batches(steps).map((b) => b.map((s) => s.name));
  const together = order.filter((b) => b.length > 1);
  assert.deepEqual(together, [
    ['content check', 'lint', 'unused code'],
    ['unit tests 1/3', 'unit tests 2/3', 'unit tests 3/3', 'example content', 'build'],
    ['build /handbook/', 'browser tools'],
    ['browser tests', 'browser crawl', 'lighthouse', 'astro check', 'html', 'tests types', 'csp', 'links', 'budgets', 'npm audit'],
  ]);
  // Three at once, so the two longest run from start to end and the rest follow one another beside them.
  assert.equal(atOnce['after builds'], 3);
  const at = (name: string) => order.findIndex((b) => b.includes(name));
  // The build's files are read only after it: by the site files step, and by the gates after the second build.
  assert.ok(at('build') < at('site files') && at('site files') < at('build /handbook/') && at('build /handbook/') < at('links'));
  // Never beside the unit tests, whose imports would find tests/node_modules/ half written.
  assert.ok(at('browser tools') > at('unit tests 1/3'));
  // astro check writes the data store a build bundles: never beside a build, in the full run or in --fast.
  const builds = ['build', 'build /handbook/'];
  for (const run of [steps, steps.filter((s) => s.fast)]) {
    const withCheck = batches(run).find((b) => b.some((s) => s.name === 'astro check'))!;
    assert.deepEqual(
      withCheck.filter((s) => builds.includes(s.name)),
      [],
      withCheck.map((s) => s.name).join(', '),
    );
  }
  assert.deepEqual(
    batches([{ group: 'a' }, { group: 'a' }, {}, { group: 'a' }]).map((b) => b.length),
    [2, 1, 1],
    'only consecutive steps of a group go together',
  );
});

test('a pool runs at most its limit at once, starts each next item as one ends, in the order given, and returns the results in that order', async () => {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  let running = 0;
  let most = 0;
  const items = ['a', 'b', 'c', 'd', 'e'];
  const done = pool(items, 2, async (item) => {
    started.push(item);
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => finish.set(item, resolve));
    running--;
    return item.toUpperCase();
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  await settle();
  assert.deepEqual(started, ['a', 'b']);
  // b ends first: c takes its place, a still running.
  finish.get('b')!();
  await settle();
  assert.deepEqual(started, ['a', 'b', 'c']);
  for (const item of ['a', 'c', 'd', 'e']) {
    finish.get(item)!();
    await settle();
  }
  assert.deepEqual(await done, ['A', 'B', 'C', 'D', 'E']);
  assert.deepEqual(started, items);
  assert.equal(most, 2);
  // A limit above the count runs every item at once; one under 1 still runs them, one at a time.
  let all = 0;
  await pool(items, 9, async () => {
    all++;
    await settle();
    assert.equal(all, items.length);
  });
  assert.deepEqual(await pool(items, 0, async (item) => item), items);
});

test('the five slowest steps, slowest first', () => {
  const timings = [3, 40, 1, 12, 7, 90, 2].map((seconds, i) => ({ name: `s${i}`, seconds }));
  assert.deepEqual(
    slowest(timings).map((t) => t.name),
    ['s5', 's1', 's3', 's4', 's0'],
  );
  assert.deepEqual(
    slowest(timings.slice(0, 2)).map((t) => t.name),
    ['s1', 's0'],
  );
});

test('the browser tools are installed when tests/node_modules is missing or older than tests/package-lock.json, and not otherwise', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-tools-'));
  try {
    await mkdir(path.join(dir, 'tests/node_modules'), { recursive: true });
    await writeFile(path.join(dir, 'tests/package-lock.json'), '{}');
    assert.equal(browserToolsSkip(dir), undefined, 'never installed');
    const installed = path.join(dir, 'tests/node_modules/.package-lock.json');
    await writeFile(installed, '{}');
    await utimes(path.join(dir, 'tests/package-lock.json'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    assert.match(browserToolsSkip(dir) ?? '', /up to date/);
    await utimes(installed, new Date(2019, 0, 1), new Date(2019, 0, 1));
    assert.equal(browserToolsSkip(dir), undefined, 'the lockfile changed since');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/** Whether a process still runs: not gone, and not a zombie left for its (dead) parent to reap. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

test('a step that runs past its timeout is killed with every process it started, and reported as timed out', async () => {
  // The step starts a child that would outlive it, prints the child's pid, and never ends by itself.
  const script = `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log('child ' + c.pid); setInterval(() => {}, 1000);`;
  // Long enough for Node to start and print the pid on a loaded machine (500 ms was not, once).
  const result = await runStep({ command: [process.execPath, '-e', script], timeout: 5000 }, { buffer: true, grace: 500 });
  assert.equal(result.timedOut, true);
  assert.equal(result.status, null);
  const child = Number(/child (\d+)/.exec(result.output)?.[1]);
  assert.ok(child > 0, result.output);
  // Killed with SIGKILL with its group; the kernel may take a moment to reap it, so poll, bounded.
  for (let i = 0; i < 50 && alive(child); i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(alive(child), false, "the step's child is gone too");
});

test('a step that ends in time reports its exit code and, buffered, everything it printed on both streams', async () => {
  const ok = await runStep({ command: [process.execPath, '-e', 'console.log("out"); console.error("err")'], timeout: 60_000 }, { buffer: true });
  assert.deepEqual([ok.status, ok.timedOut, ok.output.split('\n').filter(Boolean).sort()], [0, false, ['err', 'out']]);
  const failed = await runStep({ command: [process.execPath, '-e', 'process.exit(3)'], timeout: 60_000 }, { buffer: true });
  assert.deepEqual([failed.status, failed.timedOut], [3, false]);
  const missing = await runStep({ command: ['/nonexistent/rolebook-command'], timeout: 60_000 }, { buffer: true });
  assert.notEqual(missing.status, 0);
});
