/**
 * A hash of Rolebook's own code: every TypeScript source under src/ and the dependency lock. The
 * caches that keep work between runs (the check's findings, rendered bodies) put it in their keys,
 * so a change to the code that made an entry makes it stale.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceDir = fileURLToPath(new URL('../', import.meta.url));
const lockFiles = ['package-lock.json', 'package.json'].map((name) => fileURLToPath(new URL(`../../${name}`, import.meta.url)));

let version: Promise<string> | undefined;

export function rolebookCodeVersion(): Promise<string> {
  version ??= (async () => {
    const hash = createHash('sha256');
    const sources = (await readdir(sourceDir, { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
    for (const file of [...sources.map((f) => path.join(sourceDir, f)), ...lockFiles]) {
      hash.update(file.slice(sourceDir.length)).update('\0');
      hash.update(await readFile(file).catch(() => '')).update('\0');
    }
    return hash.digest('hex');
  })();
  return version;
}
