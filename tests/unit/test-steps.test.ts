/** npm test's steps (scripts/lib/test-steps.ts): which run on a pull request, and which only in Rolebook's own repository. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exampleContentSkip, rolebookRepository, testSteps } from '../../scripts/lib/test-steps.ts';

const root = path.resolve(import.meta.dirname, '../..');
const steps = testSteps({ root, node: '/usr/bin/node', env: {} });
const step = (name: string) => steps.find((s) => s.name === name)!;

test('the fast steps, what a pull request runs: the content check first, then the tests, then the build', () => {
  assert.deepEqual(steps.filter((s) => s.fast).map((s) => [s.name, s.failure]), [
    ['content check', 'content'],
    ['unit tests', 'rolebook'],
    ['example content', 'rolebook'],
    ['astro check', 'follows-content'],
    ['build', 'follows-content'],
  ]);
  assert.deepEqual(step('unit tests').command, ['/usr/bin/node', '--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/unit/**/*.test.ts']);
  const browserTests = step('browser tests').command.filter((c) => c.startsWith('tests/'));
  assert.ok(browserTests.includes('tests/e2e/fork.test.ts'), browserTests.join(' '));
  assert.deepEqual(browserTests.filter((f) => f.startsWith('tests/e2e/gates/')), [], 'the gates are steps of their own');
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
