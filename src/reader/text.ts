/**
 * A content file's bytes as text, for every file the reader reads (pages and settings alike), or
 * why they cannot be: a link (which could point anywhere on the machine that builds, and have the
 * report print lines of that file), a file larger than any handbook file needs, or text that is
 * not UTF-8. A byte order mark is dropped here.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { maxFileBytes } from '../schemas/body.ts';
import type { Read } from './frontmatter.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `kind` words the size limit: a page, or a settings file (content/site.yaml, pay.yaml, hiring.yaml). */
export async function readText(root: string, file: string, kind: 'page' | 'settings' = 'page'): Promise<Read<string>> {
  const full = path.join(root, file);
  const stat = await lstat(full);
  if (stat.isSymbolicLink()) {
    return { ok: false, problems: [{ file, message: 'is a link to another file, which the handbook does not follow', fix: 'replace the link with a copy of the file', severity: 'error' }] };
  }
  if (!stat.isFile()) return { ok: false, problems: [{ file, message: 'is a folder, not a file', fix: 'put the file itself here', severity: 'error' }] };
  const bytes = await readFile(full);
  if (bytes.length > maxFileBytes) {
    const [holds, fix] = kind === 'page' ? ['a page can hold', 'shorten it, or split it into several pages'] : ['a settings file can hold', "shorten it: a whole handbook's settings take a few kB"];
    return { ok: false, problems: [{ file, message: `is ${Math.round(bytes.length / 1000)} kB, more than the ${maxFileBytes / 1000} kB ${holds}`, fix, severity: 'error' }] };
  }
  try {
    return { ok: true, value: utf8.decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return {
      ok: false,
      problems: [{ file, line, message: 'is not saved as UTF-8, so some of its letters cannot be read', fix: "save it again with the UTF-8 encoding (GitHub's web editor always does; in other editors choose UTF-8 when saving)", severity: 'error' }],
    };
  }
}
