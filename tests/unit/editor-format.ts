/**
 * What the browser editor (Sveltia CMS) writes when it saves a file, worked out in Node from its
 * configuration (src/admin/config.ts) and the serialiser settings its source uses: every field in the
 * configuration's order (others after, alphabetically), each checkbox written out, optional fields
 * left empty dropped, strings trimmed, YAML from the `yaml` package with no line folding, and
 * `---` fences with one blank line before the body. tests/e2e/admin.test.ts checks this against the
 * real editor saving in Chromium; tests/unit/admin-config.test.ts runs it on every shipped file.
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import { parse, stringify } from 'yaml';

type Data = Record<string, unknown>;

/** Empty as the editor sees it: nothing written at any depth (an object of empty fields is empty). */
const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.values(value).every(isEmpty));

const subFields = (field: Field): Field[] | undefined => ('fields' in field && Array.isArray(field.fields) ? (field.fields as Field[]) : undefined);
const itemField = (field: Field): Field | undefined => ('field' in field && field.field ? (field.field as Field) : undefined);

/** A value as the editor writes it back, given the field that edits it. */
function formatValue(field: Field | undefined, value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (!field) return value;
  const fields = subFields(field);
  const widget = (field as { widget?: string }).widget;
  if (Array.isArray(value)) {
    if (widget === 'list' && fields) return value.map((item) => (isRecord(item) ? formatObject(fields, item) : item));
    const inner = itemField(field);
    return value.map((item) => formatValue(inner, item));
  }
  if (isRecord(value) && fields) return formatObject(fields, value);
  return value;
}

const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object's keys in the fields' order, others after it alphabetically, checkboxes filled in and empty optional fields dropped. */
function formatObject(fields: Field[], data: Data): Data {
  const out: Data = {};
  for (const field of fields) {
    const { name } = field as { name: string };
    let value = formatValue(field, data[name]);
    const widget = (field as { widget?: string }).widget;
    if (value === undefined && widget === 'boolean') value = (field as { default?: boolean }).default ?? false;
    if (value === undefined && widget === 'object' && subFields(field)) {
      // A group left out gains what its checkboxes write, and stays out if that is nothing.
      const filled = formatObject(subFields(field)!, {});
      if (!isEmpty(filled)) value = filled;
    }
    const required = (field as { required?: boolean }).required !== false;
    if (!required && isEmpty(value)) continue;
    if (value !== undefined) out[name] = value;
  }
  const known = new Set(fields.map((f) => (f as { name: string }).name));
  const collator = new Intl.Collator('en', { numeric: true });
  for (const key of Object.keys(data)
    .filter((k) => !known.has(k))
    .sort(collator.compare))
    out[key] = data[key];
  return out;
}

const yamlOf = (data: Data) => stringify(data, null, { indent: 2, indentSeq: true, lineWidth: 0, defaultKeyType: 'PLAIN', defaultStringType: 'PLAIN', singleQuote: true }).trim();

/** The fields the editor shows for a content file (path from the project's root), or undefined if it does not edit it. */
function editorFieldsOf(config: CmsConfig, file: string): { fields: Field[]; frontmatter: boolean } | undefined {
  const single = config.singletons?.find((s) => 'file' in s && s.file === file);
  if (single && 'fields' in single) return { fields: single.fields, frontmatter: false };
  for (const collection of config.collections ?? []) {
    if ('folder' in collection && file.startsWith(`${collection.folder}/`) && file.endsWith(`.${collection.extension}`)) return { fields: collection.fields, frontmatter: true };
  }
  return undefined;
}

/** The file as the editor saves it after opening it and changing nothing that shows. */
export function asEditorSaves(config: CmsConfig, file: string, text: string): string {
  const kind = editorFieldsOf(config, file);
  if (!kind) throw new Error(`The browser editor does not edit ${file}`);
  const normalised = text.replace(/\r\n/g, '\n').trim();
  if (!kind.frontmatter) return `${yamlOf(formatObject(kind.fields, parse(normalised) as Data))}\n`;
  const match = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/.exec(normalised);
  if (!match) throw new Error(`${file} has no frontmatter between --- lines`);
  const fields = kind.fields.filter((f) => (f as { name: string }).name !== 'body');
  const head = yamlOf(formatObject(fields, (parse(match[1]!) ?? {}) as Data));
  const body = (match[2] ?? '').trim();
  return `---\n${head}\n---\n${body ? `\n${body}\n` : ''}`;
}
