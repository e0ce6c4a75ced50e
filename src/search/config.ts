/**
 * Search settings shared by the header search, the /search/ page, the page markup (SearchMeta.astro)
 * and the tests, so the ranking a reader gets is the ranking the relevance test measures.
 */

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
export const filters = [
  { key: 'type', label: 'Type' },
  { key: 'family', label: 'Role family' },
  { key: 'level', label: 'Level' },
  { key: 'track', label: 'Track' },
] as const;

/** Readable names for the page types Base.astro is given, used as the "type" filter and result badge. */
export const typeLabels: Record<string, string> = {
  role: 'Role',
  level: 'Level',
  faq: 'FAQ',
  'career-path': 'Career path',
  skill: 'Skill',
  job: 'Job ad',
  grades: 'Grades and pay',
  opening: 'Opening',
};

export { trackNames as trackLabels } from '../i18n/words/en.ts';

/** Where the site publishes the handbook's words for "did you mean" on typos (vocabulary-route.ts). */
export const vocabularyPath = 'search/vocabulary.json';
