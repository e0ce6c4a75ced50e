/**
 * Which fields a translation gives (content/<key>/…): the schemas mark each translated field with
 * translated(); every other field (ids, grades, order, references, dates, pay) is shared, so a
 * translation never repeats it and it always comes from the file translated. From the marks come
 * a translation's own schema, what "untranslated" and "out of date" mean, and the merge.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

const marked = z.registry<{ translated: true }>();

/** Marks a field as translated: applied last, around everything else said of the field. */
export const translated = <S extends z.ZodType>(schema: S): S => {
  marked.add(schema, { translated: true });
  return schema;
};

/** Whether this very schema is a field translated() marks (not one inside it): what the editor's JSON schema says of it. */
export const isTranslatedField = (schema: Parameters<typeof marked.has>[0]): boolean => marked.has(schema);

/** The line a translation starts with: the fingerprint of the source's text it was made from (fingerprintOf). */
export const translatedFromField = 'translatedFrom';

/** A schema without its optional and default wrappers. */
function bare(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

function isMarked(schema: z.ZodType): boolean {
  for (let s = schema; ; s = s.unwrap() as z.ZodType) {
    if (marked.has(s)) return true;
    if (!(s instanceof z.ZodOptional || s instanceof z.ZodDefault)) return false;
  }
}

/**
 * The schema of a translation of entries of `schema`: its translated fields only, each optional
 * (one left out shows the source's text, and the check says it is untranslated); objects in lists
 * give their translated fields item by item. Undefined when nothing in it is translated.
 */
export function translationSchemaOf(schema: z.ZodType): z.ZodType | undefined {
  if (isMarked(schema)) return bare(schema).optional();
  const inner = bare(schema);
  if (inner instanceof z.ZodObject) {
    const fields = Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
      const derived = translationSchemaOf(field);
      return derived ? [[key, derived] as const] : [];
    });
    return fields.length ? z.strictObject(Object.fromEntries(fields)).optional() : undefined;
  }
  if (inner instanceof z.ZodArray) {
    const element = translationSchemaOf(inner.element as z.ZodType);
    return element ? z.array(bare(element)).optional() : undefined;
  }
  return undefined;
}

/** The translated part of a source's data, in the shape a translation writes it. */
export function translatedPart(schema: z.ZodType, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (isMarked(schema)) return value;
  const inner = bare(schema);
  if (inner instanceof z.ZodObject && value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      if (!translationSchemaOf(field)) continue;
      const part = translatedPart(field, (value as Record<string, unknown>)[key]);
      if (part !== undefined) out[key] = part;
    }
    return Object.keys(out).length ? out : undefined;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value) && translationSchemaOf(inner.element as z.ZodType)) {
    return value.map((item) => translatedPart(inner.element as z.ZodType, item) ?? {});
  }
  return undefined;
}

/** The field paths of a source's translated part that a translation leaves out (competencies.2.expectation). */
export function untranslatedPaths(source: unknown, translation: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (source === undefined) return [];
  if (translation === undefined) return [at];
  if (Array.isArray(source) && source.some((item) => item && typeof item === 'object')) {
    if (!Array.isArray(translation)) return [at];
    return source.flatMap((item, i) => untranslatedPaths(item, translation[i], [...at, i]));
  }
  if (source && typeof source === 'object' && !Array.isArray(source)) {
    return Object.entries(source).flatMap(([key, value]) => untranslatedPaths(value, (translation as Record<string, unknown>)[key], [...at, key]));
  }
  return [];
}

/**
 * The source's data with a translation's fields in place of its own: objects field by field,
 * lists of objects item by item, anything else (text, lists of lines) whole. A list of objects
 * whose items no longer match its source's in number (a zone removed, a competency added) keeps the
 * source's: item by item, the names would land on the wrong items (the check warns).
 */
export function merged<D>(source: D, translation: unknown): D {
  if (translation === undefined || translation === null) return source;
  if (Array.isArray(source) && source.some((item) => item && typeof item === 'object')) {
    if (!Array.isArray(translation) || translation.length !== source.length) return source;
    return source.map((item, i) => merged(item, translation[i])) as D;
  }
  if (source && typeof source === 'object' && !Array.isArray(source) && typeof translation === 'object' && !Array.isArray(translation)) {
    const out: Record<string, unknown> = { ...(source as Record<string, unknown>) };
    for (const [key, value] of Object.entries(translation as Record<string, unknown>)) out[key] = merged(out[key], value);
    return out as D;
  }
  return translation as D;
}

/** Object keys in a fixed order, so the same data always gives the same text. */
const stable = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(stable)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, stable((value as Record<string, unknown>)[k])]),
        )
      : value;

/**
 * The fingerprint of what a translation translates: the source's translated fields and its body.
 * A translation stores it as `translatedFrom`; when the source's text changes the two differ, and
 * the check says the translation is out of date. Works in any copy, with or without git history.
 */
export function fingerprintOf(schema: z.ZodType, data: unknown, body: string): string {
  const text = JSON.stringify([stable(translatedPart(schema, data) ?? null), body.trim()]);
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
