/**
 * Every TODO left in the content, as a warning: `npm run new` writes files full of them, valid from
 * the start, and this rule keeps the list of what is still to write. A warning, not an error, so an
 * editor can publish a page while another is half done; the check and the build still pass.
 */
import { fieldName, valuesIn } from '../../problems/field-name.ts';
import { describeField } from '../../problems/from-zod.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent, SourceFile } from '../../reader/content.ts';
import { collectionNames, collectionSources, hiringFile, payTableFile, siteSettingsFile } from '../../schemas/collections.ts';
import { hiringSchema } from '../../schemas/hiring.ts';
import { payTableSchema } from '../../schemas/pay.ts';
import { siteSchema } from '../../schemas/site.ts';

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

function inFields(file: string, data: unknown, schema: Schema, locate: SourceFile['locate']): Problem[] {
  const problems: Problem[] = [];
  for (const [path, text] of texts(data)) {
    if (!todo.test(text)) continue;
    const description = describeField(schema, path);
    const line = locate(path);
    problems.push({
      file,
      ...(line ? { line } : {}),
      field: fieldName(path, valuesIn(data)),
      message: `still says ${quote(text)}`,
      fix: `replace the TODO with your own words${description ? `. ${description}` : ''}`,
      severity: 'warning',
    });
  }
  return problems;
}

function inBody(source: SourceFile): Problem[] {
  return source.body.split('\n').flatMap((text, i) =>
    todo.test(text)
      ? [{ file: source.file, line: source.bodyLine + i, message: `the text below the fields still says ${quote(text.trim())}`, fix: 'replace the TODO with your own words, the text the page shows', severity: 'warning' as const }]
      : [],
  );
}

export function checkTodos(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const { schema } = collectionSources[collection];
    for (const entry of content[collection]) problems.push(...inFields(entry.file, entry.data, schema, entry.locate), ...inBody(entry));
  }
  if (content.site) problems.push(...inFields(siteSettingsFile, content.site, siteSchema, content.locate.site));
  if (content.pay) problems.push(...inFields(payTableFile, content.pay, payTableSchema, content.locate.pay));
  if (content.hiring && content.hiringSource) problems.push(...inFields(hiringFile, content.hiring, hiringSchema, content.hiringSource.locate));
  return problems;
}
