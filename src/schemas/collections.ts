/**
 * Where each collection lives (and how deep its folders go) and which schema checks it. The one
 * reader (src/reader/) reads this for the content check and for Astro's collections alike.
 */
import { careerPathSchema } from './career-path.ts';
import { faqSchema } from './faq.ts';
import { interviewQuestionSchema } from './interview-question.ts';
import { levelSchema } from './level.ts';
import { openingSchema } from './opening.ts';
import { roleSchema } from './role.ts';

export const collectionSources = {
  roles: { base: 'content/roles', depth: 0, schema: roleSchema },
  levels: { base: 'content/levels', depth: 1, schema: levelSchema },
  faqs: { base: 'content/faqs', depth: Infinity, schema: faqSchema },
  careerPaths: { base: 'content/career-paths', depth: 0, schema: careerPathSchema },
  openings: { base: 'content/openings', depth: 0, schema: openingSchema },
  interviewQuestions: { base: 'content/interview-questions', depth: Infinity, schema: interviewQuestionSchema },
} as const;

export type CollectionName = keyof typeof collectionSources;
export const collectionNames = Object.keys(collectionSources) as CollectionName[];

export const siteSettingsFile = 'content/site.yaml';
export const payTableFile = 'content/pay.yaml';
export const hiringFile = 'content/hiring.yaml';
