/**
 * The interface's words for a page's language (src/i18n/words/): the catalogue of its language,
 * or the English one where Rolebook has none yet (the content check says so, in site.yaml).
 */
import { languageOf } from './locales.ts';
import { de } from './words/de.ts';
import { en, type Words } from './words/en.ts';

export type { Words } from './words/en.ts';

/** Every catalogue, by language. */
export const catalogues: Readonly<Record<string, Words>> = { en, de };

/** The catalogue for a language tag (de-DE, de-AT → de), undefined where Rolebook has none. */
export const catalogueFor = (tag: string): Words | undefined => catalogues[languageOf(tag)];

/** The words a page in this language prints: its catalogue, or English where there is none. */
export const wordsFor = (tag: string): Words => catalogueFor(tag) ?? en;
