import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bareSite, generateHandbook, starlightSite } from '../../bench/lib/handbook.ts';
import { ladder, roleTitle, seededRandom, slugOf, wordCount } from '../../bench/lib/text.ts';
import { checkHandbook } from '../../src/integrity/index.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { fixture, fixtureToday } from './check-fixture.ts';

test('the seeded generator repeats itself exactly and differs between seeds', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(
    xs,
    Array.from({ length: 5 }, () => b()),
  );
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
  assert.deepEqual(
    h.pages.filter((p) => p.role === h.roles[2]!.id).map((p) => p.level),
    ladder.slice(0, 2).map((l) => l.id),
  );
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
    for (const page of h.pages)
      assert.ok(
        pages.some(([f, text]) => f.endsWith(`levels/${page.role}/${page.level}.mdx`) && text.endsWith(page.body)),
        page.title,
      );
  }
});

/**
 * The fixture's pay table with one grade for each step of the generated ladder, in place of its
 * own two: the benchmark builds on the shipped pay table, whose grades the ladder names, but a
 * test reads no content a fork may change.
 */
async function payForLadder(): Promise<string> {
  const grades = ladder.map(({ grade }, i) =>
    [`  - id: ${grade}`, `    name: ${grade.toUpperCase()}`, `    summary: Step ${i + 1} of the generated ladder.`, '    bands:', `      europe: { min: ${40000 + 15000 * i}, max: ${50000 + 15000 * i} }`, `      uk: { min: ${35000 + 13000 * i}, max: ${44000 + 13000 * i} }`].join(
      '\n',
    ),
  );
  const pay = await readFile(path.join(fixture, 'content/pay.yaml'), 'utf8');
  assert.match(pay, /^grades:\n/m);
  return `${pay.slice(0, pay.search(/^grades:\n/m))}grades:\n${grades.join('\n')}\n`;
}

test('the content check finds nothing to report in a generated handbook', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-bench-check-'));
  try {
    for (const file of ['site.yaml', 'hiring.yaml']) await cp(path.join(fixture, 'content', file), path.join(dir, 'content', file));
    await writeFile(path.join(dir, 'content/pay.yaml'), await payForLadder());
    for (const [file, text] of Object.entries(generateHandbook({ levels: 15, seed: 11 }).content)) {
      await mkdir(path.dirname(path.join(dir, 'content', file)), { recursive: true });
      await writeFile(path.join(dir, 'content', file), text);
    }
    const { content, problems } = await checkHandbook(dir, await readSettings(dir, {}, fixtureToday));
    assert.equal(content.levels.length, 15, 'every generated level was read');
    assert.deepEqual(problems, []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
