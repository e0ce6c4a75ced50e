/** Every entry of every collection, for rules that judge fields all of them share. */
import type { Entry, LoadedContent } from '../../reader/content.ts';
import type { CollectionName } from '../../schemas/collections.ts';

export interface Shared {
  example: boolean;
  lastReviewed?: string | undefined;
  status?: 'draft' | 'published';
}

export const allEntries = (content: LoadedContent): Entry<CollectionName, Shared>[] => [...content.roles, ...content.levels, ...content.faqs, ...content.careerPaths, ...content.openings, ...content.interviewQuestions];

/** What a file of each collection is, in the words of a message: "is an example opening". */
export const entryNoun: Record<CollectionName, string> = {
  roles: 'role guide',
  levels: 'level',
  faqs: 'question',
  careerPaths: 'career path',
  openings: 'opening',
  interviewQuestions: 'interview question',
};
