/** content/levels/<role>/<level>.mdx: one step of a role's ladder. */
import { z } from 'astro/zod';
import { translated } from './translated.ts';
import { editorHint, example, paragraph, slug, stewardship, text, textList } from './fields.ts';
import { adSchema, hiringOverrideSchema } from './hiring.ts';
import { bandSchema } from './pay.ts';
import { reference } from './reference.ts';

export const tracks = ['ic', 'management'] as const;

const payExceptionSchema = z
  .strictObject({
    reason: translated(paragraph("Why this level is paid outside its grade's band, as a compensation analyst would read it.")),
    bands: editorHint(z.record(z.string(), bandSchema), { keyedBy: 'zones' }).describe("The bands that replace the grade's, by zone id: us: { min: 100000, max: 140000 }."),
  })
  .describe("Only where a level must be paid outside its grade's bands: the reason and the bands that apply instead.");

const competencySchema = z.strictObject({
  area: translated(text('The competency, such as Technical depth. Use the same areas on every level of a role so they line up in the comparison.')),
  expectation: translated(paragraph('What this level does in that area, in one or two sentences.')),
});

export const levelSchema = z.strictObject({
  role: reference('roles').describe('The role this level belongs to: the file name of its guide, such as backend-engineer.'),
  title: translated(editorHint(text('The full job title, such as Senior Backend Engineer.'), { names: true })),
  shortTitle: translated(text('The level on its own, such as Senior. Used in ladders and comparisons.')),
  order: z.number({ error: 'must be a whole number: 1 for the first level, 2 for the next' }).int('must be a whole number').positive('must be 1 or more').describe('Position on the ladder: 1 is the entry level, higher numbers are more senior.'),
  track: z.enum(tracks).default('ic').describe('ic for individual contributors, management for people managers.'),
  summary: translated(paragraph('One sentence on what sets this level apart from the one below.')),
  scope: translated(paragraph('The reach and autonomy of the level: how big the problems are and how much guidance people need.')),
  responsibilities: translated(textList('What people at this level do, one per line. Say what is new at this level.', 3)),
  requirements: translated(textList('What a candidate needs for this level, one per line.', 2)),
  niceToHaves: translated(textList('What helps at this level but is not required.', 0).default([])),
  competencies: z.array(competencySchema).min(1, 'needs at least one competency').describe('Expectations by competency area.'),
  experience: z
    .strictObject({
      minYears: z.number({ error: 'must be a number of years, such as 3' }).int('must be a whole number').min(0, 'cannot be negative').describe('Typical minimum years of relevant experience.'),
      maxYears: z.number({ error: 'must be a number of years, such as 5' }).int('must be a whole number').positive('must be above zero').optional().describe('Typical upper end; leave out for "or more".'),
    })
    .refine((e) => e.maxYears === undefined || e.maxYears >= e.minYears, { message: 'is below minYears', path: ['maxYears'] })
    .describe('Typical years of experience. A guide for readers, never a hard rule.'),
  grade: editorHint(slug('The grade of this level in content/pay.yaml, such as g3. Levels of different roles with the same grade are peers and share a pay band.'), { picks: 'grades' }),
  payException: payExceptionSchema.optional(),
  hiring: hiringOverrideSchema.optional(),
  ad: adSchema.optional(),
  changesFromPrevious: translated(textList('What changes from the level below, one point per line. Leave out on the first level.', 1).optional()),
  toReachNext: translated(textList('What it takes to reach the next level, one point per line. Leave out on the top level.', 1).optional()),
  example,
  ...stewardship,
});

export type LevelData = z.infer<typeof levelSchema>;
export type Track = (typeof tracks)[number];
