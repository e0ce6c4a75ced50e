/**
 * Each file's own findings (src/integrity/files/): found in worker threads or in this one, fresh
 * or from the cache, the check reports the same problems in the same order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import { checkHandbook } from '../../src/integrity/index.ts';
import { cacheFile } from '../../src/integrity/files/cache.ts';
import { proseProblems } from '../../src/integrity/rules/prose.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { fixture, fixtureToday } from './check-fixture.ts';

const senior = 'content/levels/data-engineer/senior.mdx';
const junior = 'content/levels/data-engineer/junior.mdx';
const role = 'content/roles/data-engineer.mdx';
const hiring = 'content/hiring.yaml';
const withBody = (old: string, text: string) => `${old.slice(0, old.indexOf('---', 4) + 4)}\n${text}\n`;

interface Handbook {
  dir: string;
  edit: (file: string, change: (text: string) => string) => Promise<void>;
  check: (options?: Parameters<typeof checkHandbook>[2]) => Promise<Problem[]>;
}

/** The fixture with something for every per-file rule to find, and a node_modules for the cache to live in; removed afterwards. */
async function withHandbook(use: (h: Handbook) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-cache-'));
  await cp(fixture, dir, { recursive: true });
  await mkdir(path.join(dir, 'node_modules'));
  const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), 'utf8')));
  await edit(senior, (t) =>
    withBody(
      t,
      [
        '## Pay',
        '',
        'The band is $120,000 to $150,000, set by [Company]. TODO: say more.',
        '',
        '## Empty',
        '',
        '## Team',
        '',
        'We want a rockstar who is aggressive and can man the desk; the chairman decides.',
        '',
        'import x from "y"',
        '',
        '<LevelPay level="data-engineer/principal" />',
        '',
        '![team](/images/missing.png)',
        '',
        'A sentence that goes on and on with many words so that it is longer than any reader would want to follow in one go without a pause at all.',
      ].join('\n'),
    ),
  );
  await edit(junior, (t) => withBody(t, 'He or she will lead and compete. {oops}'));
  const check = async (options?: Parameters<typeof checkHandbook>[2]) => (await checkHandbook(dir, await readSettings(dir, {}, fixtureToday), options)).problems;
  try {
    await use({ dir, edit, check });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('worker threads and this thread find the same problems in the same order', () =>
  withHandbook(async (h) => {
    const single = await h.check({ threads: 0 });
    assert.ok(single.length > 10, 'the edits give every per-file rule something to report');
    assert.deepEqual(await h.check({ threads: 2 }), single);
  }));

test('a cache hit returns what a fresh check finds, and is what the check uses', () =>
  withHandbook(async (h) => {
    const fresh = await h.check();
    assert.deepEqual(await h.check({ cache: true }), fresh, 'first run, filling the cache');
    assert.deepEqual(await h.check({ cache: true }), fresh, 'second run, from the cache');
    // Proof the second run read the cache: a finding planted in it is reported.
    const stored = JSON.parse(await readFile(cacheFile(h.dir), 'utf8')) as { entries: Record<string, { templates: Problem[] }> };
    for (const entry of Object.values(stored.entries)) entry.templates.push({ file: 'planted', message: 'came from the cache', severity: 'warning' });
    await writeFile(cacheFile(h.dir), JSON.stringify(stored));
    assert.ok((await h.check({ cache: true })).some((p) => p.file === 'planted'));
  }));

test('a changed file, or a changed setting its rules read, is checked again', () =>
  withHandbook(async (h) => {
    await h.check({ cache: true });
    await h.edit(role, (t) => `${t}\nOur ninja culture.\n`);
    const afterFile = await h.check({ cache: true });
    assert.ok(afterFile.some((p) => p.file === role && p.message.includes('"ninja"')));
    assert.deepEqual(afterFile, await h.check());

    await h.edit(hiring, (t) => t.replace('adChecks:\n', 'adChecks:\n  maxSentenceWords: 10\n'));
    const afterSetting = await h.check({ cache: true });
    assert.notDeepEqual(afterSetting, afterFile, 'a shorter sentence limit finds more');
    assert.deepEqual(afterSetting, await h.check());
  }));

test('a corrupt cache, or a corrupt entry in it, is ignored rather than an error', () =>
  withHandbook(async (h) => {
    const fresh = await h.check();
    await h.check({ cache: true });
    const stored = JSON.parse(await readFile(cacheFile(h.dir), 'utf8')) as { entries: Record<string, unknown> };
    for (const key of Object.keys(stored.entries)) stored.entries[key] = { templates: 'not a list' };
    await writeFile(cacheFile(h.dir), JSON.stringify(stored));
    assert.deepEqual(await h.check({ cache: true }), fresh, 'entries of the wrong shape');
    await writeFile(cacheFile(h.dir), '{"version": "x", "entries": {');
    assert.deepEqual(await h.check({ cache: true }), fresh, 'a file cut off half-way');
    assert.deepEqual(await h.check({ cache: true }), fresh, 'and the cache it wrote in its place');
  }));

test('the prose rule reports what retext-equality reports over every paragraph, having skipped those that cannot match', async () => {
  const patternsUrl = new URL('./patterns-en.js', import.meta.resolve('retext-equality'));
  const { patterns } = (await import(patternsUrl.href)) as { patterns: { inconsiderate: Record<string, string> }[] };
  const phrases = patterns.flatMap((p) => Object.keys(p.inconsiderate));
  // Every phrase in a paragraph of its own, some capitalised or curly, with plain paragraphs between.
  const raw = phrases.map((phrase, i) => [`The team met ${phrase} on day ${i}.`, i % 3 === 0 ? `${phrase[0]!.toUpperCase()}${phrase.slice(1).replace(/'/g, '’')} was there.` : 'Nothing to see here.'].join('\n\n')).join('\n\n');
  const plain = await retext().use(retextEnglish).use(retextEquality).process(raw);
  const ignored = new Set(['host-hostess', 'simple', 'clearly', 'obvious', 'easy', 'just', 'basically']);
  const expected = plain.messages.filter((m) => m.ruleId && !ignored.has(m.ruleId)).map((m) => `${m.line}: ${(m as { actual?: string }).actual}`);
  const found = (await proseProblems({ file: 'x.mdx', raw })).filter((p) => p.severity === 'warning').map((p) => `${p.line}: ${/"(.*)"/.exec(p.message)![1]}`);
  assert.ok(expected.length > phrases.length / 2, 'the text matches most phrases');
  assert.deepEqual(found, expected);
});
