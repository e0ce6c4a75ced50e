import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { settings } from 'virtual:rolebook/settings';
import { handbookLoaders } from './integrations/content-loader.ts';
import { collectionSources } from './schemas/collections.ts';

// The loaders store data the content check has already validated, references included (the check
// reports a broken one at its line); the schemas here only give getCollection() its types.
const loaders = handbookLoaders(settings);
const { roles, levels, faqs, careerPaths, openings, interviewQuestions } = collectionSources;

export const collections = {
  roles: defineCollection({ loader: loaders.roles, schema: roles.schema }),
  levels: defineCollection({ loader: loaders.levels, schema: levels.schema }),
  faqs: defineCollection({ loader: loaders.faqs, schema: faqs.schema }),
  careerPaths: defineCollection({ loader: loaders.careerPaths, schema: careerPaths.schema }),
  openings: defineCollection({ loader: loaders.openings, schema: openings.schema }),
  interviewQuestions: defineCollection({ loader: loaders.interviewQuestions, schema: interviewQuestions.schema }),
  // Each translation's own fields, which getHandbook() puts in place of its source's (src/i18n/localized.ts).
  translations: defineCollection({
    loader: loaders.translations,
    schema: z.object({ key: z.string(), collection: z.string(), id: z.string(), fields: z.record(z.string(), z.unknown()) }),
  }),
};
