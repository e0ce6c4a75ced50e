/**
 * A throwaway copy of the project (its node_modules linked, not copied) for tests that edit
 * content/ and build or serve it, so the real content/ is never touched.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const parts = ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'public', 'content', 'scripts'];

export interface ProjectCopy {
  dir: string;
  file: (relative: string) => string;
  read: (relative: string) => Promise<string>;
  write: (relative: string, text: string) => Promise<void>;
  remove: () => Promise<void>;
}

export async function copyProject(): Promise<ProjectCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-project-'));
  for (const part of parts) await cp(path.join(root, part), path.join(dir, part), { recursive: true });
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const file = (relative: string) => path.join(dir, relative);
  return {
    dir,
    file,
    read: (relative) => readFile(file(relative), 'utf8'),
    write: (relative, text) => writeFile(file(relative), text),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
