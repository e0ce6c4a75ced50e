/**
 * How `npm run build` replaces dist/ (scripts/lib/publish.ts), with a fake build step in place of
 * Astro: one build at a time, a failed build or a failed swap leaves the last good dist/, and
 * whatever a build leaves behind never breaks the next one.
 *
 * Failures a test cannot make on a real disk are made by the file operations passed in (a file
 * held open, as on Windows). Permissions are tested on the real disk, but tests run as root, whom
 * chmod does not stop: those builds run in a child process as the unprivileged user nobody
 * (uid 65534), for whom a read-only folder is read-only. As any other user they run as that user.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LockEnv } from '../../scripts/lib/build-lock.ts';
import { buildAndPublish, freeName, realFileSystem, type BuildOptions, type FileSystem } from '../../scripts/lib/publish.ts';

/**
 * publish.ts and the lock it takes, copied where the unprivileged user can read them: a checkout in
 * a private folder (a copy of the project in a temporary folder, as the fork test makes) is closed to it.
 */
const readableCopy = mkdtempSync(path.join(tmpdir(), 'rolebook-publish-module-'));
chmodSync(readableCopy, 0o755);
for (const name of ['publish.ts', 'build-lock.ts']) copyFileSync(path.resolve(import.meta.dirname, '../../scripts/lib', name), path.join(readableCopy, name));
after(() => rmSync(readableCopy, { recursive: true, force: true }));
const publishModule = pathToFileURL(path.join(readableCopy, 'publish.ts')).href;
const machine = (pid: number): LockEnv => ({ pid, host: 'laptop', now: () => new Date(2026, 11, 1, 14, 2, 11), alive: () => true, processStart: () => undefined });

async function withProject(run: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-publish-'));
  try {
    await run(dir);
  } finally {
    await chmod(dir, 0o755).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}

/** A site of two pages whose text says which build made it. */
async function writeSite(dir: string, text: string) {
  await mkdir(path.join(dir, 'roles'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), text);
  await writeFile(path.join(dir, 'roles', 'index.html'), `${text} roles`);
}
const fakeBuild = (text: string) => async (next: string) => {
  await writeSite(next, text);
  return 0;
};
/** dist/'s pages, or undefined when it is missing. */
const siteIn = async (dir: string) => {
  try {
    return [await readFile(path.join(dir, 'index.html'), 'utf8'), await readFile(path.join(dir, 'roles', 'index.html'), 'utf8')];
  } catch {
    return undefined;
  }
};
/** The project folder's entries apart from node_modules (the lock's home). */
const entries = async (dir: string) => (await readdir(dir)).filter((n) => n !== 'node_modules').sort();

async function build(dir: string, options: Partial<BuildOptions> & Pick<BuildOptions, 'build'>) {
  const said: string[] = [];
  const warned: string[] = [];
  const status = await buildAndPublish({ root: dir, out: 'dist', say: (l) => said.push(l), warn: (l) => warned.push(l), lockEnv: machine(process.pid), ...options });
  return { status, said, warned };
}

/** Real file operations, except that those `fail` names throw an error with that code. */
const failing = (fail: { rename?: (from: string, to: string) => string | undefined; rm?: (target: string) => string | undefined }): FileSystem => ({
  ...realFileSystem,
  rename: async (from, to) => {
    const code = fail.rename?.(path.basename(from), path.basename(to));
    if (code) throw Object.assign(new Error(`${code}: resource busy or locked, rename '${from}' -> '${to}'`), { code });
    return realFileSystem.rename(from, to);
  },
  rm: async (target, options) => {
    const code = fail.rm?.(path.basename(target));
    if (code) throw Object.assign(new Error(`${code}: resource busy or locked, rm '${target}'`), { code });
    return realFileSystem.rm(target, options);
  },
});

test('a build publishes into dist/, then replaces it, leaving nothing else behind', () =>
  withProject(async (dir) => {
    assert.deepEqual(await build(dir, { build: fakeBuild('first') }), { status: 0, said: [], warned: [] });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['first', 'first roles']);
    let staged = '';
    const second = await build(dir, {
      build: async (next) => {
        staged = path.basename(next);
        return fakeBuild('second')(next);
      },
    });
    assert.equal(second.status, 0);
    assert.equal(staged, '.dist-next');
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['second', 'second roles']);
    assert.deepEqual(await entries(dir), ['dist']);
    assert.deepEqual(await readdir(path.join(dir, 'node_modules', '.cache', 'rolebook')), [], 'the lock is released');
  }));

test('a build that fails publishes nothing and leaves no staging folder', () =>
  withProject(async (dir) => {
    await build(dir, { build: fakeBuild('good') });
    const failed = await build(dir, {
      build: async (next) => {
        await writeSite(next, 'half');
        return 1;
      },
    });
    assert.deepEqual(failed, { status: 1, said: [], warned: ['\nNothing was published: dist/ still holds the last build that succeeded.'] });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['good', 'good roles']);
    assert.deepEqual(await entries(dir), ['dist']);
  }));

