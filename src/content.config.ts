import { defineCollection, reference } from 'astro:content';
import { siteResult } from 'virtual:rolebook/site';
import { handbookLoaders } from './reader/loader.ts';
import { collectionSources } from './schemas/collections.ts';
import type { ReferenceBuilder } from './schemas/reference.ts';

// The loaders store data the content check has already validated; the schemas here give the types.
const loaders = handbookLoaders(siteResult);
const builders = { reference: reference as ReferenceBuilder };
const { roles, levels, faqs, careerPaths } = collectionSources;

export const collections = {
  roles: defineCollection({ loader: loaders.roles, schema: roles.schema() }),
  levels: defineCollection({ loader: loaders.levels, schema: levels.schema(builders) }),
  faqs: defineCollection({ loader: loaders.faqs, schema: faqs.schema(builders) }),
  careerPaths: defineCollection({ loader: loaders.careerPaths, schema: careerPaths.schema() }),
};
