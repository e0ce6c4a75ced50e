/**
 * A throwaway copy of the project (its packages linked, not copied) for tests that edit content/
 * and build or serve it, so the real content/ is never touched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rootBuild } from '../../../scripts/lib/built-site.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const parts = ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'public', 'content', 'scripts'];

export interface ProjectCopy {
  dir: string;
  file: (relative: string) => string;
  read: (relative: string) => Promise<string>;
  write: (relative: string, text: string) => Promise<void>;
  remove: () => Promise<void>;
}

/** The parts a build needs: the site's code and settings, content/ and public/. */
export async function copyProject(): Promise<ProjectCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-project-'));
  for (const part of parts) await cp(path.join(root, part), path.join(dir, part), { recursive: true });
  return linked(dir);
}

/**
 * Everything a fork gets: every file git tracks, and new files git does not ignore, as they are in
 * the working tree (so uncommitted changes are tested too), without dist/, caches or .astro/.
 * `install: true` leaves node_modules out, for a test that runs `npm install` in the copy as a
 * fresh clone does.
 */
export async function copyCheckout({ install = false } = {}): Promise<ProjectCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-checkout-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  // A file deleted in the working tree but not yet in git is listed too: a fork would not have it.
  for (const relative of listed.split('\0').filter((f) => f && existsSync(path.join(root, f)))) {
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await cp(path.join(root, relative), path.join(dir, relative), { verbatimSymlinks: true });
  }
  return install ? handle(dir) : linked(dir);
}

/**
 * What a build writes under node_modules: Astro's data store (.astro), Vite's (.vite) and Rolebook's
 * check cache and build lock (.cache). A copy gets its own, so copies build side by side.
 */
const writtenByBuilds = new Set(['.astro', '.vite', '.cache']);

/** node_modules of its own, each package in it a link to the project's. */
async function linked(dir: string): Promise<ProjectCopy> {
  const modules = path.join(dir, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(path.join(root, 'node_modules'))) {
    if (!writtenByBuilds.has(entry)) await symlink(path.join(root, 'node_modules', entry), path.join(modules, entry), 'dir');
  }
  return handle(dir);
}

function handle(dir: string): ProjectCopy {
  const file = (relative: string) => path.join(dir, relative);
  return {
    dir,
    file,
    read: (relative) => readFile(file(relative), 'utf8'),
    write: (relative, text) => writeFile(file(relative), text),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Puts the suite's own build of the project (ROLEBOOK_DIST) in the copy's dist/, as the last build
 * that succeeded, for a test of what a failing build leaves there: the same sources, not built again.
 */
export const addLastGoodBuild = (project: ProjectCopy) => cp(rootBuild().dir, project.file('dist'), { recursive: true });

/** Every file below `dir` by its path, with a hash of its bytes: two equal maps are two identical folders. */
export async function fingerprint(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(
      path.relative(dir, full),
      createHash('sha256')
        .update(await readFile(full))
        .digest('hex'),
    );
  }
  return out;
}
