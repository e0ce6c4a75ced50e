/**
 * Turns zod issues into Problems an HR editor can act on: plain words, the field named as the file
 * writes it, the value that was refused, and what to write instead: the value meant, where it can
 * be told (Canada → CA, 138,000 → 138000), or else the field's own description as the hint.
 */
import type { z } from 'astro/zod';
import { hexFrom } from '../lib/color.ts';
import { suggestCountry, suggestCurrency, suggestLocale, type Suggestion } from '../lib/codes.ts';
import { isoDateFrom } from '../lib/dates.ts';
import { didYouMean } from '../lib/did-you-mean.ts';
import { plainNumber } from '../lib/money.ts';
import { slugify } from '../lib/slug.ts';
import { webAddressFrom } from '../lib/url.ts';
import { valueKinds, type ValueKind } from '../schemas/fields.ts';
import { fieldName, valuesIn } from './field-name.ts';
import type { Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** Default wording for issues a schema did not word itself; pass as the `error` option of safeParse. */
export const editorErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `is ${showValue(issue.input)}, but must be ${nounFor(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'is empty' : `is shorter than ${issue.minimum} characters`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `is ${showValue(issue.input)}; use one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'invalid_union':
      return issue.input === undefined ? 'is missing' : `is ${showValue(issue.input)}, which is not allowed here`;
    default:
      return undefined;
  }
};

export function problemsFromZod(
  issues: readonly Issue[],
  /** `locale` is the handbook's language (site.yaml), whose names of countries and currencies are understood too. */
  options: { file: string; schema: Schema; data: unknown; locate?: (path: PropertyKey[]) => number | undefined; locale?: string | undefined },
): Problem[] {
  const problems: Problem[] = [];
  const valueAt = valuesIn(options.data);
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(options.schema, issue.path);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        const keyPath = [...path, key];
        problems.push({
          file: options.file,
          ...lineOf(options.locate, keyPath),
          field: fieldName(keyPath, valueAt),
          message: 'is not a field this file can have',
          fix: suggestion ? `did you mean ${suggestion}? Rename it, or its content is ignored` : `remove it or move its content into a known field (${known.join(', ')})`,
          severity: 'error',
        });
      }
      continue;
    }
    const fieldSchema = schemaAt(options.schema, issue.path);
    const description = fieldSchema ? descriptionOf(fieldSchema) : undefined;
    const missing = (issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(issue.path) === undefined;
    const customFix = (issue as { params?: { fix?: string } }).params?.fix;
    const hint = description && description.charAt(0).toLowerCase() + description.slice(1);
    const suggestion = missing ? undefined : suggestionFor(issue, fieldSchema && kindOf(fieldSchema), options.locale);
    const fix = suggestion ? inWords(suggestion) : (customFix ?? (missing ? `add it${hint ? `: ${hint}` : ''}` : hint));
    problems.push({
      file: options.file,
      ...lineOf(options.locate, path),
      ...(path.length > 0 ? { field: fieldName(path, valueAt) } : {}),
      message: missing ? 'is missing' : withValue(issue),
      ...(fix ? { fix } : {}),
      severity: 'error',
    });
  }
  return problems;
}

/**
 * The message with the refused value in front, as the integrity rules write it ("(Canada) is not a
 * two-letter country code"), unless the message already shows it. Lengths are about the whole
 * text, which the editor sees on the line; a list or group has no one value to show.
 */
function withValue(issue: Issue): string {
  const input = (issue as { input?: unknown }).input;
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') return issue.message;
  if (!(typeof input === 'string' && input.trim() !== '') && typeof input !== 'number' && typeof input !== 'boolean') return issue.message;
  const value = String(input);
  if (issue.message.includes(`"${value}"`) || issue.message.includes(`(${value})`)) return issue.message;
  return `(${value.length > 40 ? `${value.slice(0, 37).trimEnd()}...` : value}) ${issue.message}`;
}

/** The kind of value a field holds (src/schemas/fields.ts), through optional, default and described copies of it. */
function kindOf(schema: Schema): ValueKind | undefined {
  let current: Schema | undefined = schema;
  while (current) {
    const kind = valueKinds.get(current as z.ZodType)?.kind;
    if (kind) return kind;
    const def = current._zod.def as unknown as Record<string, unknown>;
    current = (def['innerType'] ?? def['in']) as Schema | undefined;
  }
  return undefined;
}

