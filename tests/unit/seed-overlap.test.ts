/**
 * Our handbook content may reuse facts from the public job descriptions in ../shared/seeds, never
 * their sentences: no run of 8 words may appear in both (lists of technologies excepted).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedRuns } from '../../src/lib/shared-runs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seedsDir = path.resolve(root, '../shared/seeds');

async function contentFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && /\.(mdx|ya?ml)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

test('content shares no run of 8 words with the seed job descriptions', { skip: !existsSync(seedsDir) && 'no ../shared/seeds beside this checkout (as in a fork): nothing to compare against' }, async () => {
  const seeds = await Promise.all((await readdir(seedsDir)).map(async (name) => ({ name, text: await readFile(path.join(seedsDir, name), 'utf8') })));
  const findings: string[] = [];
  for (const file of await contentFiles(path.join(root, 'content'))) {
    const text = await readFile(file, 'utf8');
    for (const seed of seeds) {
      for (const run of sharedRuns(text, seed.text)) {
        findings.push(`${path.relative(root, file)}:${run.line} shares "${run.words}" with seeds/${seed.name}`);
      }
    }
  }
  assert.deepEqual(findings, [], `Rewrite these passages in your own words:\n${findings.join('\n')}`);
});

test('sharedRuns finds a copied sentence and ignores a list of technologies', () => {
  const seed = 'You will design and build scalable services that power our platform. Skills: Python, Java, Node.js, Ruby, Go, MySQL, PostgreSQL, MongoDB, Redis.';
  const copied = 'Intro.\nYou will design and build scalable services that power our platform every day.';
  const listed = 'Languages: Python, Java, Node.js, Ruby, Go, MySQL, PostgreSQL, MongoDB, Redis.';
  assert.deepEqual(sharedRuns(copied, seed).map((r) => r.line), [2]);
  assert.match(sharedRuns(copied, seed)[0]!.words, /^you will design and build scalable services that power our platform$/);
  assert.deepEqual(sharedRuns(listed, seed), []);
  assert.deepEqual(sharedRuns('You will design and build services.', seed), []);
});
