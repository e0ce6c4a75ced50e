/**
 * content/hiring.yaml: what every job ad says about how the company hires, written once. A role
 * or level file (and an opening) can override any field under `hiring:`.
 */
import { z } from 'astro/zod';
import { translated } from './translated.ts';
import { country, paragraph, text, textList } from './fields.ts';

const workModes = ['remote', 'hybrid', 'on-site'] as const;

const hiringFields = {
  workMode: z.enum(workModes).describe('remote, hybrid or on-site.'),
  offices: z
    .array(z.strictObject({ city: text('The city, such as Berlin.'), country: country.describe('Its country, as a two-letter code such as DE.') }))
    .optional()
    .describe('Where people work for hybrid or on-site jobs: a city and its country.'),
  remoteCountries: z.array(country).optional().describe('For remote jobs: the countries applicants may live and work in, as two-letter codes.'),
  timeZones: translated(text('The working hours people share, such as "At least four hours overlap with 9:00–17:00 US Eastern Time".').optional()),
  benefits: translated(textList('What the company offers beyond pay, one item per line.')),
  equalOpportunity: translated(paragraph('The equal-opportunity statement every ad ends with.')),
  adjustments: translated(paragraph('How candidates ask for adjustments in the process, with a contact, such as "Write to people@example.com".')),
  howToApply: translated(paragraph('What candidates send and where, in a sentence or two.')),
  interviewStages: z
    .array(
      z.strictObject({
        name: translated(text('The stage, such as "Technical interview".')),
        description: translated(paragraph('What happens and how long it takes, in one sentence.')),
        minutes: z.number().int('must be a whole number').min(5, 'must be 5 or more').max(480, 'must be 480 or fewer').optional().describe('How long the stage takes, in minutes: the interview kits fit their questions into it.'),
        areas: z
          .array(text('A competency area, written as the levels write it, such as System design.'))
          .optional()
          .describe('The competency areas this stage assesses, written as the levels write them (System design, Collaboration…): the interview kits ask questions on these. Leave out for a stage that rates none, such as a first call.'),
      }),
    )
    .min(1, 'needs at least one stage')
    .describe('The interview process, in order.'),
};

/** Checks on the words and pay of every job ad (src/integrity/rules/job-ads.ts); set once, for the whole site. */
const adChecksSchema = z
  .strictObject({
    maxSentenceWords: z.number().int('must be a whole number').min(10, 'must be 10 or more').default(35).describe('Sentences longer than this many words are reported: readers lose track.'),
    payTransparency: z
      .strictObject({
        rangeOnEveryAd: z.boolean().default(true).describe('Every ad and opening must show a pay range for where it is open (pay-transparency laws such as EU Directive 2023/970).'),
        maxRangeWidth: z.number().min(0, 'must be 0 or more').optional().describe('How wide a band may be, as a share of its bottom: 0.6 allows 100,000–160,000.'),
      })
      .default({ rangeOnEveryAd: true })
      .describe('Pay-transparency rules the ads must meet.'),
    allow: z
      .array(z.strictObject({ word: text('A coded word or stem to accept, such as lead or competenc*.'), reason: text('Why it is used here, as the report shows it.') }))
      .default([])
      .describe('Coded words accepted on purpose, with the reason; the health report lists them.'),
  })
  .default({ maxSentenceWords: 35, payTransparency: { rangeOnEveryAd: true }, allow: [] })
  .describe(
    'How npm run check reads every job ad: sentence length, pay transparency and words used on purpose. Masculine-coded words (such as aggressive or dominant) and long sentences are reported on their line; a word you use on purpose is accepted under allow, with the reason, and npm run check -- --report lists every one.',
  );

export const hiringSchema = z.strictObject({ ...hiringFields, adChecks: adChecksSchema }).describe('How the company hires, written once for every job ad. A role, a level or an opening can replace any of these fields under hiring:.');

/** Any of the fields, in a role, level or opening, replacing the defaults for that ad. */
export const hiringOverrideSchema = z.strictObject(hiringFields).partial().describe('Posting details that differ from content/hiring.yaml for this role, level or opening.');

export type Hiring = z.infer<typeof hiringSchema>;
export type AdChecks = z.infer<typeof adChecksSchema>;
export type HiringOverride = z.infer<typeof hiringOverrideSchema>;

/** The defaults with each override on top, in order (role, level, opening); a field left out keeps what is below. */
export function withOverrides(defaults: Hiring, ...overrides: (HiringOverride | undefined)[]): Hiring {
  const set = (o: HiringOverride | undefined) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));
  return Object.assign({}, defaults, ...overrides.map(set)) as Hiring;
}
export type WorkMode = (typeof workModes)[number];

/** How a role's or a level's job ad departs from the composed default. */
export const adSchema = z
  .strictObject({
    intro: translated(paragraph('Replaces the composed "About the role" paragraph of the ad: two or three sentences.').optional()),
    omit: translated(textList('Role-wide points this ad leaves out (they stay on the role page), each written as its opening words, such as "Take your turn on call".').optional()),
  })
  .describe('Shapes the job ad: an intro of its own, role-wide points to leave out.');
