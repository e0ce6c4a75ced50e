/**
 * Interview kits as readers and interviewers meet them. Kits are internal by default: the built
 * site (ROLEBOOK_DIST) has each level's "how we interview" page, and no question, follow-up, point
 * to listen for or composed anchor of any kit anywhere in it: pages, search index, feeds, sitemap.
 * npm run kits writes them apart, and refuses a folder it did not make. The other two settings are
 * proven on the forks that choose them, whose builds the setting joins instead of two more:
 * public in fork-pull-request.test.ts (the page carries the kit, its files beside it), off in
 * fork.test.ts (no such page, file or link).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { kitFor } from '../../src/handbook/kits.ts';
import type { Handbook } from '../../src/handbook/model.ts';
import { kitCopy, kitCsvHeader } from '../../src/handbook/views/kit.ts';
import { paths } from '../../src/lib/url.ts';
import { readHandbook } from '../fixtures/read-handbook.ts';
import { htmlForms } from './helpers/html-forms.ts';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';

const dist = path.resolve(process.env['ROLEBOOK_DIST'] ?? 'dist');

/** Every file of a built site as text; the search index's fragments and indexes unzipped. */
async function builtText(dir: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    const zipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    if (/\.(png|jpe?g|webp|woff2?|ico|wasm)$/.test(file) && !zipped) continue;
    out.push({ file: path.relative(dir, file), text: (zipped ? gunzipSync(bytes) : bytes).toString('utf8') });
  }
  return out;
}

/** What only a kit says: its questions, follow-ups and points to listen for, and each anchor as the kit words it. */
function kitWords(h: Handbook): string[] {
  const words = new Set<string>();
  for (const q of h.interviewQuestions) for (const text of [q.data.question, ...q.data.followUps, ...q.data.listenFor]) words.add(text);
  for (const level of h.levels) for (const c of kitCopy(kitFor(level, h), h).competencies) for (const [, text] of c.anchors) if (/^(As |Short of what )/.test(text)) words.add(text);
  return [...words];
}

describe('internal kits (the default)', () => {
  let h: Handbook;
  before(async () => {
    h = await readHandbook(process.cwd());
  });

  test('no question, follow-up, point to listen for or composed anchor of any kit is anywhere in the built site', async () => {
    assert.equal(h.site.interviewKits, 'internal');
    const words = kitWords(h);
    assert.ok(words.length > 100, `the bank and the anchors give words to look for (${words.length})`);
    const files = await builtText(dist);
    assert.ok(
      files.some((f) => f.file.startsWith('pagefind/') && f.text.includes('"url"')),
      'the search index is read, unzipped',
    );
    const leaks = words.flatMap((w) => files.filter((f) => htmlForms(w).some((form) => f.text.includes(form))).map((f) => `${f.file}: ${w}`));
    assert.deepEqual(leaks, []);
  });

  test('each level\'s "how we interview" page says what is assessed, in which stage, on which scale, and is linked from the level', async () => {
    for (const level of h.levels) {
      const page = await readFile(path.join(dist, paths.interviews(level.role.id, level.slug), 'index.html'), 'utf8');
      const kit = kitFor(level, h);
      for (const c of kit.competencies)
        assert.ok(
          htmlForms(c.expectation).some((f) => page.includes(f)),
          `${level.id}: ${c.area}`,
        );
      for (const s of kit.stages)
        assert.ok(
          htmlForms(s.name).some((f) => page.includes(f)),
          `${level.id}: ${s.name}`,
        );
      for (const point of ['Below', 'Not yet', 'Meets', 'Exceeds']) assert.ok(page.includes(`<dt>${point}</dt>`), `${level.id}: ${point}`);
      assert.ok(!existsSync(path.join(dist, paths.kitFile(level.role.id, level.slug, 'csv'))), 'no kit file beside it');
      const levelPage = await readFile(path.join(dist, paths.level(level.role.id, level.slug), 'index.html'), 'utf8');
      assert.ok(levelPage.includes(`href="/${paths.interviews(level.role.id, level.slug)}"`), `${level.id} links to it`);
    }
  });
});

describe('npm run kits', () => {
  let project: ProjectCopy;
  before(async () => {
    project = await copyProject();
  });
  after(() => project?.remove());
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/kits.ts', ...args], { cwd: project.dir, encoding: 'utf8', timeout: 120_000 });

  test('writes every level its kit as Markdown, CSV and HTML apart from the site, and refuses a folder it did not make', async () => {
    const h = await readHandbook(project.dir);
    const first = run();
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`^${h.levels.length} interview kits in kits/`));
    for (const level of h.levels) {
      const csv = parse(await readFile(project.file(`kits/${level.role.id}/${level.slug}.csv`), 'utf8'), { bom: true }) as string[][];
      assert.deepEqual(csv[0], kitCsvHeader(h.words));
      const asked = kitFor(level, h).stages.flatMap((s) => s.questions.map((q) => q.data.question));
      assert.deepEqual(
        csv.slice(1).map((row) => row[2]),
        asked,
        `${level.id}: one row per question`,
      );
      assert.match(await readFile(project.file(`kits/${level.role.id}/${level.slug}.html`), 'utf8'), /<meta name="robots" content="noindex">/);
    }
    // Its own folder is replaced; anyone else's is left alone, byte for byte.
    assert.equal(run().status, 0);
    await mkdir(project.file('private'));
    await writeFile(project.file('private/notes.md'), 'mine');
    const refused = run('--out', 'private');
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /^private exists and was not written by npm run kits, so nothing in it is touched/);
    assert.deepEqual(await readdir(project.file('private')), ['notes.md']);
    assert.equal(await readFile(project.file('private/notes.md'), 'utf8'), 'mine');
  });
});
