/**
 * `npm run build` of the handbook prints no warning but the content check's report: a warning from
 * Vite or Astro means nothing to an editor, who cannot tell it from a problem of theirs, so it is
 * Rolebook's to fix (tests/quality/build-output.ts says what counts as one). What it writes
 * outside Astro's pages is there: each level's job ad files (src/integrations/downloads.ts),
 * served as a host would serve them.
 * A second build after one body was edited, with every cache the first left (the check's, the
 * rendered bodies', Astro's data store), renders that body alone and changes that level's page and the search index, no other byte.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { serveSite } from '../../scripts/lib/serve.ts';
import { listFiles } from '../../src/lib/built-pages.ts';
import { localesOf } from '../../src/i18n/locales.ts';
import { paths } from '../../src/lib/url.ts';
import { readHandbook } from '../fixtures/read-handbook.ts';
import { copyProject, fingerprint, type ProjectCopy } from './helpers/project-copy.ts';
import { bodiesDir } from '../../src/render/body-cache.ts';
import { buildWarnings } from '../quality/build-output.ts';

let project: ProjectCopy;
let output: string;
before(async () => {
  project = await copyProject();
  const build = spawnSync('npm', ['run', 'build'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  output = `${build.stdout}\n${build.stderr}`;
  assert.equal(build.status, 0, output);
});
after(() => project?.remove());

test("the build prints no warning besides the content check's report", () => {
  // The whole of the build's output was read: its last line of Rolebook's own (the search index,
  // src/search/index-site.ts), not Astro's wording, says so. Astro colours its output where it
  // believes a terminal or CI reads it.
  assert.match(stripVTControlCharacters(output), /^search index: \d+ of \d+ pages/m, 'the build ran to its end');
  assert.deepEqual(buildWarnings(output), []);
});

test('Astro compiles no content file as a module: bodies are data', async () => {
  // Astro lists here every content file it would compile as a module: none, as src/integrations/content-loader.ts stores bodies as data.
  assert.equal(await project.read('.astro/content-modules.mjs'), 'export default new Map();');
});

/** What a host sends for each of the ad's files, by its extension (scripts/lib/serve.ts serves dist/ so). */
const adTypes: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

test("every level page has its job ad's four files beside it, each served with its content-type", async () => {
  const dist = project.file('dist');
  const built = await listFiles(dist);
  const h = await readHandbook(project.dir);
  // In every language: each level has a page in each (translated or shown with the notice), and its files beside it.
  const prefixes = localesOf(h.site).map((l) => l.prefix);
  const levels = prefixes.flatMap((prefix) => h.levels.map((level) => `${prefix}${paths.level(level.role.id, level.slug)}`));
  for (const level of levels) assert.ok(built.includes(`${level}index.html`), `${level} has its page`);
  const ads = built.filter((file) => /(^|\/)job-ad\.[^/]+$/.test(file));
  assert.deepEqual(ads, levels.flatMap((level) => Object.keys(adTypes).map((ext) => `${level}job-ad${ext}`)).sort());
  const site = await serveSite({ dir: dist });
  try {
    for (const file of ads) {
      const response = await fetch(site.url(file));
      assert.equal(response.status, 200, file);
      assert.equal(response.headers.get('content-type'), adTypes[path.extname(file)], file);
      assert.ok(Buffer.from(await response.arrayBuffer()).equals(await readFile(path.join(dist, file))), `${file} is served as written`);
    }
  } finally {
    await site.close();
  }
});

test('a build with the caches of the one before, after one body was edited, changes that page and the search index and no other byte', async () => {
  const cold = await fingerprint(project.file('dist'));
  const bodies = new Set(await readdir(bodiesDir(project.dir)));
  assert.ok(bodies.size > 10, 'the first build kept the bodies it rendered');
  const level = 'content/levels/backend-engineer/senior.mdx';
  await project.write(level, `${await project.read(level)}\nA sentence added after the first build.\n`);
  const rebuild = spawnSync(process.execPath, ['scripts/build.ts', '--silent'], { cwd: project.dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  assert.equal(rebuild.status, 0, `${rebuild.stdout}\n${rebuild.stderr}`);
  const edited = await fingerprint(project.file('dist'));
  const changed = [...new Set([...cold.keys(), ...edited.keys()])].filter((file) => edited.get(file) !== cold.get(file));
  // Every other file byte for byte as the first build wrote it: the cached bodies and the data store
  // publish what a build from scratch does.
  assert.deepEqual(
    changed.filter((file) => !file.startsWith('pagefind/')),
    ['roles/backend-engineer/senior/index.html'],
  );
  assert.match(await project.read('dist/roles/backend-engineer/senior/index.html'), /A sentence added after the first build\./);
  const rendered = await readdir(bodiesDir(project.dir));
  assert.ok(
    [...bodies].every((body) => rendered.includes(body)),
    'the bodies of the first build are kept',
  );
  assert.equal(rendered.length, bodies.size + 1, 'one body rendered anew, the edited one');
});
