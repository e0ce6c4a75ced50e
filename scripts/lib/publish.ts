/**
 * How `npm run build` replaces dist/: the site is built into a staging folder beside it
 * (.dist-next), and only a build that succeeded is swapped in: dist/ is moved aside
 * (.dist-previous), the staging folder renamed to dist/, the old site deleted. Each step is a
 * rename within one folder, so dist/ is at every moment either the last good site or the new one.
 *
 * What can go wrong, and what happens then:
 * - another build of the checkout is running: this one stops before touching anything (build-lock.ts);
 * - dist/ cannot be moved (a file in it is open in another program, or it is read-only where that
 *   stops a rename, as on Windows): said once, in plain words; dist/ stays as it was;
 * - an old site or staging folder cannot be deleted: said as a note; the next build tries again,
 *   and meanwhile uses a free name (.dist-previous-1), so nothing left over can block a build;
 * - a build stopped between the two renames: the next build puts the last site back first.
 * The file operations are passed in, so tests can make any of them fail where a real disk will not
 * (tests run as root, whom permissions do not stop).
 */
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { acquireLock, lockFile, thisMachine, type LockEnv } from './build-lock.ts';

export interface FileSystem {
  rename: (from: string, to: string) => Promise<void>;
  rm: (target: string, options: { recursive: true; force: true }) => Promise<void>;
  readdir: (dir: string) => Promise<string[]>;
  /** Never follows a link: a link in an old site must not lead the clean-up out of it. */
  lstat: (target: string) => Promise<{ mode: number; ctimeMs: number; isDirectory: () => boolean }>;
  chmod: (target: string, mode: number) => Promise<void>;
}

export const realFileSystem: FileSystem = {
  rename: fsPromises.rename,
  rm: fsPromises.rm,
  readdir: (dir) => fsPromises.readdir(dir),
  lstat: fsPromises.lstat,
  chmod: fsPromises.chmod,
};

/** The published folder and the names of its staging and set-aside copies, beside it. */
function foldersOf(root: string, out: string) {
  const published = path.resolve(root, out);
  const parent = path.dirname(published);
  const name = path.basename(published);
  return { published, parent, name, next: `.${name}-next`, previous: `.${name}-previous` };
}
type Folders = ReturnType<typeof foldersOf>;

/** `.dist-next`, or `.dist-next-2` when it is taken: a leftover that could not be deleted never blocks a build. */
export const freeName = (base: string, taken: ReadonlySet<string>) => {
  if (!taken.has(base)) return base;
  let n = 1;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
};

/** A leftover of either kind, with or without the number a free name adds. */
const leftoverPattern = (f: Folders) => new RegExp(`^(?:${escapeRegExp(f.next)}|${escapeRegExp(f.previous)})(?:-\\d+)?$`);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Why a folder could not be moved or deleted, in the words of someone who did not write the program. */
function plainReason(error: unknown, folder: string): string {
  const code = errorCode(error);
  const words: Record<string, string> = {
    EBUSY: `a file in ${folder}/ is open in another program`,
    EPERM: `a file in ${folder}/ is open in another program, or ${folder}/ is read-only`,
    EACCES: `this user may not change ${folder}/ or the folder it is in`,
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
  };
  const known = code === undefined ? undefined : words[code];
  return known ? `${known} (${code})` : error instanceof Error ? error.message : String(error);
}

/**
 * Deletes a folder an earlier build left. If it is read-only (dist/ made read-only, then set aside),
 * its folders are made writable first: it is Rolebook's own leftover, never an editor's file.
 */
async function removeLeftover(target: string, fs: FileSystem): Promise<void> {
  try {
    await fs.rm(target, { recursive: true, force: true });
    return;
  } catch (error) {
    if (errorCode(error) !== 'EACCES' && errorCode(error) !== 'EPERM') throw error;
  }
  const writable = async (dir: string, mode: number): Promise<void> => {
    await fs.chmod(dir, (mode & 0o7777) | 0o700).catch(() => {});
    for (const name of await fs.readdir(dir).catch(() => [])) {
      const child = await fs.lstat(path.join(dir, name)).catch(() => undefined);
      if (child?.isDirectory()) await writable(path.join(dir, name), child.mode);
    }
  };
  const top = await fs.lstat(target);
  if (top.isDirectory()) await writable(target, top.mode);
  await fs.rm(target, { recursive: true, force: true });
}

interface Prepared {
  /** The staging folder to build into. */
  next: string;
  notes: string[];
}

/**
 * Before a build: puts back the last site if a build stopped half-way through the swap and left
 * dist/ missing, deletes what earlier builds left, and names a staging folder that is free.
 */
