/**
 * One build at a time per checkout (scripts/lib/build-lock.ts): a second build is told who is
 * building; a lock left by a build that died is taken over with a note; a lock goes when its
 * process exits, however it exits.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { acquireLock, clockTime, lockFile, processStartOf, thisMachine, type LockEnv } from '../../scripts/lib/build-lock.ts';

const lockModule = pathToFileURL(path.resolve(import.meta.dirname, '../../scripts/lib/build-lock.ts')).href;
const at = new Date(2026, 11, 1, 14, 2, 11);
/** A machine where every process the test names is alive, and none has been replaced. */
const machine = (pid: number, overrides: Partial<LockEnv> = {}): LockEnv => ({ pid, host: 'laptop', now: () => at, alive: () => true, processStart: (p) => `start-of-${p}`, ...overrides });

async function withDir(run: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-lock-'));
  try {
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('the second build is told which build is running, and gets the lock once the first releases it', () =>
  withDir(async (dir) => {
    const file = lockFile(dir);
    const first = acquireLock(file, machine(1234));
    assert.ok(first.held);
    assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), { pid: 1234, started: at.toISOString(), host: 'laptop', processStart: 'start-of-1234' });
    const second = acquireLock(file, machine(5678));
    assert.equal(second.held, false);
    assert.equal(!second.held && second.message, 'Another build of this handbook is running (process 1234, started 14:02:11). Wait for it to finish, then run npm run build again.');
    first.release();
    assert.equal(existsSync(file), false);
    const third = acquireLock(file, machine(5678));
    assert.ok(third.held && third.note === undefined);
    third.release();
  }));

test('a lock whose process is gone, or whose process id now belongs to another process, is taken over with a note', () =>
  withDir(async (dir) => {
    const file = lockFile(dir);
    acquireLock(file, machine(1234));
    const after = acquireLock(file, machine(5678, { alive: (p) => p !== 1234 }));
    assert.ok(after.held);
    assert.equal(after.note, 'A build that stopped before finishing (process 1234, started 14:02:11) left its lock behind; this build goes ahead.');
    assert.equal(JSON.parse(await readFile(file, 'utf8')).pid, 5678);
    // The same id, alive, but started at another moment: a container restarted and reused it.
    const reused = acquireLock(file, machine(9999, { processStart: (p) => (p === 5678 ? 'later' : `start-of-${p}`) }));
    assert.ok(reused.held);
    assert.match(reused.note ?? '', /^A build that stopped before finishing \(process 5678, /);
    reused.release();
  }));

test('a lock from another machine sharing the folder is respected; an empty or broken one is taken over', () =>
  withDir(async (dir) => {
    const file = lockFile(dir);
    acquireLock(file, machine(1234, { host: 'build-server' }));
    assert.equal(acquireLock(file, machine(5678, { alive: () => false })).held, false, 'its process cannot be asked about');
    await writeFile(file, '');
    const taken = acquireLock(file, machine(5678));
    assert.ok(taken.held);
    assert.equal(taken.note, 'An earlier build left an unreadable lock behind; this build goes ahead.');
    taken.release();
  }));

test('release removes only its own lock: one taken over since belongs to the build that took it', () =>
  withDir(async (dir) => {
    const file = lockFile(dir);
    const old = acquireLock(file, machine(1234));
    assert.ok(old.held);
    const next = acquireLock(file, machine(5678, { alive: (p) => p !== 1234 }));
    assert.ok(next.held);
    old.release();
    assert.equal(JSON.parse(await readFile(file, 'utf8')).pid, 5678);
    next.release();
    assert.equal(existsSync(file), false);
  }));

/** A build process in miniature: takes the lock, then does what `end` says. */
const holder = (file: string, end: string) =>
  `import { acquireLock } from ${JSON.stringify(lockModule)};
   const lock = acquireLock(${JSON.stringify(file)});
   console.log(lock.held ? 'held' : lock.message);
   ${end}`;
const node = (code: string) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });

test('the lock is released when its process exits: normally, by process.exit, or by an uncaught error', () =>
  withDir(async (dir) => {
    const file = lockFile(dir);
    for (const end of ['', 'process.exit(3);', "throw new Error('boom');", 'process.exitCode = 1; setTimeout(() => {}, 10);']) {
      const run = node(holder(file, end));
      assert.equal(run.stdout, 'held\n', run.stderr);
      assert.equal(existsSync(file), false, `released after: ${end || 'a normal end'}`);
    }
  }));

test('a build killed outright leaves its lock, and the next build takes it over', { skip: process.platform === 'win32' }, () =>
  withDir(async (dir) => {
    const file = lockFile(dir);
    const child = spawn(process.execPath, ['--input-type=module', '-e', holder(file, 'setInterval(() => {}, 1000);')], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const busy = acquireLock(file);
    assert.equal(busy.held, false);
    assert.match(!busy.held ? busy.message : '', new RegExp(`^Another build of this handbook is running \\(process ${child.pid}, started \\d\\d:\\d\\d:\\d\\d\\)\\.`));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    assert.ok(existsSync(file), 'SIGKILL leaves no time to release');
    const next = acquireLock(file, thisMachine);
    assert.ok(next.held);
    assert.match(next.note ?? '', new RegExp(`^A build that stopped before finishing \\(process ${child.pid}, started \\d\\d:\\d\\d:\\d\\d\\) left its lock behind; this build goes ahead\\.$`));
    next.release();
  }),
);

test('builds started at the same moment: exactly one holds the lock', () =>
  withDir(async (dir) => {
    const file = lockFile(dir);
    // Each holds what it got until every one has answered: no race is left to the clock.
    const code = holder(file, "process.stdin.resume(); await new Promise((r) => process.stdin.once('end', r));");
    const children = Array.from({ length: 4 }, () => spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const answers = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = '';
            child.stdout.on('data', (d) => {
              out += d;
              if (out.endsWith('\n')) resolve(out);
            });
          }),
      ),
    );
    const exited = children.map((child) => new Promise((resolve) => child.once('exit', resolve)));
    for (const child of children) child.stdin.end();
    await Promise.all(exited);
    assert.equal(answers.filter((r) => r === 'held\n').length, 1, answers.join(''));
    assert.equal(answers.filter((r) => r.startsWith('Another build of this handbook is running')).length, 3);
    assert.equal(existsSync(file), false);
  }));

test('the start of a process is read past a command name with spaces and brackets; times name the day when it was not today', () => {
  const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
  assert.equal(processStartOf(`77 (node (build) x) ${fields.join(' ')}`), '22');
  assert.equal(clockTime(at, new Date(2026, 11, 1, 18, 0, 0)), '14:02:11');
  assert.equal(clockTime(at, new Date(2026, 11, 2, 9, 0, 0)), '2026-12-01 14:02:11');
  if (process.platform === 'linux') assert.match(thisMachine.processStart(process.pid) ?? '', /^\d+$/);
});
