/**
 * What the check says about pay zones in prose: a zone taken out of content/pay.yaml leaves text
 * written the way Rolebook's example is written valid, with one message per file where an
 * editor's own text named it. The figures themselves are tested in content-pay.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWith, replace, type Edit } from './check-fixture.ts';

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
