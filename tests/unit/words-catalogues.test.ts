/**
 * Every language's catalogue of interface words (src/i18n/words/) has the same keys as the English
 * one, all the way down: TypeScript checks the shape, this checks what a type cannot, such as a
 * list of column names of the right length, and what a cast or an `as` could let through. Also the
 * words the browser's modules are handed (src/i18n/client-words.ts) and how they are filled in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogues } from '../../src/i18n/catalogue.ts';
import { searchClientWords, selfAssessmentClientWords } from '../../src/i18n/client-words.ts';
import { fill, template } from '../../src/i18n/template.ts';
import { en } from '../../src/i18n/words/en.ts';
import { selfAssessmentRatings } from '../../src/lib/self-assessment.ts';

/** What differs between two catalogues' shapes, as `path: what`: keys, kinds of value, list lengths, function arity. */
function shapeDifferences(a: unknown, b: unknown, path = ''): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);
  if (kind(a) !== kind(b)) return [`${path || '(top)'}: ${kind(a)} in English, ${kind(b)} here`];
  if (typeof a === 'function' && typeof b === 'function') return a.length === b.length ? [] : [`${path}: takes ${a.length} values in English, ${b.length} here`];
  if (typeof a === 'string') return (b as string).trim() ? [] : [`${path}: empty`];
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${path}: ${a.length} items in English, ${b.length} here`];
    return a.flatMap((item, i) => shapeDifferences(item, b[i], `${path}[${i}]`));
  }
  if (kind(a) !== 'object') return [];
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  return keys.flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    if (!(key in right)) return [`${at}: missing`];
    if (!(key in left)) return [`${at}: not in English`];
    return shapeDifferences(left[key], right[key], at);
  });
}

test('every catalogue has the keys of the English one, deeply, with lists of the same length', () => {
  assert.ok(Object.keys(catalogues).length > 1, 'there is a translation to compare');
  for (const [language, words] of Object.entries(catalogues)) {
    assert.deepEqual(shapeDifferences(en, words), [], `the ${language} catalogue`);
  }
});

test('the comparison sees a missing key, an extra one, a list too short and a string for a function', () => {
  const english = { a: 'x', b: { c: (n: number) => `${n}` }, d: ['1', '2'] };
  assert.deepEqual(shapeDifferences(english, { a: 'y', b: { c: 'z' }, d: ['1'], e: '' }), ['b.c: function in English, string here', 'd: 2 items in English, 1 here', 'e: not in English']);
  assert.deepEqual(shapeDifferences(english, { b: { c: (n: number) => `${n}` }, d: ['1', ' '] }), ['a: missing', 'd[1]: empty']);
});

test('a sentence with links is whole in every language: each link made once, by the function the page gives', () => {
  for (const [language, words] of Object.entries(catalogues)) {
    const parts = words.home.findYourWayText(
      (text) => ({ link: 'search', text }),
      (text) => ({ link: 'career-paths', text }),
    );
    assert.deepEqual(
      parts.filter((p) => typeof p !== 'string').map((p) => p.link),
      ['search', 'career-paths'],
      language,
    );
  }
});

test('words for the browser: templates from the catalogue, filled in the browser', () => {
  assert.equal(template(en.search.corrected, 'to', 'from'), 'Showing results for {to} (no exact match for “{from}”).');
  assert.equal(fill('Downloaded {file}.', { file: 'a.md' }), 'Downloaded a.md.');
  assert.equal(fill('{a} and {b}', { a: '{b}', b: '$&' }), '{b} and $&', 'values are put in as written, never read as places or patterns');
  assert.deepEqual(searchClientWords(en), {
    corrected: 'Showing results for {to} (no exact match for “{from}”).',
    correctedAnnounced: 'Showing results for {to}.',
    navigate: 'navigate',
    withLevel: ['Level', 'Job ad'],
  });
  for (const [language, words] of Object.entries(catalogues)) {
    const client = selfAssessmentClientWords(words, selfAssessmentRatings);
    assert.ok(client.status.downloaded.includes('{file}'), `${language}: the downloaded file's name has its place`);
    assert.ok(client.file.heading.includes('{level}'), `${language}: the level's title has its place`);
    assert.equal(client.file.csvHeader.length, 6, language);
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(client)), language);
  }
});
