/**
 * npm test's steps and the words a failed run ends with (scripts/lib/test-steps.ts): a fork's
 * editor must be able to tell errors in their content from Rolebook failing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closingWords, exampleContentSkip, rolebookRepository, testSteps, type Ran, type Step } from '../../scripts/lib/test-steps.ts';

const root = path.resolve(import.meta.dirname, '../..');
const steps = testSteps({ root, node: '/usr/bin/node', env: {} });
const step = (name: string) => steps.find((s) => s.name === name)!;
const ran = (...results: [string, number | null][]): Ran[] => results.map(([name, status]) => ({ step: step(name), status }));
const issues = 'report it at https://github.com/rolebook/rolebook/issues.';

test('the fast steps, what a pull request runs: the content check first, then lint and unused code, then the tests, then the build', () => {
  assert.deepEqual(steps.filter((s) => s.fast).map((s) => [s.name, s.failure]), [
    ['content check', 'content'],
    ['lint', 'rolebook'],
    ['unused code', 'rolebook'],
    ['unit tests', 'rolebook'],
    ['example content', 'rolebook'],
    ['astro check', 'follows-content'],
    ['build', 'follows-content'],
    ['site files', 'rolebook'],
  ]);
  assert.deepEqual(step('unit tests').command, ['/usr/bin/node', '--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/unit/**/*.test.ts']);
  // The fork's proof runs the unit tests in a copy of the project, so it is not a unit test itself.
  const browserTests = step('browser tests').command.filter((c) => c.startsWith('tests/'));
  assert.ok(browserTests.includes('tests/e2e/fork-pull-request.test.ts'), browserTests.join(' '));
  assert.deepEqual(browserTests.filter((f) => f.startsWith('tests/e2e/gates/')), [], 'the gates are steps of their own');
});

test('every step passed: nothing to add', () => {
  assert.deepEqual(closingWords(ran(['content check', 0], ['unit tests', 0], ['astro check', 0], ['build', 0])), {});
});

test('errors in the content: the editor is sent to the lines, and the build that stopped on them is not blamed on Rolebook', () => {
  const results = ran(['content check', 1], ['unit tests', 0], ['astro check', 0], ['build', 1]);
  assert.deepEqual(closingWords(results), {
    content: 'The content check found errors in your content: each one is listed above with its file and line. Fix those lines (build stopped on the same errors).',
  });
  assert.deepEqual(closingWords(results, { github: true }), {
    content: 'The content check found errors in your content: each one is listed above with its file and line, and marked on that line under "Files changed". Fix those lines (build stopped on the same errors).',
  });
});

test('Rolebook failing with content that has no errors says so plainly, and where to report it', () => {
  assert.deepEqual(closingWords(ran(['content check', 0], ['unit tests', 1], ['example content', 1], ['astro check', 0], ['build', 0])), {
    rolebook: `Rolebook's own tests failed (unit tests and example content): this is not caused by your content, in which the content check found no errors. Tell whoever maintains your copy of Rolebook, with a link to this run, or ${issues}`,
  });
  assert.deepEqual(closingWords(ran(['content check', 0], ['unit tests', 0], ['astro check', 2], ['build', 1])).rolebook, `Rolebook's own tests failed (astro check and build): this is not caused by your content, in which the content check found no errors. Tell whoever maintains your copy of Rolebook, with a link to this run, or ${issues}`);
});

test('both at once: the content errors for the editor, the unit tests for Rolebook', () => {
  assert.deepEqual(closingWords(ran(['content check', 1], ['unit tests', 1], ['astro check', 1], ['build', 1])), {
    content: 'The content check found errors in your content: each one is listed above with its file and line. Fix those lines (astro check and build stopped on the same errors).',
    rolebook: `Rolebook's own tests failed (unit tests): this is not caused by your content. Tell whoever maintains your copy of Rolebook, with a link to this run, or ${issues}`,
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
  assert.equal(
    exampleContentSkip({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/handbook' }, root),
    "acme/handbook is a copy of Rolebook, so content/ is its own handbook, which the content check checks; these tests of Rolebook's example content run in rolebook/rolebook",
  );
  const workspace = await mkdtemp(path.join(tmpdir(), 'rolebook-workspace-'));
  try {
    await mkdir(path.join(workspace, 'checkout'));
    const checkout = path.join(workspace, 'checkout');
    assert.equal(
      exampleContentSkip({}, checkout),
      "this checkout is not Rolebook's own workspace (no ../shared/seeds beside it), so content/ may be a copy's own handbook, which the content check checks; these tests of Rolebook's example content run in rolebook/rolebook",
    );
    await mkdir(path.join(workspace, 'shared/seeds'), { recursive: true });
    assert.equal(exampleContentSkip({}, checkout), undefined);
    assert.equal(step('example content').skip, exampleContentSkip({}, root), 'the step asks the same question of the checkout it runs in');
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
});
