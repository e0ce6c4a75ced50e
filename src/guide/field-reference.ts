/**
 * The field reference at the end of the editing guide (/handbook-guide/): every field of every
 * kind of file, read from the same JSON schemas editors' hints come from (src/schemas/json-schema.ts),
 * so the reference, the hints and the check cannot tell different stories.
 */
import { append } from '../lib/lists.ts';
import { fileKinds, toJsonSchema, type JsonSchema } from '../schemas/json-schema.ts';

/** The part of JSON Schema (draft 7, as zod writes it) the reference reads. */
export interface Field {
  /** Dotted path: `grades[].bands.<name>.min`; `[]` is any item of a list, `<name>` any name. */
  path: string;
  type: string;
  required: boolean;
  /** The value used when the field is left out, as it would be written. */
  default?: string;
  description: string;
}

export interface FileReference {
  id: string;
  label: string;
  file: string;
  fields: Field[];
}

/** The type of a value in plain words. */
export function typeName(schema: JsonSchema): string {
  if (schema.not) return 'not allowed';
  if (schema.enum) return `one of: ${schema.enum.join(', ')}`;
  if (schema.anyOf) {
    if (schema.anyOf.some((s) => s.format === 'date')) return 'date (YYYY-MM-DD)';
    return [...new Set(schema.anyOf.map(typeName))].join(' or ');
  }
  switch (schema.type) {
    case 'string':
      return schema.format === 'uri' ? 'web address' : 'text';
    case 'integer':
      return 'whole number';
    case 'number':
      return 'number';
    case 'boolean':
      return 'true or false';
    case 'array': {
      const items = schema.items ?? {};
      const what = items.type === 'object' ? 'list of entries' : items.enum ? `list, each ${typeName(items)}` : `list of ${typeName(items)}`;
      return schema.minItems ? `${what} (at least ${schema.minItems})` : what;
    }
    case 'object':
      return schema.properties ? 'group of fields' : 'named entries';
    default:
      return 'any value';
  }
}

/** A default as an editor would write it; groups show their fields' own defaults instead. */
function defaultText(value: unknown): string | undefined {
  if (value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

/** Every field of an object schema and, below each, the fields of its groups and list entries. */
export function fieldsOf(schema: JsonSchema, prefix = ''): Field[] {
  const out: Field[] = [];
  for (const [key, value] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const fallback = defaultText(value.default);
    out.push({
      path,
      type: typeName(value),
      required: (schema.required ?? []).includes(key),
      ...(fallback === undefined ? {} : { default: fallback }),
      description: value.description ?? '',
    });
    append(out, inside(value, path));
  }
  return out;
}

/** The fields inside a value: a group's, a list entry's, or those of any named entry. */
function inside(schema: JsonSchema, path: string): Field[] {
  if (schema.type === 'array' && schema.items) return inside(schema.items, `${path}[]`);
  if (schema.type !== 'object') return [];
  if (schema.properties) return fieldsOf(schema, path);
  const entry = schema.additionalProperties;
  if (typeof entry !== 'object') return [];
  const named = `${path}.<name>`;
  return [{ path: named, type: typeName(entry), required: false, description: entry.description ?? '' }, ...inside(entry, named)];
}

/** The reference for every kind of file, in the guide's order. */
export function fieldReference(): FileReference[] {
  return fileKinds.map(({ id, label, file, schema }) => ({ id, label, file, fields: fieldsOf(toJsonSchema(schema)) }));
}
