/**
 * Field builders shared by every content schema. Each carries a description: editors see it as a
 * hint in their editor, and the error reporter quotes it when the field is missing or wrong.
 */
import { z } from 'astro/zod';
import { isRealIsoDate, toIsoDate } from '../lib/dates.ts';

/** A non-empty line of text, trimmed. */
export const text = (description: string) =>
  z.string().trim().min(1, 'is empty').describe(description);

/** A list of non-empty lines; `min` items at least. */
export const textList = (description: string, min = 1) =>
  z.array(z.string().trim().min(1, 'is empty')).min(min, `needs at least ${min} item${min === 1 ? '' : 's'}`).describe(description);

/**
 * A calendar date written as YYYY-MM-DD. YAML turns unquoted dates into Date objects and silently
 * rolls impossible ones over (2026-02-30 becomes 2 March), so both forms are accepted here and the
 * content check, which reads the raw text, rejects dates that do not exist.
 */
export const isoDate = (description: string) =>
  z
    .union([z.string(), z.date()])
    .transform((value) => toIsoDate(value))
    .refine(isRealIsoDate, 'is not a real date in the form YYYY-MM-DD')
    .describe(description);

const currencies = new Set(Intl.supportedValuesOf('currency'));
/** An ISO 4217 code this runtime can format, such as USD or EUR. */
export const isCurrency = (code: string) => currencies.has(code);

const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** A BCP 47 tag whose language (and region, if given) exist: "xx" passes the pattern but is no language. */
export function isKnownLocale(tag: string): boolean {
  const [language, region] = tag.split('-');
  return languages.of(language!) !== undefined && (region === undefined || regions.of(region) !== undefined);
}

/** An ISO 3166 two-letter country code, such as DE. */
export function isCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || /^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) return false;
  // Aliases such as UK canonicalise to another code (GB): the table should use the real one.
  return regions.of(code) !== undefined && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
}

/** Today as YYYY-MM-DD (UTC): review dates after it have not happened yet. */
export const today = () => new Date().toISOString().slice(0, 10);

/** Lowercase words joined by hyphens: how files, skills and anchors are named. */
export const slug = (description: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, such as backend-engineer')
    .describe(description);

export const status = z
  .enum(['draft', 'published'])
  .default('published')
  .describe('draft keeps the page off the published site (npm run dev shows it, with a banner) and lets it hold TODOs; published shows it. npm run new writes draft.');

/** Who keeps an entry true, and when they last checked it: shown on every page. */
export const stewardship = {
  owner: text('The team or person who keeps this page accurate, for example "People Team".'),
  lastReviewed: isoDate('The date someone last checked this page against reality, as YYYY-MM-DD.').refine((date) => date <= today(), {
    message: 'is in the future',
    params: { fix: 'use the date the page was actually checked, today at the latest' },
  }),
  status,
};

/** Marks a file Rolebook ships to show how things are done: the check warns until it is replaced or deleted. */
export const example = z
  .boolean()
  .default(false)
  .describe('true only on the files Rolebook ships as examples; the check warns until you replace or delete them.');
