/**
 * What the browser editor (Sveltia CMS) writes when it saves a file, worked out in Node from its
 * configuration (src/admin/config.ts) and the serialiser settings its source uses: every field in the
 * configuration's order (others after, alphabetically), each checkbox written out, optional fields
 * left empty dropped, strings trimmed, YAML from the `yaml` package with no line folding, and
 * `---` fences with one blank line before the body. A translation (content/<key>/…, with the
 * configuration's i18n) is written with the fields edited in its language only, and required only
 * where its locale is among those that require it. tests/e2e/admin.test.ts checks this against the
 * real editor saving in Chromium; tests/shipped/example-content.test.ts runs it on every shipped file.
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
    // A field a translation does not edit is filled in by nothing: only what the file has is written.
    const edited = !notEdited.has(field);
    if (edited && value === undefined && widget === 'boolean') value = (field as { default?: boolean }).default ?? false;
    if (edited && value === undefined && widget === 'object' && subFields(field)) {
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

/**
 * Each language's copy of a path with the `{{locale}}` placeholder, as Sveltia fills it: the default
 * language's without its folder (omit_default_locale_from_file_path). A path without it is the
 * default language's only.
 */
function inEachLocale(config: CmsConfig, path: string): { locale: string | undefined; path: string }[] {
  const i18n = config.i18n;
  if (!i18n || !path.includes('{{locale}}')) return [{ locale: undefined, path }];
  const locales = i18n.locales ?? [];
  const byDefault = i18n.default_locale ?? locales[0];
  return locales.map((locale) => ({
    locale: locale === byDefault ? undefined : locale,
    path: (locale === byDefault && i18n.omit_default_locale_from_file_path ? path.replace(/{{locale}}[./]|\/?{{locale}}$/, '') : path).replaceAll('{{locale}}', locale),
  }));
}

type Requirable = Field & { required?: boolean | string[]; i18n?: boolean | string; fields?: Field[]; field?: Field };

/**
 * Fields a translation's language does not edit (i18n: false): Sveltia fills in no value for them
 * there, yet keeps, in the fields' order, one the file has (a shared field written into a translation).
 */
const notEdited = new WeakSet<Field>();

/**
 * The fields as the editor has them in a language: in a translation (`locale`), those not edited in
 * every language (i18n: true) marked so, and each required if its locale is among those requiring it.
 */
function inLanguage(fields: Field[], locale: string | undefined): Field[] {
  return (fields as Requirable[]).map((f) => {
    const out: Requirable = { ...f };
    if (Array.isArray(f.required)) out.required = locale === undefined || f.required.includes(locale);
    if (f.fields) out.fields = inLanguage(f.fields, locale);
    if (f.field) out.field = inLanguage([f.field], locale)[0]!;
    if (locale !== undefined && f.i18n !== true && f.i18n !== 'translate') notEdited.add(out as Field);
    return out as Field;
  });
}

/** The fields the editor shows for a content file (path from the project's root) in its language, or undefined if it does not edit it. */
function editorFieldsOf(config: CmsConfig, file: string): { fields: Field[]; frontmatter: boolean } | undefined {
  for (const single of config.singletons ?? []) {
    if (!('file' in single) || !('fields' in single)) continue;
    const copy = inEachLocale(config, single.file).find((c) => c.path === file);
    if (copy) return { fields: inLanguage(single.fields, copy.locale), frontmatter: false };
  }
  for (const collection of config.collections ?? []) {
    if (!('folder' in collection) || !file.endsWith(`.${collection.extension}`)) continue;
    const copy = inEachLocale(config, collection.folder).find((c) => file.startsWith(`${c.path}/`));
    if (copy) return { fields: inLanguage(collection.fields, copy.locale), frontmatter: true };
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
  const data = formatObject(fields, (parse(match[1]!) ?? {}) as Data);
  const body = (match[2] ?? '').trim();
  // Fields with nothing in them, as a translation of the text alone may be: the text, and no fences.
  if (!Object.keys(data).length) return `${body}\n`;
  return `---\n${yamlOf(data)}\n---\n${body ? `\n${body}\n` : ''}`;
}
