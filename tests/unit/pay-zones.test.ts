/**
 * What the check says about pay zones in prose: a sentence that names a place beside a figure of
 * another zone is found, and a zone taken out of content/pay.yaml leaves text written the way
 * Rolebook's example is written valid, with one message per file where an editor's own text named
 * it. The figures themselves are tested in content-pay.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkHandbook } from '../../src/integrity/index.ts';
import { placeFinder } from '../../src/integrity/pay-zones.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { misplaced, paySentences } from '../fixtures/pay-sentences.ts';
import { readHandbook } from '../fixtures/read-handbook.ts';
import { checkWith, fixture, fixtureToday, replace, type Edit } from './check-fixture.ts';

test('places are found by their names in the site language and in English, longest first, with the zones they lie in', () => {
  const zones = [
    { id: 'europe', name: 'Western Europe', countries: ['DE', 'FR'] },
    { id: 'uk', name: 'United Kingdom', countries: ['GB'] },
  ];
  const find = placeFinder('de-DE', zones);
  assert.deepEqual(find('In Western Europe, Europe and the UK (Vereinigtes Königreich), not in Chad, Indiana or Deutschlandfunk; paid in US dollars, us.'), [
    { name: 'Western Europe', index: 3, zones: ['europe'] },
    { name: 'Europe', index: 19, zones: ['europe'] },
    { name: 'UK', index: 34, zones: ['uk'] },
    { name: 'Vereinigtes Königreich', index: 38, zones: ['uk'] },
    { name: 'Chad', index: 70, zones: [] },
    { name: 'US', index: 112, zones: [] },
  ]);
});

const faq = 'content/faqs/pay/zones.mdx';
/** An answer written the way Rolebook's example content is: no place beside a figure, the zones listed by PayZones. */
const zonesAnswer = await readFile(path.join(import.meta.dirname, '../fixtures/pay-zones', faq), 'utf8');
const withAnswer = (more = '') => ({ [faq]: zonesAnswer + more });
const pay = 'content/pay.yaml';
const hiring = 'content/hiring.yaml';
/** content/pay.yaml without the zone uk, and its bands; where the handbook hires follows. */
const withoutUk: Record<string, Edit> = {
  [pay]: (text) => replace(/^ {2}- id: uk\n(?: {4}.*\n)+/m, '')(text).replace(/^ {6}uk: \{.*\}\n/gm, ''),
  [hiring]: replace('remoteCountries: [DE, FR, GB]', 'remoteCountries: [DE, FR]'),
};

test('the answer written as Rolebook writes its example is valid, and stays valid with a zone taken out of the pay table', async () => {
  assert.deepEqual(await checkWith(withAnswer()), []);
  assert.deepEqual(await checkWith({ ...withAnswer(), ...withoutUk }), []);
});

test('a place named beside a figure of another zone is an error at the figure, with the zone to name or the place to leave out', async () => {
  const text = [
    '',
    'In the United Kingdom, a senior earns <LevelPay level="data-engineer/senior" />. In Germany and France the junior band is <LevelPay level="data-engineer/junior" />.',
    '',
    'From Canada, you would earn <RolePay role="data-engineer" zone="uk" />; in the UK and Europe, <PayZones level="data-engineer/senior" /> and in the United States <PayZones level="data-engineer/junior" />.',
    '',
    'Seniors in the United Kingdom earn <LevelPay level="data-engineer/senior" zone="uk" />, in Europe <LevelPay level="data-engineer/senior" />. The zones are <PayZones /> and not Canada.',
    '',
    'In the United Kingdom, a lead earns <LevelPay level="data-engineer/lead" />.',
    '',
    '| United Kingdom | <LevelPay level="data-engineer/senior" /> |',
    '| --- | --- |',
    '',
  ].join('\n');
  assert.deepEqual(await checkWith(withAnswer(text)), [
    // The MDX rule names a level that does not exist; a figure that draws nothing names no zone.
    `error: ${faq}:23: has <LevelPay level="data-engineer/lead">, which does not exist; did you mean data-engineer/senior?`,
    `error: ${faq}:17: names "United Kingdom" in the same sentence as <LevelPay level="data-engineer/senior" />, which shows pay in the zone Europe; write zone="uk" on it to show pay in the zone United Kingdom, or leave "United Kingdom" out of the sentence: the figure names its zone itself.`,
    `error: ${faq}:19: names "Canada" in the same sentence as <RolePay role="data-engineer" zone="uk" />, which shows pay in the zone United Kingdom; no zone of content/pay.yaml covers Canada: leave it out of the sentence, as the figure names its zone itself.`,
    `error: ${faq}:19: names "United States" in the same sentence as <PayZones level="data-engineer/junior" />, which shows pay in every zone; no zone of content/pay.yaml covers United States: leave it out of the sentence, as the figure names its zone itself.`,
    `error: ${faq}:25: names "United Kingdom" in the same table row as <LevelPay level="data-engineer/senior" />, which shows pay in the zone Europe; write zone="uk" on it to show pay in the zone United Kingdom, or leave "United Kingdom" out of the table row: the figure names its zone itself.`,
  ]);
});

