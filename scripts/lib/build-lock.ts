/**
 * One build at a time per checkout. Two builds of the same checkout collide on far more than
 * dist/: both write .astro/ and Astro's data store in node_modules/.astro/, Vite's
 * node_modules/.vite/ and the staging folders, and each clears what the other is writing. The
 * `--outDir dist-base` build shares all of that, so there is one lock per checkout, not per output
 * folder. It lives in node_modules/.cache/rolebook/ beside the check's cache: copies of the project
 * that link node_modules (tests/e2e/helpers/project-copy.ts) share those caches, and so the lock.
 *
 * The lock is a file created only if it does not exist (the `wx` flag, atomic on every local file
 * system), holding who took it. A lock whose process has gone (killed, or the machine restarted) is
 * taken over with a note, so a crash never blocks the next build.
 */
import { mkdirSync, readFileSync, renameSync, unlinkSync, linkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

interface Holder {
  pid: number;
  /** When the build started, as an ISO date. */
  started: string;
  host: string;
  /**
   * When the process started, as the system counts it (Linux: /proc/<pid>/stat), so a process
   * that later got the same id is not mistaken for the build (container restarts reuse small ids).
   */
  processStart?: string;
}

/** What the lock asks of the machine; tests pass their own. */
export interface LockEnv {
  pid: number;
  host: string;
  now: () => Date;
  alive: (pid: number) => boolean;
  processStart: (pid: number) => string | undefined;
}

export type Lock = { held: true; release: () => void; note?: string } | { held: false; holder: Holder; message: string };

export const lockFile = (root: string) => path.join(root, 'node_modules', '.cache', 'rolebook', 'build.lock');

/** Linux only: field 22 of /proc/<pid>/stat, read after the command name, which may hold spaces and brackets. */
export function processStartOf(stat: string): string | undefined {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

export const thisMachine: LockEnv = {
  pid: process.pid,
  host: hostname(),
  now: () => new Date(),
  alive: (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: the process exists but belongs to another user.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  processStart: (pid) => {
    try {
      return processStartOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return undefined;
    }
  },
};

/** 14:02:11, or 2026-12-01 14:02:11 when it was not today: local time, as the person waiting reads a clock. */
export function clockTime(when: Date, now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(when.getHours())}:${two(when.getMinutes())}:${two(when.getSeconds())}`;
  const sameDay = when.toDateString() === now.toDateString();
  return sameDay ? time : `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())} ${time}`;
}

const busyMessage = (holder: Holder, now: Date) => `Another build of this handbook is running (process ${holder.pid}, started ${clockTime(new Date(holder.started), now)}). Wait for it to finish, then run npm run build again.`;

const staleNote = (holder: Holder, now: Date) => `A build that stopped before finishing (process ${holder.pid}, started ${clockTime(new Date(holder.started), now)}) left its lock behind; this build goes ahead.`;

const unreadableNote = 'An earlier build left an unreadable lock behind; this build goes ahead.';

/** Whether the build that wrote this lock may still be running. */
function stillRunning(holder: Holder, env: LockEnv): boolean {
  // On another machine sharing the folder its process cannot be asked about: assume it runs.
  if (holder.host !== env.host) return true;
  if (!env.alive(holder.pid)) return false;
  const start = env.processStart(holder.pid);
  return holder.processStart === undefined || start === undefined || start === holder.processStart;
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (typeof value.pid === 'number' && typeof value.started === 'string' && typeof value.host === 'string') return value as Holder;
  } catch {
    // An empty or cut-off file: see below.
  }
  return undefined;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The lock's text, waiting a moment if it is empty: the build that made it may be writing it right now. */
function readLock(file: string): string | undefined {
  for (let tries = 0; ; tries++) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (text !== '' || tries === 4) return text;
    pause(50);
  }
}

/**
 * Removes a lock judged abandoned, unless it changed since it was read: another build may have
 * taken it over in the meantime. Moved aside first (rename is atomic), then compared.
 */
function takeOver(file: string, seen: string, pid: number): boolean {
  const aside = `${file}.${pid}.stale`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== seen) {
    // Another build's fresh lock: put it back, unless yet another one was made since.
    try {
      linkSync(aside, file);
    } catch {
      // A newer lock stands; that build goes ahead and this one asks again.
    }
  }
  unlinkSync(aside);
  return moved === seen;
}

/** Locks this process holds, released when it exits however it exits (process.exit included). */
const held = new Map<string, string>();
let exitHook = false;

function release(file: string, text: string): void {
  if (held.get(file) !== text) return;
  held.delete(file);
  try {
    // Only our own lock: if another build took it over meanwhile, it is theirs now.
    if (readFileSync(file, 'utf8') === text) unlinkSync(file);
  } catch {
    // Already gone.
  }
}

export function acquireLock(file: string, env: LockEnv = thisMachine): Lock {
  mkdirSync(path.dirname(file), { recursive: true });
  const start = env.processStart(env.pid);
  const me: Holder = { pid: env.pid, started: env.now().toISOString(), host: env.host, ...(start === undefined ? {} : { processStart: start }) };
  const text = JSON.stringify(me);
  let note: string | undefined;
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      writeFileSync(file, text, { flag: 'wx' });
      held.set(file, text);
      if (!exitHook) {
        exitHook = true;
        process.on('exit', () => {
          for (const [f, t] of held) release(f, t);
        });
      }
      return { held: true, release: () => release(file, text), ...(note === undefined ? {} : { note }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = readLock(file);
    if (seen === undefined) continue;
    const holder = parseHolder(seen);
    if (holder && stillRunning(holder, env)) return { held: false, holder, message: busyMessage(holder, env.now()) };
    if (takeOver(file, seen, env.pid)) note = holder ? staleNote(holder, env.now()) : unreadableNote;
  }
  throw new Error(`could not take the build lock ${file}: other builds kept taking it`);
}