test('two builds at once: the second stops at once, saying which build runs, and touches nothing', () =>
  withProject(async (dir) => {
    await build(dir, { build: fakeBuild('good') });
    let finish = () => {};
    let started = () => {};
    const building = new Promise<void>((resolve) => {
      started = resolve;
    });
    const first = build(dir, {
      lockEnv: machine(1234),
      build: async (next) => {
        await writeSite(next, 'first');
        started();
        await new Promise<void>((r) => {
          finish = r;
        });
        return 0;
      },
    });
    await building;
    let ran = false;
    const second = await build(dir, {
      lockEnv: machine(5678),
      out: 'dist-base',
      build: async () => {
        ran = true;
        return 0;
      },
    });
    assert.deepEqual(second, { status: 1, said: [], warned: ['Another build of this handbook is running (process 1234, started 14:02:11). Wait for it to finish, then run npm run build again.'] });
    assert.equal(ran, false, 'the --outDir dist-base build waits for the same lock');
    assert.deepEqual(await entries(dir), ['.dist-next', 'dist'], "the first build's staging folder is left alone");
    finish();
    assert.equal((await first).status, 0);
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['first', 'first roles']);
  }));

test('dist/ held by another program: said once in plain words, dist/ kept, and the next build works', () =>
  withProject(async (dir) => {
    await build(dir, { build: fakeBuild('good') });
    const held = await build(dir, { build: fakeBuild('new'), fs: failing({ rename: (from) => (from === 'dist' ? 'EBUSY' : undefined) }) });
    assert.deepEqual(held, {
      status: 1,
      said: [],
      warned: [
        '\nThe new site was built, but dist/ could not be replaced with it: a file in dist/ is open in another program (EBUSY).\nNothing was published: dist/ still holds the last build that succeeded. Close whatever is using dist/ (a preview server, an editor, a file window) or make it writable, then run npm run build again.',
      ],
    });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['good', 'good roles']);
    assert.deepEqual(await entries(dir), ['dist']);
    assert.deepEqual(await build(dir, { build: fakeBuild('new') }), { status: 0, said: [], warned: [] });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['new', 'new roles']);
  }));

test('the new site cannot be moved in: the last one is put back', () =>
  withProject(async (dir) => {
    await build(dir, { build: fakeBuild('good') });
    const failed = await build(dir, { build: fakeBuild('new'), fs: failing({ rename: (from) => (from === '.dist-next' ? 'EPERM' : undefined) }) });
    assert.deepEqual(failed.warned, ['\nThe new site was built, but could not be moved into dist/: a file in dist/ is open in another program, or dist/ is read-only (EPERM).\nNothing was published: dist/ still holds the last build that succeeded.']);
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['good', 'good roles']);
    assert.deepEqual(await entries(dir), ['dist']);
  }));

test('an old site that cannot be deleted is a note, never a failure, and later builds carry on beside it', () =>
  withProject(async (dir) => {
    await build(dir, { build: fakeBuild('one') });
    const stuck = failing({ rm: (target) => (target === '.dist-previous' ? 'EBUSY' : undefined) });
    const first = await build(dir, { build: fakeBuild('two'), fs: stuck });
    assert.deepEqual(first, { status: 0, said: ['The new site is in dist/, but the last one could not be deleted from .dist-previous/: a file in .dist-previous/ is open in another program (EBUSY). The next build tries again.'], warned: [] });
    const second = await build(dir, { build: fakeBuild('three'), fs: stuck });
    assert.deepEqual(second, { status: 0, said: ['Could not delete .dist-previous/, left by an earlier build: a file in .dist-previous/ is open in another program (EBUSY). Delete it when you can; builds carry on without it.'], warned: [] });
    assert.deepEqual(await entries(dir), ['.dist-previous', 'dist'], 'the second old site went to .dist-previous-1 and was deleted');
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['three', 'three roles']);
    assert.deepEqual(await build(dir, { build: fakeBuild('four') }), { status: 0, said: [], warned: [] });
    assert.deepEqual(await entries(dir), ['dist'], 'once it can be deleted, it is');
  }));

test('a build stopped between moving dist/ aside and moving the new site in: the next build puts the last site back first', () =>
  withProject(async (dir) => {
    await writeSite(path.join(dir, '.dist-previous'), 'last good');
    await writeSite(path.join(dir, '.dist-next'), 'half');
    const failed = await build(dir, { build: async () => 1 });
    assert.deepEqual(failed.said, ['Put the last published site back into dist/: a build stopped while replacing it and had left it in .dist-previous/.']);
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['last good', 'last good roles']);
    assert.deepEqual(await entries(dir), ['dist']);
  }));