test("PayZones takes only an optional level, checked like LevelPay's", async () => {
  assert.deepEqual(await checkWith(withAnswer('\nBands: <PayZones level="data-engineer/senor" />, <PayZones zone="uk" /> and <PayZones>all</PayZones>.\n')), [
    `error: ${faq}:17: has <PayZones level="data-engineer/senor">, which does not exist; did you mean data-engineer/senior?`,
    `error: ${faq}:17: has <PayZones> with the prop zone, which it does not take; give it only level="…".`,
    `error: ${faq}:17: has something written inside <PayZones>…</PayZones>, which it never shows; write it as <PayZones /> and put any text outside it.`,
  ]);
});

test("a zone the pay table does not have is one error for the file, at its first use, never a guess at another place's zone", async () => {
  const text = '\nIn the UK, a senior earns <LevelPay level="data-engineer/senior" zone="uk" />; the role spans <RolePay role="data-engineer" zone="uk" />.\n\nIn the US: <LevelPay level="data-engineer/junior" zone="us" />.\n';
  assert.deepEqual(await checkWith({ ...withAnswer(text), ...withoutUk }), [
    `error: ${faq}:17: shows pay in the zones "uk" and "us" here and on line 19, but content/pay.yaml has no zones of these names; delete zone="uk" and zone="us" to show the default zone, Europe, or write one of the zones content/pay.yaml has: europe (Europe).`,
  ]);
  assert.deepEqual(await checkWith({ ...withAnswer('\nIn the UK: <LevelPay level="data-engineer/senior" zone="uk" />.\n'), ...withoutUk }), [
    `error: ${faq}:17: shows pay in the zone "uk", but content/pay.yaml has no zone of that name; delete zone="uk" to show the default zone, Europe, or write one of the zones content/pay.yaml has: europe (Europe).`,
  ]);
});

/**
 * A handbook read from the fixture with the answer above, after the edits a company in Toronto
 * makes: a Canadian zone in CAD as the default, Europe and the United Kingdom taken out, and the
 * Berlin opening (paid in euros, in an office no zone covers any more) closed.
 */
async function canadianFork(dir: string) {
  await cp(fixture, dir, { recursive: true });
  await writeFile(path.join(dir, faq), zonesAnswer);
  const edit = async (file: string, change: (text: string) => string) => writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), 'utf8')));
  await edit(pay, (text) =>
    text
      .replace('defaultZone: europe', 'defaultZone: canada')
      .replace(/^zones:\n(?: {2}.*\n)+/m, 'zones:\n  - id: canada\n    name: Canada\n    currency: CAD\n    countries: [CA]\n')
      .replace(/^ {6}europe: \{ min: (\d+), max: (\d+) \}\n {6}uk: \{.*\}\n/gm, (_, min, max) => `      canada: { min: ${Number(min) + 20000}, max: ${Number(max) + 20000} }\n`),
  );
  await edit(hiring, (text) => text.replace('remoteCountries: [DE, FR, GB]', 'remoteCountries: [CA]'));
  await rm(path.join(dir, 'content/openings/senior-data-berlin.mdx'));
}

test("after a fork sets a new default zone in another currency and takes out two zones, no sentence names one zone beside another zone's figure", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-pay-zones-'));
  try {
    await canadianFork(dir);
    const { problems } = await checkHandbook(dir, await readSettings(dir, {}, fixtureToday));
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
      'the content is still valid',
    );
    const handbook = await readHandbook(dir, fixtureToday);
    assert.deepEqual(
      handbook.pay.zones.map((z) => z.id),
      ['canada'],
    );
    // Every place either table named, and the countries of their zones.
    const sentences = await paySentences(dir, handbook, ['Canada', 'Europe', 'United Kingdom', 'UK', 'Germany', 'France']);
    assert.deepEqual(misplaced(sentences), []);
    assert.deepEqual(
      sentences.map((s) => s.sentence),
      ['A senior data engineer earns ⟦Canada⟧, and the role as a whole spans ⟦Canada⟧.', 'Zone by zone, the senior band is ⟦Canada⟧.', 'Senior | ⟦Canada⟧'],
    );

    // The sentence that went wrong in such a fork: written for a zone that is gone, beside the new default's figure.
    await writeFile(path.join(dir, faq), `${zonesAnswer}\nA senior in Europe earns <LevelPay level="data-engineer/senior" />.\n`);
    assert.deepEqual(
      (await checkHandbook(dir, await readSettings(dir, {}, fixtureToday))).problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}; ${p.fix}`),
      [`${faq}:17: names "Europe" in the same sentence as <LevelPay level="data-engineer/senior" />, which shows pay in the zone Canada; no zone of content/pay.yaml covers Europe: leave it out of the sentence, as the figure names its zone itself`],
    );
    assert.deepEqual(
      misplaced(await paySentences(dir, handbook, ['Europe'])).map((s) => s.sentence),
      ['A senior in Europe earns ⟦Canada⟧.'],
      'what the check found is what a reader would read',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
