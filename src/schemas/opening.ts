/**
 * content/openings/<id>.mdx: a real vacancy. It names a level, whose composed ad it posts, and
 * adds what only a vacancy has: where, on what terms, from when to when, and where to apply.
 * The body (optional) says something about the team, under the same rules as every body.
 */
import { z } from 'astro/zod';
import { translated } from './translated.ts';
import { editorHint, example, isoDate, stewardship, text } from './fields.ts';
import { hiringOverrideSchema } from './hiring.ts';
import { amount } from './pay.ts';

/** Google's values for JobPosting.employmentType, so the markup carries what the editor wrote. */
export const employmentTypes = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'] as const;

export const openingSchema = z.strictObject({
  level: editorHint(text('The level this opening hires for, as its folder and file name: backend-engineer/senior.'), { picks: 'levels' }),
  title: translated(text('The title candidates see, when it says more than the level\'s, such as "Senior Backend Engineer, Payments". Leave out to use the level\'s.').optional()),
  hiring: hiringOverrideSchema.optional(),
  employmentType: z.enum(employmentTypes).describe('How the job is employed, in the words job search engines use: FULL_TIME for a permanent full-time job.'),
  datePosted: isoDate('The day the opening is first published, as YYYY-MM-DD.'),
  validThrough: isoDate('The last day people can apply, as YYYY-MM-DD. After it the page says the opening is closed.'),
  applyUrl: z
    .string()
    .trim()
    .refine((v) => /^(https:\/\/[^\s/]+\.[^\s]+|mailto:[^\s@]+@[^\s@]+\.[^\s@]+)$/.test(v), {
      message: 'is neither an https: address nor a mailto: address',
      params: { fix: 'link the application form (https://jobs.example.com/123) or an inbox (mailto:jobs@example.com)' },
    })
    .describe('Where candidates apply: the application form (https://…) or an inbox (mailto:jobs@example.com).'),
  directApply: z.boolean({ error: 'must be true or false' }).describe('true when applyUrl starts the application itself; false when it only leads towards it.'),
  pay: z
    .strictObject({
      zone: editorHint(text('The pay zone of content/pay.yaml this range is in, such as us.'), { picks: 'zones' }),
      min: amount('Bottom of the range this opening offers.'),
      max: amount('Top of the range this opening offers.'),
    })
    .optional()
    .describe("A narrower range than the level's band for one zone, shown instead of that band: zone, min and max."),
  example,
  ...stewardship,
});

export type OpeningData = z.infer<typeof openingSchema>;
export type EmploymentType = (typeof employmentTypes)[number];
