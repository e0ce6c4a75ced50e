/**
 * The one reader of content files: raw text in; data, body and source positions out. The content
 * check, Astro's collections (through src/integrations/content-loader.ts) and site settings all
 * read files here, so a file means the same thing to the check as to the build.
 */
import { Composer, isMap, isSeq, LineCounter, Parser, type Document } from 'yaml';
import type { Problem } from '../problems/problem.ts';
import { characterProblems } from './characters.ts';
import { splitFrontmatter } from './fences.ts';
import { dataMistakes, nestingMistakes, type Place } from './yaml-data.ts';
import { parserMistakes, shapeMistakes, textMistakes, valueMistakes } from './yaml-messages.ts';

export interface SourceFile {
  /** Repository-relative path with forward slashes. */
  file: string;
  /** The file's text without its byte order mark. */
  raw: string;
  body: string;
  /** Line where the body starts, so body problems can point at the right line. */
  bodyLine: number;
  /** Line of the YAML node at a field path, for pointing editors at it. */
  locate: (fieldPath: PropertyKey[]) => number | undefined;
}

export type Read<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * YAML 1.2's core schema, as plain as YAML gets: no merge keys, duplicate names refused, and the
 * YAML 1.1 types (!!binary, !!set, !!omap, !!timestamp) not even resolved, should a tag ever get
 * past yaml-data.ts.
 */
const yamlOptions = { schema: 'core', version: '1.2', merge: false, uniqueKeys: true, resolveKnownTags: false, prettyErrors: false } as const;

/**
 * A YAML document: a settings file such as content/site.yaml, or the fields of an MDX file
 * (`frontmatter`, which start on its line 2). Its data and a locator for its fields, or every
 * mistake, the first kind found: text mistakes (tabs, pasted spaces), what is not plain data,
 * values YAML reads otherwise than written (numbers with separators), then the parser's
 * complaints, each kind explaining the ones after it.
 */
export function readYaml(file: string, text: string, where: 'file' | 'frontmatter' = 'file'): Read<{ data: unknown; locate: SourceFile['locate'] }> {
  const lineCounter = new LineCounter();
  const lineOffset = where === 'frontmatter' ? 1 : 0;
  const place: Place = { file, text, lineCounter, frontmatter: where === 'frontmatter' };
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const docs = [...new Composer(yamlOptions).compose(tokens, true, text.length)];
  // Every marker that starts a second document is reported by dataMistakes: the data is the first's.
  const doc = docs[0]!;
  for (const find of [() => nestingMistakes(place, doc), () => textMistakes(file, text, lineOffset), () => dataMistakes(place, tokens, doc), () => valueMistakes(place, doc), () => parserMistakes(file, text, doc, lineCounter, lineOffset)]) {
    const mistakes = find();
    if (mistakes.length) return { ok: false, problems: mistakes };
  }
  const data: unknown = doc.toJS({ maxAliasCount: -1 }) ?? {};
  const lost = shapeMistakes(file, text, data, lineOffset);
  if (lost.length) return { ok: false, problems: lost };
  return { ok: true, value: { data, locate: locator(doc, lineCounter, lineOffset) } };
}

/** An MDX file: fields between two lines of three dashes (src/reader/fences.ts), then the body. */
export function readFrontmatterFile(file: string, text: string): Read<{ source: SourceFile; data: unknown }> {
  const split = splitFrontmatter(file, text);
  if (!split.ok) return split;
  const { fields, body, bodyLine } = split.value;
  const yaml = readYaml(file, fields, 'frontmatter');
  const bodyMistakes = characterProblems(file, body, bodyLine);
  if (!yaml.ok || bodyMistakes.length) return { ok: false, problems: [...(yaml.ok ? [] : yaml.problems), ...bodyMistakes] };
  const source: SourceFile = { file, raw: text.replace(/^\uFEFF/, ''), body, bodyLine, locate: yaml.value.locate };
  return { ok: true, value: { source, data: yaml.value.data } };
}

function locator(doc: Document, lineCounter: LineCounter, lineOffset: number) {
  return (fieldPath: PropertyKey[]): number | undefined => {
    if (fieldPath.length === 0) return undefined;
    const parentPath = fieldPath.slice(0, -1);
    const parent = parentPath.length ? doc.getIn(parentPath as unknown[], true) : doc.contents;
    const last = fieldPath.at(-1);
    let range: [number, number, number] | undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === last);
      range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    } else if (isSeq(parent) && typeof last === 'number') {
      range = (parent.items[last] as { range?: [number, number, number] } | undefined)?.range;
    }
    return range ? lineCounter.linePos(range[0]).line + lineOffset : undefined;
  };
}
