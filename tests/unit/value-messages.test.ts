/**
 * A refused value is echoed with the one to write: a country's name as its ISO code (in English
 * and in the handbook's language), a currency's name or symbol as its code, a language's name as a
 * tag, a number with separators as a plain number, and the rest of what editors write another way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDateFrom } from '../../src/lib/dates.ts';
import { hexFrom } from '../../src/lib/color.ts';
import { suggestCountry, suggestCurrency, suggestLocale } from '../../src/lib/codes.ts';
import { plainNumber } from '../../src/lib/money.ts';
import { webAddressFrom } from '../../src/lib/url.ts';
import { checkWith, replace, type Edit } from './check-fixture.ts';

const pay = 'content/pay.yaml';
const site = 'content/site.yaml';
const hiring = 'content/hiring.yaml';
const junior = 'content/levels/data-engineer/junior.mdx';
const opening = 'content/openings/senior-data-berlin.mdx';

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  { name: 'a country written by its name', edits: { [pay]: replace('countries: [DE, FR]', 'countries: [DE, FR, Canada]') }, expected: [`error: ${pay}:10: zone europe (Europe), item 3 of countries (Canada) is not a two-letter country code; write CA for Canada.`] },
  {
    name: "a country written by its name in the handbook's language",
    edits: { [site]: replace('locale: en-GB', 'locale: de-DE'), [hiring]: replace('remoteCountries: [DE, FR, GB]', 'remoteCountries: [Deutschland, FR, GB]') },
    expected: [`error: ${hiring}:5: item 1 of remoteCountries (Deutschland) is not a two-letter country code; write DE for Germany.`],
  },
  { name: 'a country written by a code that is another name for one', edits: { [opening]: replace('country: DE', 'country: de') }, expected: [`error: ${opening}:8: office "Berlin", country (de) is not a two-letter country code; write DE for Germany.`] },
  {
    name: 'a currency written by its name, and one by its symbol',
    edits: { [pay]: (text) => text.replace('currency: EUR', 'currency: euro').replace('currency: GBP', 'currency: "£"') },
    expected: [
      `error: ${pay}:9: zone europe (Europe), currency (euro) must be a three-letter currency code such as USD, EUR or GBP; write EUR for Euro.`,
      `error: ${pay}:13: zone uk (United Kingdom), currency (£) must be a three-letter currency code such as USD, EUR or GBP; write GBP for British Pound.`,
    ],
  },
  { name: 'a language written by its name', edits: { [site]: replace('locale: en-GB', 'locale: German') }, expected: [`error: ${site}:7: locale (German) must be a language tag such as en-US or de-DE; write de-DE for German (Germany).`] },
  {
    name: 'an amount written with separators, outside brackets',
    edits: { [pay]: replace('      uk: { min: 35000, max: 44000 }', '      uk:\n        min: 35,000\n        max: 44000') },
    expected: [`error: ${pay}:22: grade g1 (G1 · Entry), bands.uk.min (35,000) must be a number without currency signs or commas, such as 95000; write 35000.`],
  },
  { name: 'an id written as a title', edits: { [pay]: replace('  - id: g2', '  - id: G2') }, expected: [`error: ${pay}:22: grade "G2 · Senior", id (G2) must be lowercase letters, digits and single hyphens, such as backend-engineer; write g2.`] },
  {
    name: 'a colour without its #, and an address without https://',
    edits: { [site]: (text) => text.replace('brandColor: "#2456a6"', 'brandColor: "2456a6"').replace('website: https://fixture.example', 'website: fixture.example') },
    expected: [`error: ${site}:3: company.website (fixture.example) must be a full web address starting with https://; write https://fixture.example.`, `error: ${site}:8: brandColor (2456a6) must be a six-digit hex colour such as #2456a6; write #2456a6.`],
  },
  { name: 'a date written day first', edits: { [opening]: replace('validThrough: 2027-06-30', 'validThrough: 30.06.2027') }, expected: [`error: ${opening}:11: validThrough (30.06.2027) is not a real date in the form YYYY-MM-DD; write 2027-06-30.`] },
  {
    name: 'yes for true, a choice written in other words, and one misspelt',
    edits: {
      [opening]: (text) => text.replace('directApply: true', 'directApply: yes').replace('employmentType: FULL_TIME', 'employmentType: full-time'),
      [junior]: replace('order: 1', 'order: 1\ntrack: managment'),
    },
    expected: [
      `error: ${junior}:6: track is "managment"; use one of: ic, management; did you mean management?`,
      `error: ${opening}:9: employmentType is "full-time"; use one of: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER; write FULL_TIME.`,
      `error: ${opening}:13: directApply (yes) must be true or false; write true.`,
    ],
  },
  {
    name: 'a value with nothing to suggest keeps the hint',
    edits: { [pay]: replace('countries: [DE, FR]', 'countries: [DE, Atlantis]') },
    expected: [`error: ${pay}:10: zone europe (Europe), item 2 of countries (Atlantis) is not a two-letter country code; use ISO 3166 codes such as US, DE or GB.`],
  },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual(await checkWith(edits), expected);
  });
}

test('countries: names in English and in the handbook language, codes in any case, aliases and typos', () => {
  assert.deepEqual(suggestCountry('Canada'), { value: 'CA', means: 'Canada', sure: true });
  assert.deepEqual(suggestCountry('the Netherlands'), { value: 'NL', means: 'Netherlands', sure: true });
  assert.deepEqual(suggestCountry('uk'), { value: 'GB', means: 'United Kingdom', sure: true });
  assert.deepEqual(suggestCountry('Vereinigtes Königreich', 'de-DE'), { value: 'GB', means: 'United Kingdom', sure: true });
  assert.equal(suggestCountry('Vereinigtes Königreich', 'en-GB'), undefined, "only English and the handbook's language");
  assert.deepEqual(suggestCountry('Germny'), { value: 'DE', means: 'Germany', sure: false });
  for (const far of ['Holland', 'XX', 'Atlantis']) assert.equal(suggestCountry(far), undefined, far);
});

test('currencies: names, plurals, symbols that belong to one currency, and a last word that names one', () => {
  for (const written of ['euro', 'Euros', '€', 'eur']) assert.deepEqual(suggestCurrency(written), { value: 'EUR', means: 'Euro', sure: true }, written);
  assert.deepEqual(suggestCurrency('US dollars'), { value: 'USD', means: 'US Dollar', sure: true });
  assert.deepEqual(suggestCurrency('$'), { value: 'USD', means: 'US Dollar', sure: true });
  assert.deepEqual(suggestCurrency('yen'), { value: 'JPY', means: 'Japanese Yen', sure: false });
  assert.equal(suggestCurrency('dollar'), undefined, 'many currencies are dollars');
});

test('locales: tags in another case, names of languages in English or in themselves, and of a language where it is spoken', () => {
  const tag = (written: string) => suggestLocale(written)?.value;
  assert.deepEqual(['German', 'Deutsch', 'de_DE', 'de-de'].map(tag), ['de-DE', 'de-DE', 'de-DE', 'de-DE']);
  assert.deepEqual(['en_gb', 'British English', 'German (Switzerland)', 'Brazilian Portuguese', 'French'].map(tag), ['en-GB', 'en-GB', 'de-CH', 'pt-BR', 'fr-FR']);
  assert.equal(tag('Klingon'), undefined);
});

test('numbers, dates, colours and addresses written another way', () => {
  assert.deepEqual(['138,000', '€95,000', '95 000', '95k', '1.234.567', '95,000 EUR'].map(plainNumber), [138000, 95000, 95000, 95000, 1234567, 95000]);
  assert.deepEqual(['1.500', '1,5', '$95,000–$130,000', '12,34'].map(plainNumber), [undefined, undefined, undefined, undefined], 'nothing that could be read two ways');
  assert.deepEqual(['31.01.2026', '2026/1/31', '13/02/2026', '02/13/2026'].map(isoDateFrom), ['2026-01-31', '2026-01-31', '2026-02-13', '2026-02-13']);
  assert.deepEqual(['01/02/2026', '31.02.2026', 'March 3'].map(isoDateFrom), [undefined, undefined, undefined], 'day or month unknown, or no such day');
  assert.deepEqual(['2456A6', '#24a', 'blue'].map(hexFrom), ['#2456a6', '#2244aa', undefined]);
  assert.deepEqual(['handbook.acme.com', 'http://x.com', 'acme'].map(webAddressFrom), ['https://handbook.acme.com', undefined, undefined]);
});
