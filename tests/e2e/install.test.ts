/**
 * The README's first command on a fresh clone: `npm install` prints no warnings a newcomer would
 * have to decode (npm on Node 20 warns about every dependency that declares Node 22, though none of
 * them ever runs on it), installs the project's own Node 22, and leaves `git status` empty, first
 * with the machine's Node and npm, then again with the project's Node 22 first on PATH, as on a
 * machine with Node 22. Tarballs come from npm's cache (--prefer-offline), filled by the install
 * that came before the tests.
 *
 * The lockfile's form is held by tests/unit/npm-setup.test.ts; this runs the npm the machine has.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { copyCheckout, type ProjectCopy } from './helpers/project-copy.ts';

let clone: ProjectCopy;

// The machine's own PATH: without the folders npm puts first while it runs these tests (every
// node_modules/.bin), where `node` is the project's Node 22.
const machinePath = (process.env['PATH'] ?? '')
  .split(path.delimiter)
  .filter((dir) => !dir.split(path.sep).includes('node_modules'))
  .join(path.delimiter);

/**
 * A newcomer's environment: npm's own variables from the `npm test` that runs this test are left
 * out (npm_config_local_prefix would point npm at this checkout), except where the user's settings
 * and npm's cache are.
 */
function newcomerEnv(PATH: string): NodeJS.ProcessEnv {
  const kept = ['npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_cache'];
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) || kept.includes(name)));
  return { ...env, PATH };
}

function install(PATH: string) {
  const run = spawnSync('npm', ['install', '--prefer-offline'], { cwd: clone.dir, encoding: 'utf8', env: newcomerEnv(PATH), maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  assert.equal(run.status, 0, `npm install failed:\n${run.stdout}\n${run.stderr}`);
  return `${run.stdout}\n${run.stderr}`;
}

/** Lines a newcomer would read as something wrong or something to do. */
const alarming = (output: string) => output.split('\n').filter((line) => /warn|unsupported|engine|deprecated|vulnerabilit|funding|notice|npm audit|npm fund/i.test(line));

const gitStatus = () => execFileSync('git', ['status', '--porcelain'], { cwd: clone.dir, encoding: 'utf8', timeout: 60_000 });
const lockedNode = () => (JSON.parse(readFileSync(clone.file('package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> }).packages['node_modules/node']!.version;

before(async () => {
  clone = await copyCheckout({ install: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: clone.dir, stdio: 'ignore', timeout: 60_000 });
  git('init', '--quiet');
  git('add', '--all');
  git('-c', 'user.name=Newcomer', '-c', 'user.email=newcomer@example.com', 'commit', '--quiet', '--no-gpg-sign', '--message', 'fresh clone');
});
after(() => clone?.remove());

test("npm install with the machine's Node prints no warning, installs the project's Node 22 and changes no tracked file", () => {
  const machineNode = execFileSync('node', ['--version'], { encoding: 'utf8', env: { ...process.env, PATH: machinePath }, timeout: 30_000 }).trim();
  assert.deepEqual(alarming(install(machinePath)), [], `npm install on ${machineNode}`);
  assert.equal(execFileSync(clone.file('node_modules/.bin/node'), ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim(), `v${lockedNode()}`);
  assert.equal(gitStatus(), '', `git status after npm install on ${machineNode}`);
});

test('npm install again with Node 22 first on PATH prints no warning and changes no tracked file', () => {
  const node22 = [clone.file('node_modules/node/bin'), machinePath].join(path.delimiter);
  assert.deepEqual(alarming(install(node22)), []);
  assert.equal(gitStatus(), '', 'git status after npm install on Node 22');
});