test('a lock that cannot be written stops the build before it starts, in plain words', () =>
  withProject(async (dir) => {
    await writeFile(path.join(dir, 'node_modules'), 'not a folder');
    let ran = false;
    const run = await build(dir, {
      build: async () => {
        ran = true;
        return 0;
      },
    });
    assert.equal(ran, false);
    assert.deepEqual(run.warned, [`The build could not start: its lock in node_modules/.cache/rolebook/ could not be written (ENOTDIR: not a directory, mkdir '${path.join(dir, 'node_modules/.cache/rolebook')}'). Run npm install, then npm run build again.`]);
    assert.equal(run.status, 1);
  }));

test('leftover names: the usual one, or the first number free', () => {
  assert.equal(freeName('.dist-next', new Set()), '.dist-next');
  assert.equal(freeName('.dist-next', new Set(['.dist-next', '.dist-next-1', '.dist-previous'])), '.dist-next-2');
});

// On the real disk, as a user whom permissions stop.
const asRoot = process.getuid?.() === 0;
const unprivileged = asRoot ? { uid: 65534, gid: 65534 } : {};

async function ownTree(target: string) {
  if (!asRoot) return;
  await chown(target, 65534, 65534);
  for (const entry of await readdir(target, { withFileTypes: true, recursive: true })) await chown(path.join(entry.parentPath, entry.name), 65534, 65534);
}

/** One build in a child process as that user; `afterBuild` runs inside the fake build step, after it wrote the site. */
function buildAsUser(dir: string, afterBuild = '') {
  const code = `
    import { buildAndPublish } from ${JSON.stringify(publishModule)};
    import { chmod, mkdir, writeFile } from 'node:fs/promises';
    import path from 'node:path';
    const said = [];
    const status = await buildAndPublish({
      root: ${JSON.stringify(dir)}, out: 'dist', say: (l) => said.push(l), warn: (l) => said.push(l),
      build: async (next) => {
        await mkdir(path.join(next, 'roles'), { recursive: true });
        await writeFile(path.join(next, 'index.html'), 'new');
        await writeFile(path.join(next, 'roles', 'index.html'), 'new roles');
        ${afterBuild}
        return 0;
      },
    });
    console.log(JSON.stringify({ status, said }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', ...unprivileged });
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as { status: number; said: string[] };
}

test('on disk: a read-only dist/ is replaced, and the old one deleted', { skip: process.platform === 'win32' }, () =>
  withProject(async (dir) => {
    await writeSite(path.join(dir, 'dist'), 'old');
    await ownTree(dir);
    for (const file of ['dist/index.html', 'dist/roles/index.html']) await chmod(path.join(dir, file), 0o444);
    for (const folder of ['dist/roles', 'dist']) await chmod(path.join(dir, folder), 0o555);
    assert.deepEqual(buildAsUser(dir), { status: 0, said: [] });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['new', 'new roles']);
    assert.deepEqual(await entries(dir), ['dist']);
  }),
);

test('on disk: the project folder read-only at the swap fails once, keeps dist/, and the next build recovers by itself', { skip: process.platform === 'win32' }, () =>
  withProject(async (dir) => {
    await writeSite(path.join(dir, 'dist'), 'old');
    await ownTree(dir);
    const failed = buildAsUser(dir, `await chmod(${JSON.stringify(dir)}, 0o555);`);
    assert.deepEqual(failed, {
      status: 1,
      said: [
        '\nThe new site was built, but dist/ could not be replaced with it: this user may not change dist/ or the folder it is in (EACCES).\nNothing was published: dist/ still holds the last build that succeeded. Close whatever is using dist/ (a preview server, an editor, a file window) or make it writable, then run npm run build again.',
      ],
    });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['old', 'old roles']);
    assert.deepEqual(await entries(dir), ['.dist-next', 'dist'], 'the staging folder could not be deleted either');
    await chmod(dir, 0o755);
    assert.deepEqual(buildAsUser(dir), { status: 0, said: [] });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['new', 'new roles']);
    assert.deepEqual(await entries(dir), ['dist']);
  }),
);

test("on disk: an old site another user's build left (sudo npm run build) is a note, and builds carry on", { skip: process.platform === 'win32' || !asRoot }, () =>
  withProject(async (dir) => {
    await writeSite(path.join(dir, 'dist'), 'old');
    await ownTree(dir);
    await writeSite(path.join(dir, '.dist-previous'), "root's"); // made by root, so nobody can neither delete nor chmod it
    const run = buildAsUser(dir);
    assert.deepEqual(run, { status: 0, said: ['Could not delete .dist-previous/, left by an earlier build: this user may not change .dist-previous/ or the folder it is in (EACCES). Delete it when you can; builds carry on without it.'] });
    assert.deepEqual(await siteIn(path.join(dir, 'dist')), ['new', 'new roles']);
    assert.deepEqual(await entries(dir), ['.dist-previous', 'dist']);
  }),
);
