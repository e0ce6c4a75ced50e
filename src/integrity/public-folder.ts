/**
 * What public/ holds, read once per check for every rule that asks (images in bodies, the logo,
 * the files themselves). Names are kept exactly as they are on disk: the site is published from
 * Linux, where team.png and Team.PNG are two files, so a check on a Mac or Windows machine, whose
 * disks treat them as one, must not say a picture is there when the published site would not find it.
 * Links are listed apart and never followed: a link to a file outside the repository would publish it.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from '../reader/content.ts';

export interface PublicFolder {
  /** Files by their path from public/, with / between names: images/team.png */
  files: Set<string>;
  /** Links (to files or folders), by their path from public/; 'public' itself when the folder is one. */
  links: string[];
}

const read = new WeakMap<Pick<LoadedContent, 'root'>, PublicFolder>();

/** public/ as it is during this check (one check, one reading; the next check reads it afresh). */
export function publicFolder(content: Pick<LoadedContent, 'root'>): PublicFolder {
  let folder = read.get(content);
  if (!folder) {
    folder = readPublicFolder(content.root);
    read.set(content, folder);
  }
  return folder;
}

function readPublicFolder(root: string): PublicFolder {
  const files = new Set<string>();
  const links: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no public/ folder: nothing in it
    }
    for (const entry of entries) {
      const name = `${prefix}${entry.name}`;
      if (entry.isSymbolicLink()) links.push(name);
      else if (entry.isDirectory()) walk(path.join(dir, entry.name), `${name}/`);
      else if (entry.isFile()) files.add(name);
    }
  };
  const publicDir = path.join(root, 'public');
  // The folder itself as a link would publish wherever it points.
  const self = readdirSync(root, { withFileTypes: true }).find((e) => e.name === 'public');
  if (self?.isSymbolicLink()) links.push('public');
  else walk(publicDir, '');
  return { files, links: links.sort() };
}

/** Capitals and Unicode forms aside, so a near miss can be named in the fix. */
const fold = (file: string) => file.normalize('NFC').toLowerCase();

/**
 * Looks up the file a site path (as publicImage gives it: /images/team%20photo.png) names in
 * public/: `file` is its path from public/ (images/team photo.png); `there` is true for a file, and
 * for a path through a link, which has a problem of its own (rules/public-files.ts); `near` is the
 * file it names but for capitals or Unicode form, when there is one.
 */
export function lookUp(content: Pick<LoadedContent, 'root'>, sitePath: string): { file: string; there: boolean; near?: string } {
  const folder = publicFolder(content);
  const file = sitePath.slice(1).split('/').map(decodeURIComponent).join('/');
  if (folder.files.has(file) || folder.links.some((link) => link === 'public' || file === link || file.startsWith(`${link}/`))) return { file, there: true };
  const wanted = fold(file);
  const near = [...folder.files].find((f) => fold(f) === wanted);
  return { file, there: false, ...(near ? { near } : {}) };
}