async function prepare(f: Folders, fs: FileSystem = realFileSystem): Promise<Prepared> {
  const notes: string[] = [];
  const pattern = leftoverPattern(f);
  const names = async () => (await fs.readdir(f.parent).catch(() => [])).filter((n) => pattern.test(n));
  const exists = async (p: string) => (await fs.lstat(p).catch(() => undefined)) !== undefined;

  if (!(await exists(f.published))) {
    const aside = (await names()).filter((n) => n.startsWith(f.previous));
    const stamped = await Promise.all(aside.map(async (n) => ({ n, at: (await fs.lstat(path.join(f.parent, n))).ctimeMs })));
    const newest = stamped.sort((a, b) => b.at - a.at)[0];
    if (newest) {
      try {
        await fs.rename(path.join(f.parent, newest.n), f.published);
        notes.push(`Put the last published site back into ${f.name}/: a build stopped while replacing it and had left it in ${newest.n}/.`);
      } catch (error) {
        notes.push(`${f.name}/ is missing, and the last published site, left in ${newest.n}/ by a build that stopped, could not be put back: ${plainReason(error, newest.n)}.`);
      }
    }
  }
  const kept = new Set<string>();
  for (const n of await names()) {
    try {
      await removeLeftover(path.join(f.parent, n), fs);
    } catch (error) {
      kept.add(n);
      notes.push(`Could not delete ${n}/, left by an earlier build: ${plainReason(error, n)}. Delete it when you can; builds carry on without it.`);
    }
  }
  return { next: path.join(f.parent, freeName(f.next, kept)), notes };
}

type Published = { published: true; notes: string[] } | { published: false; message: string };

const nothingPublished = (f: Folders) => `Nothing was published: ${f.name}/ still holds the last build that succeeded.`;

/** After a build that succeeded: swaps the staging folder in as dist/. */
async function publish(f: Folders, next: string, fs: FileSystem = realFileSystem): Promise<Published> {
  const taken = new Set((await fs.readdir(f.parent).catch(() => [])).filter((n) => leftoverPattern(f).test(n)));
  const aside = path.join(f.parent, freeName(f.previous, taken));
  const hadSite = (await fs.lstat(f.published).catch(() => undefined)) !== undefined;
  const discard = () => fs.rm(next, { recursive: true, force: true }).catch(() => {});
  if (hadSite) {
    try {
      await fs.rename(f.published, aside);
    } catch (error) {
      await discard();
      return {
        published: false,
        message: `The new site was built, but ${f.name}/ could not be replaced with it: ${plainReason(error, f.name)}.\n${nothingPublished(f)} Close whatever is using ${f.name}/ (a preview server, an editor, a file window) or make it writable, then run npm run build again.`,
      };
    }
  }
  try {
    await fs.rename(next, f.published);
  } catch (error) {
    const why = plainReason(error, f.name);
    if (hadSite) {
      try {
        await fs.rename(aside, f.published);
      } catch {
        await discard();
        return {
          published: false,
          message: `The new site was built, but could not be moved into ${f.name}/ (${why}), and the last one could not be put back: it is in ${path.basename(aside)}/. The next npm run build puts it back first.`,
        };
      }
    }
    await discard();
    return { published: false, message: `The new site was built, but could not be moved into ${f.name}/: ${why}.\n${nothingPublished(f)}` };
  }
  if (!hadSite) return { published: true, notes: [] };
  try {
    await removeLeftover(aside, fs);
    return { published: true, notes: [] };
  } catch (error) {
    const name = path.basename(aside);
    return { published: true, notes: [`The new site is in ${f.name}/, but the last one could not be deleted from ${name}/: ${plainReason(error, name)}. The next build tries again.`] };
  }
}

export interface BuildOptions {
  root: string;
  /** The published folder, relative to root: dist, or dist-base for the /handbook/ test build. */
  out: string;
  /** Builds the site into the staging folder it is given; returns the exit status (0: success). */
  build: (next: string) => Promise<number>;
  say?: (line: string) => void;
  warn?: (line: string) => void;
  fs?: FileSystem;
  lockEnv?: LockEnv;
}

/** The whole of `npm run build` around the build itself: the lock, the leftovers, the swap. Returns the exit status. */
export async function buildAndPublish({ root, out, build, say = console.log, warn = console.error, fs = realFileSystem, lockEnv = thisMachine }: BuildOptions): Promise<number> {
  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(lockFile(root), lockEnv);
  } catch (error) {
    // node_modules/ read-only or gone: Astro could not write its caches there either.
    warn(`The build could not start: its lock in ${path.relative(root, path.dirname(lockFile(root)))}/ could not be written (${plainReason(error, 'node_modules')}). Run npm install, then npm run build again.`);
    return 1;
  }
  if (!lock.held) {
    warn(lock.message);
    return 1;
  }
  try {
    if (lock.note) say(lock.note);
    const f = foldersOf(root, out);
    const { next, notes } = await prepare(f, fs);
    notes.forEach(say);
    const status = await build(next);
    if (status !== 0) {
      await fs.rm(next, { recursive: true, force: true }).catch(() => {});
      warn(`\n${nothingPublished(f)}`);
      return status;
    }
    const result = await publish(f, next, fs);
    if (!result.published) {
      warn(`\n${result.message}`);
      return 1;
    }
    result.notes.forEach(say);
    return 0;
  } finally {
    lock.release();
  }
}