/** Names compared as an editor means them: "full-time" is FULL_TIME, "On site" is on-site. */
const loosely = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

/** The value the editor meant, where the refused one says it another way. */
function suggestionFor(issue: Issue, kind: ValueKind | undefined, locale: string | undefined): Suggestion | undefined {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_value') {
    if (typeof input !== 'string') return undefined;
    const values = issue.values.map(String);
    const same = values.find((v) => loosely(v) === loosely(input));
    if (same) return { value: same, sure: true };
    const near = didYouMean(input, values);
    return near ? { value: near, sure: false } : undefined;
  }
  if (typeof input !== 'string') return undefined;
  if (issue.code === 'invalid_type') {
    if (issue.expected === 'number' || issue.expected === 'int') {
      const number = plainNumber(input);
      return number === undefined ? undefined : { value: String(number), sure: true };
    }
    if (issue.expected === 'boolean') {
      const answer = /^(yes|y|on)$/i.test(input.trim()) ? 'true' : /^(no|n|off)$/i.test(input.trim()) ? 'false' : undefined;
      return answer ? { value: answer, sure: true } : undefined;
    }
    return undefined;
  }
  const sure = (value: string | undefined) => (value !== undefined && value !== input ? { value, sure: true } : undefined);
  switch (kind) {
    case 'country':
      return suggestCountry(input, locale);
    case 'currency':
      return suggestCurrency(input, locale);
    case 'locale':
      return suggestLocale(input);
    case 'slug': {
      const slug = slugify(input);
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? sure(slug) : undefined;
    }
    case 'date':
      return sure(isoDateFrom(input));
    case 'colour':
      return sure(hexFrom(input));
    case 'web address':
      return sure(webAddressFrom(input));
    default:
      return undefined;
  }
}

/** "write CA for Canada", or for a near miss "did you mean CA (Canada)?". */
const inWords = ({ value, means, sure }: Suggestion) => (sure ? `write ${value}${means ? ` for ${means}` : ''}` : `did you mean ${value}${means ? ` (${means})` : ''}?`);

function lineOf(locate: ((path: PropertyKey[]) => number | undefined) | undefined, path: PropertyKey[]) {
  for (let end = path.length; end >= 0 && locate; end--) {
    const line = locate(path.slice(0, end));
    if (line !== undefined) return { line };
  }
  return {};
}

/** Unwraps optional, default, pipe and similar wrappers down to the schema that holds fields. */
function unwrap(schema: Schema): Schema {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return unwrap(def['innerType'] as Schema);
    case 'pipe':
      return unwrap(def['in'] as Schema);
    default:
      return schema;
  }
}

function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object') current = (def['shape'] as Record<string, Schema>)[String(key)];
    else if (def.type === 'array') current = def['element'] as Schema;
    else if (def.type === 'record') current = def['valueType'] as Schema;
    else return undefined;
  }
  return current;
}

/** The description of the field at `path`, or of the nearest field holding it (a list item has its list's). */
export function describeField(schema: Schema, path: readonly PropertyKey[]): string | undefined {
  for (let end = path.length; end > 0; end--) {
    const field = schemaAt(schema, path.slice(0, end));
    const description = field && descriptionOf(field);
    if (description) return description;
  }
  return undefined;
}

function knownKeys(schema: Schema, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  if (!target) return [];
  const def = unwrap(target)._zod.def as unknown as Record<string, unknown> & { type: string };
  return def.type === 'object' ? Object.keys(def['shape'] as object) : [];
}

function descriptionOf(schema: Schema): string | undefined {
  let current: Schema | undefined = schema;
  while (current) {
    const description = (current as { description?: string }).description;
    if (description) return description;
    const def = current._zod.def as unknown as Record<string, unknown>;
    current = (def['innerType'] ?? def['in']) as Schema | undefined;
  }
  return undefined;
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}..."` : `"${value}"`;
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

function nounFor(expected: string): string {
  const nouns: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list (lines starting with "- ")',
    object: 'a group of indented fields',
    date: 'a date such as 2026-01-31',
  };
  return nouns[expected] ?? expected;
}
