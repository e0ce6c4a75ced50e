/**
 * Query help, for both search boxes: pagefind matches whole words and prefixes only, and readers
 * use words the handbook does not. So the box does not hand pagefind what was typed but the helped
 * query: typos swapped for the closest word the handbook uses ("kubernets" → "kubernetes", and the
 * reader is told), and readers' words for the handbook's ("salary" → "pay", rewrites in config.ts).
 * The helped query is tried first with pagefind's JS API and used only when it finds something.
 * (A level name with a pay word lists level pages first through ranking: metaWeights in config.ts.)
 */
import { didYouMean } from '../lib/did-you-mean.ts';
import type { Filters, PagefindSearch } from './client.ts';
import { rewrites, vocabularyPath } from './config.ts';

export interface Correction {
  from: string;
  to: string;
}

let vocabulary: Promise<string[]> | undefined;
/** The handbook's words, most used first (published by vocabulary-route.ts); none when unavailable. */
export const loadVocabulary = (base: string): Promise<string[]> =>
  (vocabulary ??= fetch(`${base.replace(/\/?$/, '/')}${vocabularyPath}`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []));

/**
 * The closest spelling the handbook uses, for words it never uses: "kubernets" → "kubernetes".
 * Returns undefined when no word needed fixing.
 */
function correctQuery(words: readonly string[], query: string): string | undefined {
  if (!words.length) return undefined;
  const known = new Set(words);
  let changed = false;
  const fixed = query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (word.length < 4 || known.has(word) || words.some((w) => w.startsWith(word))) return word;
      const guess = didYouMean(
        word,
        words.filter((w) => Math.abs(w.length - word.length) <= 2),
      );
      if (guess && guess !== word) changed = true;
      return guess ?? word;
    })
    .join(' ');
  return changed ? fixed : undefined;
}

/** The query in the handbook's words: "senior salary" → "senior pay" (see rewrites in config.ts). */
function inHandbookWords(query: string): string {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => rewrites[word.toLowerCase()] ?? word)
    .filter(Boolean)
    .join(' ');
}

/** What pagefind should search for what the reader typed, and the spelling fix to tell them about. */
export async function helpQuery(pagefind: PagefindSearch, words: readonly string[], typed: string, filters: Filters): Promise<{ term: string; correction?: Correction }> {
  const fixed = correctQuery(words, typed);
  const term = inHandbookWords(fixed ?? typed);
  if (!term || term === typed || !(await pagefind.search(term, { filters })).results.length) return { term: typed };
  return fixed ? { term, correction: { from: typed, to: fixed } } : { term };
}
