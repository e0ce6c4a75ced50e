import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSources } from './schemas/collections.ts';
import type { ReferenceBuilder } from './schemas/reference.ts';

const builders = { reference: reference as ReferenceBuilder };
const { roles, levels, faqs, careerPaths } = collectionSources;

export const collections = {
  roles: defineCollection({ loader: glob({ base: roles.base, pattern: roles.pattern }), schema: roles.schema() }),
  levels: defineCollection({ loader: glob({ base: levels.base, pattern: levels.pattern }), schema: levels.schema(builders) }),
  faqs: defineCollection({ loader: glob({ base: faqs.base, pattern: faqs.pattern }), schema: faqs.schema(builders) }),
  careerPaths: defineCollection({
    loader: glob({ base: careerPaths.base, pattern: careerPaths.pattern }),
    schema: careerPaths.schema(),
  }),
};
