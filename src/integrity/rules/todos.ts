/**
 * Every TODO left in the content. `npm run new` writes drafts full of them, valid from the start,
 * and this rule keeps the list of what is still to write: in a draft (or a level of a draft role)
 * each is a warning, as the published site leaves the file out. In a published file, the settings
 * files included, it is an error at its line: the text would reach readers, on a page or a job ad.
 */
import { problemAt, type FieldSource } from '../../problems/at-field.ts';
import { describeField } from '../../problems/from-zod.ts';
import type { Problem } from '../../problems/problem.ts';
import type { SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';
import { collectionNames, collectionSources } from '../../schemas/collections.ts';
import { hiringSchema } from '../../schemas/hiring.ts';
import { payTableSchema } from '../../schemas/pay.ts';
import { siteSchema } from '../../schemas/site.ts';
import { settingsFiles } from '../settings-files.ts';
import { append } from '../../lib/lists.ts';

const todo = /\bTODO\b/;
type Schema = Parameters<typeof describeField>[0];

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57).trimEnd()}...` : text}"`;

/** Every text value in the data with its path; a reference (written as an id) counts as its text. */
function* texts(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* texts(item, [...path, i]);
  else if (value && typeof value === 'object') {
    if ('collection' in value && 'id' in value && typeof value.id === 'string') yield [path, value.id];
    else for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
  }
}

/**
 * What a TODO is where it stands: in a draft, a reminder; in a published entry, text readers would
 * see, unless the entry goes back to being a draft; in a settings file (always published), the same
 * but with no draft to go back to.
 */
const standings = {
  draft: { severity: 'warning', says: '', fix: 'replace the TODO with your own words' },
  published: { severity: 'error', says: ', and the file is published', fix: 'write the text in place of the TODO, or keep the file a draft (status: draft) until it is written' },
  settings: { severity: 'error', says: ', which the site shows', fix: 'replace the TODO with your own words' },
} as const;
type Standing = keyof typeof standings;

function inFields(source: FieldSource, schema: Schema, standing: Standing): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of texts(source.data)) {
    if (!todo.test(text)) continue;
    const description = describeField(schema, path);
    problems.push(
      problemAt(source, path, {
        message: `still says ${quote(text)}${standings[standing].says}`,
        fix: `${standings[standing].fix}${description ? `. ${description}` : ''}`,
        severity: standings[standing].severity,
      }),
    );
  }
  return problems;
}

function inBody(source: SourceFile, standing: 'draft' | 'published'): Problem[] {
  const { says, fix, severity } = standings[standing];
  return source.body
    .split('\n')
    .flatMap((text, i) => (todo.test(text) ? [{ file: source.file, line: source.bodyLine + i, message: `the text below the fields still says ${quote(text.trim())}${says}`, fix: standing === 'draft' ? `${fix}, the text the page shows` : fix, severity }] : []));
}

export function checkTodos(content: Checked): Problem[] {
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const { schema } = collectionSources[collection];
    for (const entry of content[collection]) {
      // An entry the model could not place (a level of a missing role) has its own error: its TODOs wait as a draft's.
      const standing = content.onSite.has(entry.file) ? 'published' : 'draft';
      append(append(problems, inFields(entry, schema, standing)), inBody(entry, standing));
    }
  }
  const settings = settingsFiles(content);
  if (content.site) append(problems, inFields(settings.site, siteSchema, 'settings'));
  if (content.pay) append(problems, inFields(settings.pay, payTableSchema, 'settings'));
  if (content.hiring && content.hiringSource) append(problems, inFields(settings.hiring, hiringSchema, 'settings'));
  return problems;
}
