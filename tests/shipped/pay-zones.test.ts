/**
 * Rolebook's example names no place beside a pay figure, so a fork can change its pay zones
 * without rewriting text it never opened: with a new default zone in another currency and two
 * zones taken out, the example is still valid, and no sentence names one zone beside another
 * zone's figure.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, stringify } from 'yaml';
import { checkHandbook } from '../../src/integrity/index.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { misplaced, paySentences } from '../fixtures/pay-sentences.ts';
import { readHandbook } from '../fixtures/read-handbook.ts';
import { repo } from '../unit/editor-schema-check.ts';

type Data = Record<string, unknown>;

test("with Canada as the default zone and Western Europe and the United Kingdom taken out, the example names no zone beside another zone's figure", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-example-zones-'));
  try {
    await cp(path.join(repo, 'content'), path.join(dir, 'content'), { recursive: true });
    await cp(path.join(repo, 'public'), path.join(dir, 'public'), { recursive: true });
    const edit = async (file: string, change: (data: Data) => void) => {
      const before = parse(await readFile(path.join(dir, file), 'utf8')) as Data;
      const after = structuredClone(before);
      change(after);
      assert.notDeepEqual(after, before, `the edit of ${file} changed nothing`);
      await writeFile(path.join(dir, file), stringify(after));
    };
    // As the editing guide says: the zones a company pays in, the default first; where it hires follows.
    await edit('content/pay.yaml', (pay) => {
      pay['defaultZone'] = 'canada';
      pay['zones'] = [{ id: 'canada', name: 'Canada', currency: 'CAD', countries: ['CA'] }, ...(pay['zones'] as Data[]).filter((z) => z['id'] === 'us')];
      for (const grade of pay['grades'] as { bands: Record<string, { min: number; max: number }> }[]) {
        const us = grade.bands['us']!;
        grade.bands = { us, canada: { min: Math.round(us.min * 1.35), max: Math.round(us.max * 1.35) } };
      }
    });
    await edit('content/hiring.yaml', (hiring) => {
      hiring['remoteCountries'] = ['US', 'CA'];
    });
    // The example openings are for deleting (they are paid in euros, and open in Europe).
    for (const opening of await readdir(path.join(dir, 'content/openings'))) await rm(path.join(dir, 'content/openings', opening));

    const { problems } = await checkHandbook(dir, await readSettings(dir, {}));
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
    );
    const handbook = await readHandbook(dir);
    assert.deepEqual(
      handbook.pay.zones.map((z) => z.name),
      ['Canada', 'United States'],
    );
    const sentences = await paySentences(dir, handbook, ['Canada', 'United States', 'US', 'Western Europe', 'Europe', 'United Kingdom', 'UK', 'Germany', 'Britain']);
    assert.ok(sentences.length >= 15, `the example's pay sentences were read (${sentences.length})`);
    assert.deepEqual(misplaced(sentences), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
