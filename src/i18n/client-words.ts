/**
 * The words the browser's modules show, made at build time from the page's catalogue and handed to
 * them by the page (a data- attribute its component renders): the search box's notices
 * (src/search/search-ui.ts) and the self-assessment's statuses and files (src/browser/
 * self-assessment.ts). Those modules import only the types from here, never a catalogue.
 */
import type { SelfAssessmentFileWords } from '../lib/self-assessment.ts';
import { template } from './template.ts';
import type { Words } from './words/en.ts';

/** What to say when search cannot run: in astro dev, where the fix is one command away, that command. */
export const searchUnavailable = (words: Words, dev: boolean): string => (dev ? words.search.unavailableDev : words.search.unavailable);

export interface SearchClientWords {
  /** With {to} (shown in bold) and {from}. */
  corrected: string;
  /** With {to}. */
  correctedAnnounced: string;
  navigate: string;
  /** The types whose result badge also names the level ("Level · Mid-level"). */
  withLevel: string[];
}

export const searchClientWords = (words: Words): SearchClientWords => ({
  corrected: template(words.search.corrected, 'to', 'from'),
  correctedAnnounced: template(words.search.correctedAnnounced, 'to'),
  navigate: words.search.navigate,
  withLevel: [words.search.types['level'], words.search.types['job']].filter((type): type is string => Boolean(type)),
});

export interface SelfAssessmentClientWords {
  status: { notKept: string; restored: string /** With {file}. */; downloaded: string; confirmClear: string; cleared: string };
  file: SelfAssessmentFileWords;
}

/** The self-assessment's words, with the rating points as the page shows them. */
export function selfAssessmentClientWords(words: Words, ratings: SelfAssessmentFileWords['ratings']): SelfAssessmentClientWords {
  const { status, file, themes } = words.pages.selfAssessment;
  return {
    status: { ...status, downloaded: template(status.downloaded, 'file') },
    file: { ...file, heading: template(file.heading, 'level'), themes, ratings: ratings.map(({ value, label, meaning }) => ({ value, label, meaning })) },
  };
}
