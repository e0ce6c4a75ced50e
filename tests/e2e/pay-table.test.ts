/**
 * One number in the pay table changes every place that shows it: a copy of the project gets a new
 * senior band in content/pay.yaml (and the edits of the second test), is built once, and the new
 * figure, where the project's own build (ROLEBOOK_DIST) shows the old, appears on the level page, in the
 * role guide's pay section, in the FAQ answer that quotes it, in the comparisons, in the job
 * description and its exports and on the grades page, while the old figure is nowhere in the site.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';

let project: ProjectCopy;
/** The project's own build (ROLEBOOK_DIST), of the content before the edits: where the old figures show. */
const unchanged = path.resolve(process.env['ROLEBOOK_DIST'] ?? 'dist');
const seniorBand = { from: '      us:\n        min: 95000\n        max: 130000\n', to: '      us:\n        min: 97000\n        max: 133000\n' };
const juniorBand = { from: '      uk:\n        min: 35000\n        max: 48000\n', to: '      uk:\n        min: 36500\n        max: 48500\n' };

/**
 * One copy, one build, with every edit the tests below follow: a new senior band and a new junior
 * band in the pay table, the company renamed and a benefit changed. Building once instead of once
 * per edit keeps the whole file to a single build of the site.
 */
before(async () => {
  project = await copyProject();
  const edits: [string, ...[string, string][]][] = [
    ['content/pay.yaml', [seniorBand.from, seniorBand.to], [juniorBand.from, juniorBand.to]],
    ['content/site.yaml', ['  name: Northwind Labs', '  name: Southwind Works']],
    ['content/hiring.yaml', ['  - A yearly learning budget for courses, books and conferences.', '  - A yearly budget of five days for volunteering.']],
    // The German translation's own sentences name the company too.
    ['content/de/site.yaml'],
    ['content/de/hiring.yaml'],
  ];
  for (const [file, ...changes] of edits) {
    let text = await project.read(file);
    for (const [from, to] of changes) {
      assert.ok(text.includes(from), `${file} has "${from}"`);
      text = text.replace(from, to);
    }
    // Renaming the company, an editor also renames it where the settings' own sentences say it.
    await project.write(file, text.replaceAll('Northwind Labs', 'Southwind Works'));
  }
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project.dir, encoding: 'utf8', timeout: 300_000 });
  assert.equal(result.status, 0, result.stderr);
});
after(() => project?.remove());

const read = (file: string) => readFile(path.join(project.dir, 'dist', file), 'utf8');
/** Text as a reader sees it: tags dropped, entities and spaces folded. */
const words = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#36;|&dollar;/g, '$')
    .replace(/\s+/g, ' ');

const places = [
  'roles/backend-engineer/senior/index.html',
  'roles/backend-engineer/index.html',
  'faq/index.html',
  'roles/backend-engineer/compare/index.html',
  'roles/backend-engineer/compare/mid-vs-senior/index.html',
  'roles/backend-engineer/senior/job-ad/index.html',
  'roles/backend-engineer/senior/job-ad.txt',
  'roles/backend-engineer/senior/job-ad.md',
  'job-architecture/index.html',
];

async function everyFile(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(html|txt|md|json|xml)$/.test(e.name) && !e.parentPath.includes(`${path.sep}pagefind`)).map((e) => path.join(e.parentPath, e.name));
}

test('changing one band in content/pay.yaml changes every page, export and answer that shows it', async () => {
  const old = '$95,000 – $130,000';
  for (const place of places) assert.ok(words(await readFile(path.join(unchanged, place), 'utf8')).includes(old), `before: ${place} shows the senior band`);
  for (const place of places) assert.ok(words(await read(place)).includes('$97,000 – $133,000'), `after: ${place} shows the new band`);
  const stale = [];
  for (const file of await everyFile(path.join(project.dir, 'dist'))) {
    const text = words(await readFile(file, 'utf8'));
    if (text.includes(old) || /"minValue":95000\b/.test(text)) stale.push(path.relative(project.dir, file));
  }
  assert.deepEqual(stale, [], 'the old band is nowhere');
});

test('changing the company, a benefit or a band changes every job ad and every export', async () => {
  const files = (await everyFile(path.join(project.dir, 'dist'))).filter((f) => /job-ad(\/index\.html|\.txt|\.md|\.html|\.json)$/.test(f));
  assert.ok(files.length >= 5 * 20, `every level's page and four exports (${files.length})`);
  for (const file of files) {
    const text = words(await readFile(file, 'utf8'));
    const name = path.relative(project.dir, file);
    assert.ok(text.includes('Southwind Works') && !text.includes('Northwind Labs'), `${name}: the company`);
    // A translation keeps its own words for the benefit until it is brought up to date (the check says it is out of date).
    if (!name.startsWith('dist/de/')) assert.ok(text.includes('five days for volunteering') && !text.includes('learning budget for courses'), `${name}: the benefit`);
  }
  const junior = (ext: string) => readFile(path.join(project.dir, 'dist/roles/backend-engineer/junior', `job-ad${ext}`), 'utf8');
  for (const ext of ['/index.html', '.txt', '.md', '.html']) assert.ok(words(await junior(ext)).includes('£36,500 – £48,500'), `junior ${ext}: the new band`);
  assert.deepEqual(
    JSON.parse(await junior('.json')).pay.find((p: { zone: string }) => p.zone === 'uk'),
    { zone: 'uk', zoneName: 'United Kingdom', currency: 'GBP', min: 36500, max: 48500, period: 'year' },
  );
});
