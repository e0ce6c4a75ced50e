/**
 * Where each collection lives and which schema checks it. Astro's loaders (src/content.config.ts)
 * and the content check (src/integrity) both read this, so they can never disagree.
 */
import { careerPathSchema } from './career-path.ts';
import { faqSchema } from './faq.ts';
import { levelSchema } from './level.ts';
import { roleSchema } from './role.ts';

export const collectionSources = {
  roles: { base: 'content/roles', pattern: '*.mdx', depth: 0, schema: () => roleSchema },
  levels: { base: 'content/levels', pattern: '*/*.mdx', depth: 1, schema: levelSchema },
  faqs: { base: 'content/faqs', pattern: '**/*.mdx', depth: Infinity, schema: faqSchema },
  careerPaths: { base: 'content/career-paths', pattern: '*.mdx', depth: 0, schema: () => careerPathSchema },
} as const;

export type CollectionName = keyof typeof collectionSources;
export const collectionNames = Object.keys(collectionSources) as CollectionName[];

export const siteSettingsFile = 'content/site.yaml';
