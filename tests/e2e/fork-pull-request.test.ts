/**
 * A fork's pull request is green whenever its content is right: a copy of the repository edited
 * the way the editing guide says (the example openings deleted, another company in site.yaml and
 * hiring.yaml, one pay zone fewer and another default zone, a role added with `npm run new`) passes
 * the content check, and Rolebook's own unit tests pass in it, run exactly as npm test runs them.
 * They read fixtures, never content/, so what a fork writes there cannot break them.
 *
 * Not a unit test: it runs the unit tests, so in tests/unit/ it would run itself.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { testSteps } from '../../scripts/lib/test-steps.ts';
import { copyCheckout, type ProjectCopy } from './helpers/project-copy.ts';

const company = 'Gruber Logistik GmbH';
let fork: ProjectCopy;

/**
 * The environment of an editor's own machine: nothing from GitHub Actions or the build's settings,
 * and not the test runner's NODE_TEST_CONTEXT, with which a nested `node --test` runs nothing.
 */
function plainEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|ROLEBOOK_|NODE_TEST_CONTEXT$)/.test(name)));
}

function run(command: string[]) {
  return spawnSync(command[0]!, command.slice(1), { cwd: fork.dir, encoding: 'utf8', env: { ...plainEnv(), CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

async function edit(file: string, change: (text: string) => string) {
  const before = await fork.read(file);
  const after = change(before);
  assert.notEqual(after, before, `the edit of ${file} changed nothing`);
  await fork.write(file, after);
}

before(async () => {
  fork = await copyCheckout();
  // "Post an opening": delete the two example openings.
  for (const example of await readdir(fork.file('content/openings'))) await rm(fork.file(`content/openings/${example}`));
  // "Rename the company", in site.yaml and in hiring.yaml's sentences only the company can write.
  await edit('content/site.yaml', (text) =>
    text
      .replace(/name: Northwind Labs/, `name: ${company}`)
      .replace(/website: \S+/, 'website: https://gruber.example')
      .replace(/about: >-\n(?: {4}.*\n)+/, 'about: Gruber Logistik plans freight routes for mid-sized hauliers from offices in Hamburg and Leipzig.\n'),
  );
  await edit('content/hiring.yaml', (text) => text.replaceAll('Northwind Labs', company).replaceAll('northwind.example', 'gruber.example'));
  // "Set the pay table": no one hired in the United Kingdom, Western Europe shown first. No text
  // of the example names a zone, so no page needs to change with it.
  await edit('content/pay.yaml', (text) =>
    text
      .replace(/^ {2}- id: uk\n(?: {4}.*\n)+/m, '')
      .replace(/^ {6}uk: \{.*\}\n/gm, '')
      .replace(/^defaultZone: us$/m, 'defaultZone: western-europe'),
  );
  await edit('content/hiring.yaml', (text) => text.replace(/^(remoteCountries: \[.*), GB\]$/m, '$1]'));
  // "Add a role": a new role and its first level, TODOs and all.
  for (const args of [['role', 'data-engineer', '--title', 'Data Engineer'], ['level', 'data-engineer/junior']]) {
    const made = run([process.execPath, 'scripts/new.ts', ...args]);
    assert.equal(made.status, 0, `npm run new -- ${args.join(' ')} failed:\n${made.stdout}\n${made.stderr}`);
  }
});
after(() => fork?.remove());

test("the fork's content is right: the content check finds no errors, and nothing of the example company is left", () => {
  const check = run([process.execPath, 'scripts/check.ts']);
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /^Content check: 0 errors, \d+ warnings in \d+ files\.$/m);
  assert.doesNotMatch(check.stdout, /Northwind|northwind|zone="uk"|uk:/);
  assert.ok(check.stdout.includes('content/roles/data-engineer.mdx'), 'the new role is checked (its TODOs are warnings)');
});

test("Rolebook's unit tests pass in the fork, run as npm test runs them", () => {
  const steps = testSteps({ root: fork.dir, node: process.execPath, env: {} });
  const unit = steps.find((s) => s.name === 'unit tests')!;
  const result = run(unit.command);
  const tail = `${result.stdout}\n${result.stderr}`.split('\n').slice(-60).join('\n');
  assert.equal(result.status, 0, `the unit tests failed in the fork:\n${tail}`);
  assert.match(result.stdout, /^ℹ fail 0$/m);
  // In the fork, the tests of Rolebook's example content do not run: there is no example to test.
  assert.match(steps.find((s) => s.name === 'example content')!.skip ?? '', /^this checkout is not Rolebook's own workspace/);
  const onGitHub = testSteps({ root: fork.dir, node: process.execPath, env: { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'gruber-logistik/handbuch' } });
  assert.match(onGitHub.find((s) => s.name === 'example content')!.skip ?? '', /^gruber-logistik\/handbuch is a copy of Rolebook/);
});
