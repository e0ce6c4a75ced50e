/**
 * package-lock.json stays as it is on a newcomer's `npm install`, whichever npm they have: the npm
 * 10 that comes with Node 20 and 22, or npm 11 or 12. tests/e2e/install.test.ts runs the machine's
 * npm; this holds the lockfile's form, which decides it for the npms that machine does not have.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Locked {
  version?: string;
  resolved?: string;
  libc?: string[];
}
const locked = (JSON.parse(read('package-lock.json')) as { packages: Record<string, Locked> }).packages;
const manifest = JSON.parse(read('package.json')) as { allowScripts?: Record<string, boolean> };

test('the lockfile has no libc fields: npm 10 drops them, so a lockfile written by npm 11 changes on every install with Node 20 or 22', () => {
  // To fix: `npx npm@10 install --package-lock-only` writes it again without them; npm 11 and 12 keep it so.
  assert.deepEqual(
    Object.keys(locked).filter((name) => locked[name]!.libc),
    [],
  );
});

test('the lockfile names no registry addresses, as .npmrc has every npm write it', () => {
  assert.deepEqual(
    Object.keys(locked).filter((name) => locked[name]!.resolved),
    [],
  );
});

test('.nvmrc names the Node the lockfile installs, so the workflows run the Node that npm run uses', () => {
  assert.equal(read('.nvmrc').trim(), locked['node_modules/node']!.version);
});

test('the node package may run its install script: npm 12 skips scripts not in allowScripts, and that one installs Node 22', () => {
  assert.equal(manifest.allowScripts?.['node'], true);
});

const toolsLock = (JSON.parse(read('tests/package-lock.json')) as { packages: Record<string, Locked> }).packages;
const toolsManifest = JSON.parse(read('tests/package.json')) as { private?: boolean; devDependencies?: Record<string, string>; allowScripts?: Record<string, boolean> };
const rootManifest = JSON.parse(read('package.json')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const browserTools = ['axe-core', 'html-validate', 'lighthouse', 'playwright-core', 'vnu-jar'];

test('the browser tools are installed apart (tests/package.json), so the root install a pull request runs has none of them', () => {
  assert.equal(toolsManifest.private, true);
  // Beside them, the TypeScript that checks the code using them: the native compiler, a major above
  // the root's, which astro check holds back, under a name of its own so that 'typescript' imported
  // from tests/ stays the root's, whose API a unit test uses (7 has none).
  assert.deepEqual(Object.keys(toolsManifest.devDependencies ?? {}).sort(), [...browserTools, 'typescript-native'].sort());
  const native = /^npm:typescript@\D*(\d+)/.exec(toolsManifest.devDependencies?.['typescript-native'] ?? '');
  const root = /\d+/.exec(rootManifest.devDependencies?.['typescript'] ?? '');
  assert.ok(native && root && Number(native[1]) > Number(root[0]), 'the tests check their types with a later TypeScript than the root');
  const rootNames = [...Object.keys(rootManifest.dependencies ?? {}), ...Object.keys(rootManifest.devDependencies ?? {})];
  assert.deepEqual(
    rootNames.filter((name) => browserTools.includes(name)),
    [],
  );
  assert.deepEqual(
    Object.keys(locked).filter((name) => browserTools.some((tool) => name === `node_modules/${tool}`)),
    [],
    'package-lock.json installs none of them',
  );
});

test("tests/package-lock.json has the root lockfile's form: no libc fields, no registry addresses", () => {
  assert.deepEqual(
    Object.keys(toolsLock).filter((name) => toolsLock[name]!.libc || toolsLock[name]!.resolved),
    [],
  );
  // npm install --prefix tests reads tests/.npmrc, not the root's: it must say the same.
  const settings = (file: string) =>
    read(file)
      .split('\n')
      .filter((line) => /^[a-z-]+=/.test(line))
      .sort();
  assert.deepEqual(settings('tests/.npmrc'), settings('.npmrc'));
});

test('vnu-jar may not run its install script, which would download a Java runtime nothing uses', () => {
  assert.equal(toolsManifest.allowScripts?.['vnu-jar'], false);
});
