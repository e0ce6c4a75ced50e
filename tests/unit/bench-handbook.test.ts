import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bareSite, generateHandbook, starlightSite } from '../../bench/lib/handbook.ts';
import { ladder, roleTitle, seededRandom, slugOf, wordCount } from '../../bench/lib/text.ts';
import { checkHandbook } from '../../src/integrity/index.ts';
import { readSettings } from '../../src/reader/settings.ts';

const root = path.resolve(import.meta.dirname, '../..');

test('the seeded generator repeats itself exactly and differs between seeds', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  assert.notDeepEqual(xs, Array.from({ length: 5 }, seededRandom(8)));
  assert.deepEqual(generateHandbook({ levels: 12, seed: 3 }), generateHandbook({ levels: 12, seed: 3 }));
  assert.notDeepEqual(generateHandbook({ levels: 12, seed: 3 }).pages[0], generateHandbook({ levels: 12, seed: 4 }).pages[0]);
});

test('roles get five levels each, the last one what is left; every role also gets its FAQs', () => {
  const h = generateHandbook({ levels: 12, faqsPerRole: 2 });
  assert.equal(h.pages.length, 12);
  assert.equal(h.roles.length, 3);
  const files = Object.keys(h.content);
  assert.equal(files.filter((f) => f.startsWith('levels/')).length, 12);
  assert.equal(files.filter((f) => f.startsWith('roles/')).length, 3);
  assert.equal(files.filter((f) => f.startsWith('faqs/')).length, 6);
  assert.deepEqual(h.pages.filter((p) => p.role === h.roles[2]!.id).map((p) => p.level), ladder.slice(0, 2).map((l) => l.id));
});

test('role titles are unique far beyond the word banks', () => {
  const titles = Array.from({ length: 3000 }, (_, i) => roleTitle(i));
  assert.equal(new Set(titles).size, titles.length);
  assert.equal(new Set(titles.map(slugOf)).size, titles.length);
});

test('a level body is about the words asked for, with headings, lists and a table, and no two alike', () => {
  const h = generateHandbook({ levels: 10, words: 1000 });
  for (const page of h.pages) {
    const n = wordCount(page.body);
    assert.ok(n >= 900 && n <= 1250, `${page.title}: ${n} words`);
    assert.match(page.body, /^## /m);
    assert.match(page.body, /^### /m);
    assert.match(page.body, /^- /m);
    assert.match(page.body, /^\| --- \|/m);
  }
  assert.equal(new Set(h.pages.map((p) => p.body)).size, h.pages.length);
});

test('the comparison sites carry the same bodies, one page per level', () => {
  const h = generateHandbook({ levels: 7 });
  for (const site of [bareSite(h), starlightSite(h)]) {
    const pages = Object.entries(site).filter(([f]) => /\/levels\/.+\.mdx$/.test(f));
    assert.equal(pages.length, 7);
    for (const page of h.pages) assert.ok(pages.some(([f, text]) => f.endsWith(`levels/${page.role}/${page.level}.mdx`) && text.endsWith(page.body)), page.title);
  }
});

test('the content check finds no errors in a generated handbook, and warns only about the shipped settings', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-bench-check-'));
  try {
    for (const file of ['site.yaml', 'pay.yaml', 'hiring.yaml']) await cp(path.join(root, 'content', file), path.join(dir, 'content', file));
    for (const [file, text] of Object.entries(generateHandbook({ levels: 15, seed: 11 }).content)) {
      await mkdir(path.dirname(path.join(dir, 'content', file)), { recursive: true });
      await writeFile(path.join(dir, 'content', file), text);
    }
    const { problems } = await checkHandbook(dir, await readSettings(dir, {}), '2026-12-01');
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    assert.deepEqual([...new Set(problems.map((p) => p.file))].sort(), ['content/hiring.yaml', 'content/site.yaml']);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
