/** content/roles/<role>.mdx: the guide to one role. The MDX body is the long-form guide. */
import { z } from 'astro/zod';
import { translated } from './translated.ts';
import { editorHint, example, paragraph, stewardship, text, textList } from './fields.ts';
import { adSchema, hiringOverrideSchema } from './hiring.ts';

const skillGroupSchema = z.strictObject({
  group: translated(text('Name of the group, such as Languages, Data stores or Cloud.')),
  items: textList('The skills in this group, one per line, such as PostgreSQL.'),
});

export const roleSchema = z.strictObject({
  title: translated(editorHint(text('The role name readers search for, such as Backend Engineer.'), { names: true })),
  family: translated(text('The family the role belongs to, such as Engineering. Roles are grouped by it.')),
  summary: translated(paragraph('One or two sentences on what the role is for. Used as the page description and in search results.').max(300, 'is longer than 300 characters; keep it to one or two sentences')),
  otherTitles: translated(z.array(z.string().trim().min(1, 'is empty')).default([]).describe('Other names for the same job, such as API Developer. Search finds the role by these too.')),
  responsibilities: translated(textList('What people in this role do, at every level, one per line.', 3)),
  requirements: translated(textList('What every candidate needs, one per line. Level pages add what changes.', 3)),
  niceToHaves: translated(textList('What helps but is not required, one per line.', 0).default([])),
  skills: z.array(skillGroupSchema).min(1, 'needs at least one group').describe('Skills grouped by category. Each skill gets its own page.'),
  softSkills: translated(textList('Ways of working that matter in this role, one per line.', 0).default([])),
  tools: textList('Tools people use day to day, one per line.', 0).default([]),
  hiring: hiringOverrideSchema.optional(),
  ad: adSchema.optional(),
  example,
  ...stewardship,
});

export type RoleData = z.infer<typeof roleSchema>;
