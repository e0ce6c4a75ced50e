/**
 * Translations (issue 26): what a translation may hold, how it is merged over its source, and the
 * translation status the check reports — out of date after the source changes, untranslated
 * parts, shared fields repeated, a translation of nothing, a language Rolebook has no words for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirOf, localesOf } from '../../src/i18n/locales.ts';
import { collectionSources } from '../../src/schemas/collections.ts';
import { fingerprintOf, merged, translationSchemaOf, untranslatedPaths, translatedPart } from '../../src/schemas/translated.ts';
import { buildHandbook } from '../../src/handbook/build.ts';
import { allDownloads } from '../../src/handbook/downloads.ts';
import { areaNamesOf, mergedEntry, topicNamesOf } from '../../src/i18n/localized.ts';
import { input } from '../fixtures/handbook-input.ts';
import { problemsWith, replace } from './check-fixture.ts';

const levelSchema = collectionSources.levels.schema;
const withGerman = (text: string) => text.replace(/^locale: en-GB$/m, 'locale: en-GB\ntranslations:\n  - key: de\n    locale: de-DE');
const senior = 'content/levels/data-engineer/senior.mdx';
const germanSenior = 'content/de/levels/data-engineer/senior.mdx';

test('a translation holds the translated fields only: shared ones (grade, order, role) are not in its schema', () => {
  const schema = translationSchemaOf(levelSchema)!;
  assert.equal(schema.safeParse({ title: 'Senior', competencies: [{ expectation: 'Gut.' }] }).success, true);
  assert.equal(schema.safeParse({ grade: 'g3' }).success, false);
  assert.equal(schema.safeParse({ order: 3 }).success, false);
});

test('merged: text and lists of lines replaced whole, lists of objects item by item, shared fields kept', () => {
  const source = {
    title: 'Senior',
    grade: 'g3',
    responsibilities: ['a', 'b'],
    competencies: [
      { area: 'Delivery', expectation: 'Ships.' },
      { area: 'Design', expectation: 'Designs.' },
    ],
  };
  const out = merged(source, { title: 'Senior (de)', responsibilities: ['x'], competencies: [{ expectation: 'Liefert.' }, {}] });
  assert.deepEqual(out, {
    title: 'Senior (de)',
    grade: 'g3',
    responsibilities: ['x'],
    competencies: [
      { area: 'Delivery', expectation: 'Liefert.' },
      { area: 'Design', expectation: 'Designs.' },
    ],
  });
  assert.deepEqual(merged(source, { competencies: [{ expectation: 'Liefert.' }] }).competencies, source.competencies, 'a list of another length keeps the source');
  assert.deepEqual(untranslatedPaths(translatedPart(levelSchema, source), { title: 'x', responsibilities: ['x'], competencies: [{ area: 'a', expectation: 'e' }, { area: 'b' }] }), [['competencies', 1, 'expectation']]);
});

test("the fingerprint follows the source's translated text and body, not its shared fields", () => {
  const data = { title: 'Senior', grade: 'g3', summary: 'S.' };
  const before = fingerprintOf(levelSchema, data, 'Body');
  assert.equal(fingerprintOf(levelSchema, { ...data, grade: 'g4' }, 'Body'), before);
  assert.notEqual(fingerprintOf(levelSchema, { ...data, summary: 'Changed.' }, 'Body'), before);
  assert.notEqual(fingerprintOf(levelSchema, data, 'Body changed'), before);
});

test('languages: the default first, dir from the language', () => {
  const [main, de, ar] = localesOf({
    locale: 'en-US',
    translations: [
      { key: 'de', locale: 'de-DE', untranslated: 'notice' },
      { key: 'ar', locale: 'ar-EG', untranslated: 'leave-out' },
    ],
  });
  assert.deepEqual([main!.prefix, de!.prefix, ar!.prefix], ['', 'de/', 'ar/']);
  assert.deepEqual([dirOf('de-DE'), dirOf('ar-EG'), dirOf('he')], ['ltr', 'rtl', 'rtl']);
});

test('an edited English level makes its German translation out of date, with the fingerprint to write once it is brought up to date', async () => {
  const translation = (from: string) => `---\ntranslatedFrom: ${from}\ntitle: Senior Data Engineer\nsummary: Die Senior-Stufe.\n---\n`;
  const first = await problemsWith({ 'content/site.yaml': withGerman, [germanSenior]: translation('00000000') });
  const out = first.find((p) => p.file === germanSenior && /out of date/.test(p.message));
  assert.ok(out, 'a wrong fingerprint is out of date');
  const now = /translatedFrom: ([0-9a-f]{8})/.exec(out.fix ?? '')![1]!;
  const current = await problemsWith({ 'content/site.yaml': withGerman, [germanSenior]: translation(now) });
  assert.equal(current.filter((p) => p.file === germanSenior && /out of date/.test(p.message)).length, 0, 'the fingerprint the check gave is up to date');
  const edited = await problemsWith({ 'content/site.yaml': withGerman, [germanSenior]: translation(now), [senior]: replace('summary: The Senior level.', 'summary: The Senior level, rewritten.') });
  const stale = edited.find((p) => p.file === germanSenior && /out of date/.test(p.message));
  assert.ok(stale, 'the edit makes the translation out of date');
  assert.equal(stale.line, 2, 'at the translatedFrom line');
  assert.equal(stale.severity, 'warning');
  assert.match(stale.message, new RegExp(`${senior} has changed`));
  const untranslated = edited.find((p) => p.file === germanSenior && /untranslated/.test(p.message));
  assert.match(untranslated?.message ?? '', /scope/, 'the fields it leaves in English are named');
});

test('a translation that repeats a shared field, translates nothing, or has another number of competencies is named at its line', async () => {
  const problems = await problemsWith({
    'content/site.yaml': withGerman,
    [germanSenior]: '---\ntitle: Senior\ngrade: g9\ncompetencies:\n  - expectation: Eins.\n  - expectation: Zwei.\n---\n',
    'content/de/levels/data-engineer/senoir.mdx': '---\ntitle: X\n---\n',
  });
  const at = (file: string, pattern: RegExp) => problems.find((p) => p.file === file && pattern.test(p.message));
  assert.equal(at(germanSenior, /is shared, not translated/)?.line, 3);
  assert.equal(at(germanSenior, /items and .* has/)?.severity, 'warning');
  assert.match(at('content/de/levels/data-engineer/senoir.mdx', /does not exist/)?.fix ?? '', /senior\.mdx/);
});

test('a language Rolebook has no interface words for is named in site.yaml', async () => {
  const problems = await problemsWith({ 'content/site.yaml': (t) => t.replace(/^locale: en-GB$/m, 'locale: en-GB\ntranslations:\n  - key: ar\n    locale: ar-EG') });
  const warning = problems.find((p) => p.file === 'content/site.yaml' && /no interface words/.test(p.message));
  assert.ok(warning);
  assert.match(warning.fix ?? '', /src\/i18n\/words\/ar\.ts/);
});

test('German ads: a translated title that names one gender is an error at its line; the ad adds (m/w/d) itself', async () => {
  const problems = await problemsWith({ 'content/site.yaml': withGerman, [germanSenior]: '---\ntitle: Senior Data Engineer (m)\n---\n' });
  const error = problems.find((p) => p.file === germanSenior && /names one gender/.test(p.message));
  assert.equal(error?.line, 2);
  assert.equal(error?.severity, 'error');
  const neutral = await problemsWith({ 'content/site.yaml': withGerman, [germanSenior]: '---\ntitle: Senior Data Engineer\n---\n' });
  assert.equal(neutral.filter((p) => /names one gender/.test(p.message)).length, 0);
});

test('a language of an EU country keeps a pay range on every ad: hiring.yaml cannot turn it off', async () => {
  const off = (t: string) => t.replace(/adChecks:\n/, 'adChecks:\n  payTransparency:\n    rangeOnEveryAd: false\n');
  const alone = await problemsWith({ 'content/hiring.yaml': off });
  assert.equal(alone.filter((p) => /EU pay-transparency/.test(p.message)).length, 0, 'an English-only handbook may turn it off');
  const german = await problemsWith({ 'content/hiring.yaml': off, 'content/site.yaml': withGerman });
  const error = german.find((p) => /EU pay-transparency/.test(p.message));
  assert.equal(error?.file, 'content/hiring.yaml');
  assert.equal(error?.field, 'adChecks.payTransparency.rangeOnEveryAd');
});

test("a competency's area stays the source's, which stages and questions match; its name in the language comes from the translations", () => {
  const source = { competencies: [{ area: 'Delivery', expectation: 'Ships.' }] };
  const out = mergedEntry(source, { competencies: [{ area: 'Umsetzung', expectation: 'Liefert.' }] });
  assert.deepEqual(out.competencies, [{ area: 'Delivery', expectation: 'Liefert.' }]);
  const names = areaNamesOf([{ data: source }, { data: { competencies: [{ area: 'Delivery' }] } }], (i) => (i === 0 ? { competencies: [{ area: 'Umsetzung' }] } : undefined));
  assert.equal(names.get('Delivery'), 'Umsetzung');
  const [main, de] = localesOf({ locale: 'en-US', translations: [{ key: 'de', locale: 'de-DE', untranslated: 'notice' }] });
  const h = buildHandbook({ ...input(), locale: de!, areaNames: names });
  assert.equal(h.areaName('Delivery'), 'Umsetzung');
  assert.equal(h.areaName('Design'), 'Design', 'an area no translation names keeps its name');
  assert.equal(buildHandbook({ ...input(), locale: main! }).areaName('Delivery'), 'Delivery');
});

test("an FAQ's topic stays the source's, so one topic is one group in every language, named from the translations", () => {
  const faq = { question: 'Why?', topic: 'Pay' };
  assert.deepEqual(mergedEntry(faq, { question: 'Warum?', topic: 'Gehalt' }), { question: 'Warum?', topic: 'Pay' });
  const names = topicNamesOf([{ data: faq }, { data: { topic: 'Pay' } }], (i) => (i === 1 ? { topic: 'Gehalt' } : undefined));
  assert.equal(names.get('Pay'), 'Gehalt');
  const [, de] = localesOf({ locale: 'en-US', translations: [{ key: 'de', locale: 'de-DE', untranslated: 'notice' }] });
  assert.equal(buildHandbook({ ...input(), locale: de!, topicNames: names }).topicName('Pay'), 'Gehalt');
});

test('a language that leaves out what it has not translated links to the default language for those pages', () => {
  const [, de] = localesOf({ locale: 'en-US', translations: [{ key: 'de', locale: 'de-DE', untranslated: 'leave-out' }] });
  const i = input();
  const h = buildHandbook({ ...i, locale: de!, levels: i.levels.map((l) => (l.id === 'backend-engineer/senior' ? l : { ...l, fallback: true })) });
  assert.equal(h.url('roles/backend-engineer/senior/'), '/de/roles/backend-engineer/senior/');
  assert.equal(h.url('roles/backend-engineer/junior/'), '/roles/backend-engineer/junior/');
  assert.equal(h.url('faq/'), '/de/faq/');
  const files = [...allDownloads(h, '/')].map((d) => d.path);
  assert.ok(files.some((f) => f.startsWith('de/roles/backend-engineer/senior/')));
  assert.ok(!files.some((f) => f.includes('backend-engineer/junior/')), 'no files beside a page left out');
});
