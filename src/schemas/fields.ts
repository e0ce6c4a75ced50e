/**
 * Field builders shared by every content schema. Each carries a description: editors see it as a
 * hint in their editor, and the error reporter quotes it when the field is missing or wrong.
 */
import { z } from 'astro/zod';
import { isCountry } from '../lib/codes.ts';
import { isRealIsoDate, toIsoDate } from '../lib/dates.ts';

/** A non-empty line of text, trimmed. */
export const text = (description: string) => z.string().trim().min(1, 'is empty').describe(description);

/**
 * What the browser editor at /admin/ needs to know beyond what zod says (src/admin/fields.ts reads
 * it). It travels in the JSON schemas as `x-editor`, so the check, the code editors' hints and the
 * browser editor all come from the one schema.
 */
export interface EditorHint {
  /** Several sentences: a text box rather than one line. */
  multiline?: true;
  /** The value is the id of an entry of this collection (roles: backend-engineer; levels: backend-engineer/senior), or of a grade or zone of the pay table. */
  picks?: 'roles' | 'levels' | 'grades' | 'zones';
  /** An object keyed by the pay table's zone ids (bands: { us: …, uk: … }): a field for each zone. */
  keyedBy?: 'zones';
  /** The field that names an entry in the editor's lists. */
  names?: true;
  /**
   * A translation gives this field in its own language (translated(), src/schemas/translated.ts);
   * every field without it is shared. Written by toJsonSchema from the mark, never by hand.
   */
  translated?: true;
}
export const editorHint = <S extends z.ZodType>(schema: S, hint: EditorHint): S => schema.meta({ 'x-editor': hint }) as S;

/** Two or more sentences of text, trimmed: a text box in the browser editor. */
export const paragraph = (description: string) => editorHint(text(description), { multiline: true });

/** A list of non-empty lines; `min` items at least. */
export const textList = (description: string, min = 1) =>
  z
    .array(editorHint(z.string().trim().min(1, 'is empty'), { multiline: true }))
    .min(min, `needs at least ${min} item${min === 1 ? '' : 's'}`)
    .describe(description);

/**
 * A calendar date written as YYYY-MM-DD. YAML turns unquoted dates into Date objects and silently
 * rolls impossible ones over (2026-02-30 becomes 2 March), so both forms are accepted here and the
 * content check, which reads the raw text, rejects dates that do not exist.
 */
export const isoDate = (description: string) =>
  ofKind(
    'date',
    z
      .union([z.string(), z.date()])
      .transform((value) => toIsoDate(value))
      .refine(isRealIsoDate, 'is not a real date in the form YYYY-MM-DD'),
  ).describe(description);

export { isCountry, isCurrency, isKnownLocale } from '../lib/codes.ts';

/** Kinds of value an editor often writes another way, each with the way to write it that a message suggests. */
export type ValueKind = 'country' | 'currency' | 'locale' | 'slug' | 'date' | 'colour' | 'web address';

/**
 * The kind of each field that has one, for messages that echo a wrong value with the one to write
 * (src/problems/from-zod.ts). A registry of its own, so nothing of it reaches the editor schemas.
 */
export const valueKinds = z.registry<{ kind: ValueKind }>();
export const ofKind = <S extends z.ZodType>(kind: ValueKind, schema: S): S => {
  valueKinds.add(schema, { kind });
  return schema;
};

/** An ISO 3166 country code, as pay zones and job ads name countries. */
export const country = ofKind('country', z.string().refine(isCountry, { message: 'is not a two-letter country code', params: { fix: 'use ISO 3166 codes such as US, DE or GB' } }));

/** Lowercase words joined by hyphens: how files, skills and anchors are named. */
export const slug = (description: string) => ofKind('slug', z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, such as backend-engineer')).describe(description);

export const status = z.enum(['draft', 'published']).default('published').describe('draft keeps the page off the published site (npm run dev shows it, with a banner) and lets it hold TODOs; published shows it. npm run new writes draft.');

/** Who keeps an entry true, and when they last checked it: shown on every page. */
export const stewardship = {
  owner: text('The team or person who keeps this page accurate, for example "People Team".'),
  // A date after today is the review rule's (src/integrity/rules/review.ts), judged on the check's one day.
  lastReviewed: isoDate('The date someone last checked this page against reality, as YYYY-MM-DD.'),
  status,
};

/** Marks a file Rolebook ships to show how things are done: the check warns until it is replaced or deleted. */
export const example = z.boolean().default(false).describe('true only on the files Rolebook ships as examples; the check warns until you replace or delete them.');
