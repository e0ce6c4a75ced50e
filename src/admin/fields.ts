/**
 * The browser editor's form fields, made from the JSON schema of a kind of file (src/schemas/
 * json-schema.ts), which is made from its zod schema. Nothing here names a content field: labels come
 * from the field names, hints from the descriptions, widgets from the types and the `x-editor` hints
 * (src/schemas/fields.ts). A field this cannot map is an error naming it, so a schema never gains a
 * field the editor silently leaves out. With translations, the same hints say which fields a
 * translation gives (x-editor.translated, from translated() in src/schemas/translated.ts).
 */
import type { Field } from '@sveltia/cms';
import type { EditorHint } from '../schemas/fields.ts';
import type { JsonSchema } from '../schemas/json-schema.ts';

/** What the fields need from the handbook itself: the pay table's zones and the levels, to offer as choices, and whether it has translations. */
export interface Choices {
  zones: { id: string; name: string }[];
  levels: { id: string; title: string }[];
  /** The relation to the pay table's lists, as the editor's config names it. */
  payTable: { collection: string; file: string };
  /**
   * With translations (site.yaml), the editor's code for the default language. A translated field,
   * and a group or list holding one, is edited in every language (i18n: true) and required only in
   * the default one, so a translation may leave it out; every other field is shared (i18n: false):
   * Sveltia shows it in the default language only and writes it into no translation's file.
   */
  translating?: { defaultLocale: string };
}

export class UnmappedField extends Error {
  readonly field: string;
  constructor(field: string, why: string) {
    super(`The browser editor has no form field for ${field}: ${why}. Add an x-editor hint to its schema (src/schemas/fields.ts, editorHint) or a mapping in src/admin/fields.ts.`);
    this.name = 'UnmappedField';
    this.field = field;
  }
}

/** shortTitle → Short title; minYears → Min years. */
export const labelOf = (name: string) => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The fields of an object schema, in the schema's order, which is the order the editor writes them in.
 * `inTranslated`: the object is (inside) a translated field, so all of it is translated.
 */
export function fieldsOf(schema: JsonSchema, choices: Choices, path = '', inTranslated = false): Field[] {
  const required = new Set(schema.required ?? []);
  const fields: Field[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    // A field that only says "this has moved" (z.never) is not written any more.
    if (property.not && Object.keys(property.not).length === 0) continue;
    fields.push(fieldOf(name, property, required.has(name), choices, path ? `${path}.${name}` : name, inTranslated));
  }
  return fields;
}

/** How a field takes part in translations: translated whole, a group or list with translated fields in it, or shared. */
type TranslationPart = 'translated' | 'holds' | 'shared';

function translationPart(schema: JsonSchema, inTranslated: boolean): TranslationPart {
  if (inTranslated || schema['x-editor']?.translated) return 'translated';
  return holdsTranslated(schema) ? 'holds' : 'shared';
}

const holdsTranslated = (schema: JsonSchema): boolean =>
  Boolean(schema['x-editor']?.translated) || Object.values(schema.properties ?? {}).some(holdsTranslated) || (schema.items ? holdsTranslated(schema.items) : false) || (typeof schema.additionalProperties === 'object' && holdsTranslated(schema.additionalProperties));

/** One form field for a property of an object; `path` names it in errors (grades.bands.min). */
function fieldOf(name: string, schema: JsonSchema, required: boolean, choices: Choices, path: string, inTranslated = false): Field {
  const hint = [schema.description, leftEmpty(schema)].filter(Boolean).join(' ');
  const translating = choices.translating;
  const part = translating ? translationPart(schema, inTranslated) : undefined;
  const inTranslation = part === 'translated' || part === 'holds';
  const common = {
    name,
    label: labelOf(name),
    ...(hint ? { hint } : {}),
    // A translation gives what it has translated so far: a field required in the default language
    // is optional in every other (Sveltia: required names the locales that require it).
    ...(required ? (translating && inTranslation ? { required: [translating.defaultLocale] } : {}) : { required: false }),
    ...(part ? { i18n: inTranslation } : {}),
    // The editor writes a default into every file it saves, so defaults stay the schema's, applied
    // when a field is left out; only a checkbox, always written as true or false, states its own.
    ...(schema.type === 'boolean' && typeof schema.default === 'boolean' ? { default: schema.default } : {}),
  };
  return { ...common, ...widgetOf(schema, choices, path, part === 'translated') } as Field;
}

