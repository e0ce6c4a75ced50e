/**
 * Turns zod issues into Problems an HR editor can act on: plain words, the field path as written
 * in the file, and the field's own description as the hint for what belongs there.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../lib/did-you-mean.ts';
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
      return `is ${showValue(issue.input)}, which is not allowed here`;
    default:
      return undefined;
  }
};

export function problemsFromZod(
  issues: readonly Issue[],
  options: { file: string; schema: Schema; data: unknown; locate?: (path: PropertyKey[]) => number | undefined },
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
          fix: suggestion
            ? `did you mean ${suggestion}? Rename it, or its content is ignored`
            : `remove it or move its content into a known field (${known.join(', ')})`,
          severity: 'error',
        });
      }
      continue;
    }
    const fieldSchema = schemaAt(options.schema, issue.path);
    const description = fieldSchema ? descriptionOf(fieldSchema) : undefined;
    const missing = issue.code === 'invalid_type' && valueAt(issue.path) === undefined;
    const customFix = (issue as { params?: { fix?: string } }).params?.fix;
    const hint = description && description.charAt(0).toLowerCase() + description.slice(1);
    const fix = customFix ?? (missing ? `add it${hint ? `: ${hint}` : ''}` : hint);
    problems.push({
      file: options.file,
      ...lineOf(options.locate, path),
      ...(path.length > 0 ? { field: fieldName(path, valueAt) } : {}),
      message: missing ? 'is missing' : issue.message,
      ...(fix ? { fix } : {}),
      severity: 'error',
    });
  }
  return problems;
}

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
