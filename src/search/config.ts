/**
 * Search settings shared by the header search, the /search/ page, the page markup (SearchMeta.astro)
 * and the tests, so the ranking a reader gets is the ranking the relevance test measures. Labels are
 * each language's (src/i18n/words/): the functions below take the catalogue of the page's language,
 * pageWords(Astro.params). Only its type is imported, so the browser's search code carries no catalogue.
 */
import type { Words } from '../i18n/words/en.ts';

/** pagefind ranking (applied in the browser; see https://pagefind.app/docs/ranking/). */
export const ranking = {
  // Role guides are long and level pages short; length must not decide between them, so pageLength
  // is off and weighted words (titles, other titles, level names) carry the ranking.
  // Tuned against tests/fixtures/search-queries.json.
  termFrequency: 0.8,
  pageLength: 0,
  termSimilarity: 1.2,
  termSaturation: 1.1,
  // A level name with a pay word ("senior pay") lists that level's pages first: level pages carry
  // "<level> pay band" in this meta field (SearchMeta.astro), and a query that matches a meta field
  // as a whole is boosted by its weight, one that matches part of it far less.
  metaWeights: { pay: 20 },
} as const;

export const excerptLength = 18;

/**
 * Words readers type that the handbook says differently, rewritten before searching (pagefind
 * needs every word of a query to match, so adding words would narrow results). An empty string
 * drops the word. The rewritten query is used only when it finds something.
 */
export const rewrites: Record<string, string> = {
  salary: 'pay',
  salaries: 'pay',
  compensation: 'pay',
  wage: 'pay',
  wages: 'pay',
  vs: 'difference',
  versus: 'difference',
};
/** Filters shown on /search/, in order. Keys match data-pagefind-filter in SearchMeta.astro. */
export const filters = [{ key: 'type' }, { key: 'family' }, { key: 'level' }, { key: 'track' }] as const;

/** The filters with their labels in the language of the words given. */
export const filterLabels = (words: Words) => filters.map(({ key }) => ({ key, label: words.search.filters[key] }));

/** Readable names for the page types Base.astro is given, used as the "type" filter and result badge, in the language of the words given. */
export const typeLabels = (words: Words): Record<string, string> => words.search.types;

/** The tracks' names, as the "track" filter shows them, in the language of the words given. */
export const trackLabels = (words: Words): Record<string, string> => words.trackNames;

/** Where the site publishes the handbook's words for "did you mean" on typos (vocabulary-route.ts). */
export const vocabularyPath = 'search/vocabulary.json';
