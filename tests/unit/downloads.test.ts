/**
 * The files beside each level's page (src/handbook/downloads.ts) hold, byte for byte, what the ad
 * and kit views give for that level, at the addresses its pages link to; the kit's only where kits
 * are public. Written into a folder they read back the same, and astro dev's look-up finds each one
 * and nothing else. Everything expected is made here from the fixture's model, by the views.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { levelAd } from '../../src/handbook/ads.ts';
import { allDownloads, downloadAt } from '../../src/handbook/downloads.ts';
import type { Handbook, Level } from '../../src/handbook/model.ts';
import { adJson, adPage } from '../../src/handbook/views/ad.ts';
import { interviewsPage, kitCsv, kitMarkdown, levelKit } from '../../src/handbook/views/kit.ts';
import { writeDownloads } from '../../src/integrations/downloads.ts';
import { adHtml, adMarkdown, adText } from '../../src/lib/ad-copy.ts';
import { absoluteUrl, paths } from '../../src/lib/url.ts';
import { fixtureWithCareerPaths, readHandbook } from '../fixtures/read-handbook.ts';
import { fixtureToday } from './check-fixture.ts';

let h: Handbook;
before(async () => {
  const fixture = await fixtureWithCareerPaths();
  try {
    h = await readHandbook(fixture.dir, fixtureToday);
  } finally {
    await fixture.remove();
  }
  assert.ok(new Set(h.levels.map((l) => l.role)).size > 1, 'levels of more than one role');
});

const withKits = (interviewKits: Handbook['site']['interviewKits']): Handbook => ({ ...h, site: { ...h.site, interviewKits } });

/** A site path as the pages link to it (url() under the unit tests' base, /), without the base. */
const linked = (href: string) => href.replace(/^\//, '');

/** Each of a level's files as its pages link to it, with the text the views give, as bytes. */
function expected(level: Level, site: Handbook, base = '/'): Map<string, Buffer> {
  const ad = levelAd(level, site, {}, base);
  const links = adPage(level, site).files;
  const files = new Map([
    [linked(links.txt), adText(ad.copy, site.words)],
    [linked(links.md), adMarkdown(ad.copy, site.words)],
    [linked(links.html), adHtml(ad.copy, site.words)],
    [linked(links.json), `${JSON.stringify(adJson(level, ad, site), null, 2)}\n`],
  ]);
  const kit = interviewsPage(level, site).kit;
  if (kit) {
    files.set(linked(kit.files.md), kitMarkdown(levelKit(level, site)));
    files.set(linked(kit.files.csv), kitCsv(levelKit(level, site)));
  }
  return new Map([...files].map(([file, text]) => [file, Buffer.from(text)]));
}

function assertSameFiles(site: Handbook, base = '/') {
  const written = new Map([...allDownloads(site, base)].map((file) => [file.path, Buffer.from(file.text)]));
  const wanted = new Map(site.levels.flatMap((level) => [...expected(level, site, base)]));
  assert.deepEqual([...written.keys()].sort(), [...wanted.keys()].sort());
  for (const [file, bytes] of wanted) assert.ok(written.get(file)!.equals(bytes), `${file} holds what the view gives`);
  return written;
}

test("every level's ad as .txt, .md, .html and .json, byte for byte what the ad views give, where its page links", () => {
  const written = assertSameFiles(h);
  assert.equal(written.size, h.levels.length * 4);
});

test('with public kits each level adds its kit as Markdown and CSV; internal and off kits add no file', () => {
  assert.equal(assertSameFiles(withKits('public')).size, h.levels.length * 6);
  for (const setting of ['internal', 'off'] as const) {
    const files = [...allDownloads(withKits(setting), '/')].map((f) => f.path);
    assert.equal(files.length, h.levels.length * 4, setting);
    assert.deepEqual(
      files.filter((f) => f.includes('interview-kit')),
      [],
      setting,
    );
  }
});

test("under a base other than /, the ad links to its level there, and is otherwise the views' ad", () => {
  const written = assertSameFiles(h, '/handbook/');
  const level = h.levels[0]!;
  const text = written.get(paths.adFile(level.role.id, level.slug, 'txt'))!.toString();
  assert.ok(text.endsWith(`Levels and expectations: ${absoluteUrl(paths.level(level.role.id, level.slug), h.site.url, '/handbook/')}\n`), text);
  assert.match(text, /\/handbook\/roles\//);
});

test('each file is served as what its extension says', () => {
  const types = Object.fromEntries([...allDownloads(withKits('public'), '/')].map((f) => [path.extname(f.path), f.type]));
  assert.deepEqual(types, {
    '.txt': 'text/plain; charset=utf-8',
    '.md': 'text/markdown; charset=utf-8',
    '.html': 'text/html; charset=utf-8',
    '.json': 'application/json',
    '.csv': 'text/csv; charset=utf-8',
  });
});

test("astro dev's look-up finds each file by its path, and nothing at any other", () => {
  const open = withKits('public');
  for (const file of allDownloads(open, '/')) assert.deepEqual(downloadAt(open, '/', file.path), file);
  const level = h.levels[0]!;
  for (const missing of [`roles/${level.role.id}/no-such-level/job-ad.txt`, `roles/${level.role.id}/${level.slug}/job-ad.pdf`, `roles/${level.role.id}/${level.slug}/`, `roles/${level.role.id}/${level.slug}/job-ad/`, 'job-ad.txt', '']) {
    assert.equal(downloadAt(open, '/', missing), undefined, missing);
  }
  assert.equal(downloadAt(h, '/', paths.kitFile(level.role.id, level.slug, 'md')), undefined, 'no kit file while kits are internal');
});

test('writeDownloads writes every file into its folder, as the same bytes', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-downloads-'));
  try {
    const open = withKits('public');
    const files = [...allDownloads(open, '/')];
    assert.equal(await writeDownloads(dir, files, 3), files.length);
    for (const file of files) assert.ok((await readFile(path.join(dir, file.path))).equals(Buffer.from(file.text)), file.path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
