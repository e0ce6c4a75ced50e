/**
 * content/pay.yaml: the job architecture's pay table. Grades say which levels of different roles
 * are peers; each grade has one band per pay zone (a currency and the countries it covers). Every
 * figure on the site, in prose and in exports comes from here, so one edit changes them all.
 */
import { z } from 'astro/zod';
import { translated } from './translated.ts';
import { country, editorHint, isCurrency, isoDate, ofKind, paragraph, slug, text } from './fields.ts';

export const amount = (description: string) => z.number({ error: 'must be a number without currency signs or commas, such as 95000' }).int('must be a whole number').positive('must be above zero').describe(description);

export const bandSchema = z
  .strictObject({
    min: amount('Bottom of the band.'),
    max: amount('Top of the band.'),
    midpoint: amount('Where a fully competent person at this grade is paid; leave out for the middle of the band.').optional(),
  })
  .superRefine((band, ctx) => {
    if (band.max < band.min) ctx.addIssue({ code: 'custom', path: ['max'], message: `(${band.max}) is below min (${band.min})`, params: { fix: 'make max the top of the band' } });
    if (band.midpoint !== undefined && (band.midpoint < band.min || band.midpoint > band.max)) {
      ctx.addIssue({ code: 'custom', path: ['midpoint'], message: `(${band.midpoint}) is outside the band (${band.min}–${band.max})`, params: { fix: 'put the midpoint between min and max, or leave it out' } });
    }
  })
  .describe('A pay band: min and max, and optionally a midpoint.');

const zoneSchema = z.strictObject({
  id: slug('A short name for the zone, used in the grades below and in addresses, such as us or western-europe.'),
  name: translated(text('The zone as readers see it, such as United States or Western Europe.')),
  currency: ofKind(
    'currency',
    z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'must be a three-letter currency code such as USD, EUR or GBP', abort: true })
      .refine(isCurrency, { message: 'is not an ISO 4217 currency code', params: { fix: 'use one such as USD, EUR or GBP' } }),
  ).describe('The currency people in this zone are paid in, as an ISO 4217 code such as USD, EUR or GBP.'),
  countries: z.array(country).min(1, 'needs at least one country').describe('The countries the zone covers, as two-letter ISO 3166 codes such as US, DE or GB.'),
});

const gradeSchema = z.strictObject({
  id: slug('A short name for the grade, used by levels (grade: g3), such as g3.'),
  name: translated(text('The grade as readers see it, such as "G3 · Senior".')),
  summary: translated(paragraph('One sentence on the scope every level at this grade shares.')),
  bands: editorHint(z.record(z.string(), bandSchema), { keyedBy: 'zones' }).describe('One band per pay zone, by zone id: us: { min: 95000, max: 130000 }.'),
});

export const payTableSchema = z
  .strictObject({
    period: z.enum(['year', 'month', 'hour']).default('year').describe('What the amounts are paid per: year, month or hour.'),
    effective: isoDate('The date these bands took effect, as YYYY-MM-DD.'),
    source: translated(text('Where the figures come from, as readers should see it, such as "2026 market survey".')),
    defaultZone: editorHint(slug('The zone shown first everywhere, such as us.'), { picks: 'zones' }),
    maxOverlap: z.number({ error: 'must be a share between 0 and 1, such as 0.5' }).min(0, 'must be 0 or more').max(1, 'must be 1 or less').default(0.5).describe('How much of a band the band of the next grade may overlap, as a share: 0.5 allows half.'),
    zones: z.array(zoneSchema).min(1, 'needs at least one zone').describe('Where people are paid, each with its currency and countries.'),
    grades: z.array(gradeSchema).min(1, 'needs at least one grade').describe('The grades, lowest first. Levels of different roles with the same grade are peers.'),
  })
  .describe(
    'The pay table: grades, pay zones and one band per grade and zone. Every figure on the site, in job ads and in the FAQ comes from here, so one change here changes it everywhere. The figures Rolebook ships are a starting point, not market data for your company: replace them with your own.',
  );

export type PayTable = z.infer<typeof payTableSchema>;
export type PayPeriod = PayTable['period'];
