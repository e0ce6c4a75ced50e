/**
 * Rolebook's example handbook, the content/ it ships: what Rolebook promises about that content
 * itself, beyond the content check every handbook passes. In a copy of Rolebook, content/ is the
 * copy's own handbook, so npm test runs these only in Rolebook's own repository (exampleContentSkip
 * in scripts/lib/test-steps.ts); Rolebook's code is tested on fixtures in tests/unit/.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedRuns } from '../lib/shared-runs.ts';
import { editorConfig } from '../../src/admin/config.ts';
import { editorInputs } from '../../src/integrations/admin.ts';
import { listFiles } from '../../src/lib/built-pages.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { assertConsistent, readHandbook } from '../fixtures/read-handbook.ts';
import { asEditorSaves } from '../unit/editor-format.ts';
import { rejectedFiles, repo, writtenSchemas } from '../unit/editor-schema-check.ts';

const seedsDir = path.resolve(repo, '../shared/seeds');
const schemas = writtenSchemas();
after(async () => rm((await schemas).dir, { recursive: true, force: true }));

test('the example content validates against the editor schemas, file by file', async () => {
  assert.deepEqual(await rejectedFiles(repo, (await schemas).validators), {});
});

test('the example content is what the browser editor writes: opening and saving any file changes nothing', async () => {
  const settings = await readSettings(repo);
  const config = editorConfig(editorInputs(settings)!);
  const files = (await listFiles(path.join(repo, 'content'))).map((f) => `content/${f}`);
  assert.ok(files.length > 60, `read the whole example (${files.length} files)`);
  const changed: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(repo, file), 'utf8');
    if (asEditorSaves(config, file, text) !== text) changed.push(file);
  }
  assert.deepEqual(changed, []);
});

test('the example content builds into a consistent model', async () => {
  assertConsistent(await readHandbook(repo));
});

test('the example content shares no run of 8 words with the job descriptions it was written from', { skip: !existsSync(seedsDir) && 'no ../shared/seeds beside this checkout: nothing to compare against' }, async () => {
  const seeds = await Promise.all((await readdir(seedsDir)).map(async (name) => ({ name, text: await readFile(path.join(seedsDir, name), 'utf8') })));
  const files = (await readdir(path.join(repo, 'content'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && /\.(mdx|ya?ml)$/.test(e.name));
  assert.ok(files.length > 50, `read the whole example (${files.length} files)`);
  const findings: string[] = [];
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const text = await readFile(file, 'utf8');
    for (const seed of seeds) {
      for (const run of sharedRuns(text, seed.text)) findings.push(`${path.relative(repo, file)}:${run.line} shares "${run.words}" with seeds/${seed.name}`);
    }
  }
  assert.deepEqual(findings, [], `Rewrite these passages in your own words:\n${findings.join('\n')}`);
});
