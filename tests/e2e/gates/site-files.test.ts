/**
 * The list of what the site writes (src/lib/site-files.ts), which keeps public/ from replacing the
 * site's own files, against a real build: every file of the build is either public/'s copy or on
 * the list, and every entry of the list is written (so the list neither misses a file nor keeps
 * one the build no longer makes). What is written per role, level or opening (SiteFile.perEntry)
 * may be absent from a fork's handbook (one without openings, say), so it is not required. Reads only
 * the built files, so it runs with the build step.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { rootBuild } from '../../../scripts/lib/built-site.ts';
import { listFiles } from '../../../src/lib/built-pages.ts';
import { clash, siteFiles } from '../../../src/lib/site-files.ts';

test('every file of the build is on the list of what the site writes, or a copy from public/', async () => {
  const site = rootBuild();
  const built = await listFiles(site.dir);
  assert.ok(built.length > 0, `no files in ${site.dir}: build the site first`);
  const copied = new Set(await listFiles(path.resolve('public')).catch(() => []));
  const list = siteFiles();
  const written = (file: string) => list.some((entry) => ['same', 'inside'].includes(clash(file, entry)?.kind ?? ''));
  assert.deepEqual(
    built.filter((file) => !copied.has(file) && !written(file)),
    [],
    'files the build wrote that src/lib/site-files.ts does not list',
  );
  const unused = list.filter((entry) => !entry.perEntry && !built.some((file) => ['same', 'inside'].includes(clash(file, entry)?.kind ?? '')));
  assert.deepEqual(
    unused.map((entry) => entry.pattern),
    [],
    'entries of src/lib/site-files.ts the build did not write',
  );
  console.log(`${site.dir}: ${built.length} files, ${copied.size} from public/, all others on the list of ${list.length} entries`);
});