/** What a field left empty stands for, where the schema gives it a value: the form says it, as it leaves the field empty. */
function leftEmpty(schema: JsonSchema): string | undefined {
  const value = schema.default;
  if (value === undefined || schema.type === 'boolean' || typeof value === 'object') return undefined;
  return `Left empty, it is ${String(value)}.`;
}

type Widget = Record<string, unknown> & { widget: string };

function widgetOf(schema: JsonSchema, choices: Choices, path: string, inTranslated: boolean): Widget {
  const hint = schema['x-editor'] ?? {};
  if (hint.picks) return picker(hint.picks, choices, false);
  if (schema.anyOf) {
    // A date: YAML reads 2026-03-01 as a date and quoted as text; both are the same field.
    if (schema.anyOf.some((s) => s.format === 'date')) return { widget: 'datetime', time_format: false, date_format: 'YYYY-MM-DD', format: 'YYYY-MM-DD' };
    throw new UnmappedField(path, 'it is one of several kinds of value');
  }
  if (schema.enum) return { widget: 'select', options: schema.enum };
  switch (schema.type) {
    case 'string':
      return { widget: hint.multiline ? 'text' : 'string' };
    case 'integer':
      return { widget: 'number', value_type: 'int', ...bounds(schema) };
    case 'number':
      return { widget: 'number', value_type: 'float', ...bounds(schema) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'array':
      return listOf(schema, choices, path, inTranslated);
    case 'object':
      if (hint.keyedBy === 'zones') return keyedByZones(schema, choices, path, inTranslated);
      if (schema.properties) return { widget: 'object', collapsed: false, fields: fieldsOf(schema, choices, path, inTranslated) };
      throw new UnmappedField(path, 'its keys are not known in advance');
    default:
      throw new UnmappedField(path, `its type (${JSON.stringify(schema.type ?? 'any')}) has no form field`);
  }
}

function bounds(schema: JsonSchema) {
  // zod writes Number.MAX_SAFE_INTEGER as the bound of every int: no bound an editor needs to see.
  const safe = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
  const min = safe(schema.minimum);
  const max = safe(schema.maximum);
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function listOf(schema: JsonSchema, choices: Choices, path: string, inTranslated: boolean): Widget {
  const items = schema.items ?? {};
  const count = { ...(schema.minItems ? { min: schema.minItems } : {}), ...(schema.maxItems ? { max: schema.maxItems } : {}) };
  const picks = items['x-editor']?.picks;
  if (picks) return { ...picker(picks, choices, true), ...count };
  if (items.enum) return { widget: 'select', multiple: true, options: items.enum, ...count };
  if (items.type === 'object' && items.properties) {
    const fields = fieldsOf(items, choices, path, inTranslated);
    // Items open, as an editor comes to change what is in them; folded, each shows its first field
    // (a grade by its id, a competency by its area).
    return { widget: 'list', collapsed: false, summary: `{{fields.${fields[0]?.name}}}`, fields, ...count };
  }
  // A list of lines: one box per item, all in view (a plain list widget would split one box on commas).
  return { widget: 'list', collapsed: false, field: fieldOf('item', items, true, choices, `${path}[]`, inTranslated), ...count };
}

/** A pick of an existing entry, stored as its id: a role, a level (role/level), a grade or a zone. */
export function picker(picks: NonNullable<EditorHint['picks']>, choices: Choices, multiple: boolean): Widget {
  const many = multiple ? { multiple: true } : {};
  switch (picks) {
    case 'roles':
      return { widget: 'relation', collection: 'roles', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], ...many };
    case 'levels':
      // A list of the handbook's levels, not a relation: Sveltia 0.221 empties the other fields of an
      // entry (an FAQ's question) that has a several-levels relation into a collection of folders.
      return { widget: 'select', options: choices.levels.map((l) => ({ label: l.title, value: l.id })), ...many };
    case 'grades':
    case 'zones':
      return { widget: 'relation', ...choices.payTable, value_field: `${picks}.*.id`, display_fields: [`${picks}.*.name`], search_fields: [`${picks}.*.name`], ...many };
  }
}

/** Bands by zone: a group per zone of the pay table, each with the band's own fields. */
function keyedByZones(schema: JsonSchema, choices: Choices, path: string, inTranslated: boolean): Widget {
  const value = schema.additionalProperties;
  if (!value || value === true) throw new UnmappedField(path, 'its values have no schema');
  return {
    widget: 'object',
    collapsed: false,
    fields: choices.zones.map((zone) => ({ ...fieldOf(zone.id, value, false, choices, `${path}.${zone.id}`, inTranslated), label: zone.name })),
  };
}
