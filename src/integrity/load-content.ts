/**
 * Reads content/ the way Astro's glob loaders do, but collects every problem instead of stopping at
 * the first: bad file names, broken frontmatter, schema errors. Runs in plain Node, without Astro.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { editorErrorMap, problemsFromZod } from '../problems/from-zod.ts';
import type { Problem } from '../problems/problem.ts';
import { collectionNames, collectionSources, siteSettingsFile, type CollectionName } from '../schemas/collections.ts';
import type { CareerPathData } from '../schemas/career-path.ts';
import type { FaqData } from '../schemas/faq.ts';
import type { LevelData } from '../schemas/level.ts';
import { referenceById } from '../schemas/reference.ts';
import type { RoleData } from '../schemas/role.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';

export interface SourceFile {
  /** Repository-relative path with forward slashes. */
  file: string;
  raw: string;
  body: string;
  /** Line where the body starts, so body problems can point at the right line. */
  bodyLine: number;
  /** Line of the YAML node at a field path, for pointing editors at it. */
  locate: (fieldPath: PropertyKey[]) => number | undefined;
}

export interface Entry<C extends CollectionName, D> extends SourceFile {
  collection: C;
  id: string;
  data: D;
}

export interface LoadedContent {
  site?: SiteSettings;
  roles: Entry<'roles', RoleData>[];
  levels: Entry<'levels', LevelData>[];
  faqs: Entry<'faqs', FaqData>[];
  careerPaths: Entry<'careerPaths', CareerPathData>[];
  /** Every source file read, valid or not, for rules that scan raw text. */
  files: SourceFile[];
  /**
   * Ids of every entry file found, valid or not: a reference to an entry whose own fields are
   * wrong is reported once, at that entry, rather than again at everything pointing to it.
   */
  ids: Record<CollectionName, Set<string>>;
}

const fileNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function loadContent(root: string): Promise<{ content: LoadedContent; problems: Problem[] }> {
  const problems: Problem[] = [];
  const content: LoadedContent = {
    roles: [],
    levels: [],
    faqs: [],
    careerPaths: [],
    files: [],
    ids: { roles: new Set(), levels: new Set(), faqs: new Set(), careerPaths: new Set() },
  };

  const siteResult = await loadSiteSettings(root);
  problems.push(...siteResult.problems);
  if (siteResult.site) content.site = siteResult.site;

  for (const collection of collectionNames) {
    const { base, depth } = collectionSources[collection];
    for (const file of await listFiles(root, base)) {
      const relative = path.posix.relative(base, file);
      const segments = relative.split('/');
      const problem = checkFileName(file, segments, depth, base);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const id = relative.replace(/\.mdx$/, '');
      content.ids[collection].add(id);
      const source = await readSource(root, file, problems);
      if (!source) continue;
      content.files.push(source.file);
      const schema = schemaFor(collection);
      const result = schema.safeParse(source.data, { error: editorErrorMap, reportInput: true });
      if (!result.success) {
        problems.push(...problemsFromZod(result.error.issues, { file, schema, data: source.data, locate: source.file.locate }));
        continue;
      }
      (content[collection] as Entry<CollectionName, unknown>[]).push({ ...source.file, collection, id, data: result.data });
    }
  }
  return { content, problems };
}

function schemaFor(collection: CollectionName) {
  const source = collectionSources[collection];
  return source.schema({ reference: referenceById });
}

/** Site settings alone: astro.config.ts needs the URL and base path before anything else runs. */
export async function loadSiteSettings(root: string): Promise<{ site?: SiteSettings; problems: Problem[] }> {
  const file = siteSettingsFile;
  let raw: string;
  try {
    raw = await readFile(path.join(root, file), 'utf8');
  } catch {
    return { problems: [{ file, message: 'is missing', fix: 'create it from the copy in the README, starting with company.name and url', severity: 'error' }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false });
  const yamlProblems = yamlErrors(doc, file, lineCounter, 0);
  if (yamlProblems.length) return { problems: yamlProblems };
  const data = doc.toJS() ?? {};
  const result = siteSchema.safeParse(data, { error: editorErrorMap, reportInput: true });
  if (!result.success) {
    return { problems: problemsFromZod(result.error.issues, { file, schema: siteSchema, data, locate: locator(doc, lineCounter, 0) }) };
  }
  return { site: result.data, problems: [] };
}

async function listFiles(root: string, base: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, base), { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => path.posix.join(base, path.relative(path.join(root, base), path.join(entry.parentPath, entry.name)).split(path.sep).join('/')))
      .sort();
  } catch {
    return [];
  }
}

function checkFileName(file: string, segments: string[], depth: number, base: string): Problem | undefined {
  const name = segments.at(-1)!;
  if (!name.endsWith('.mdx')) {
    return { file, message: 'is not read: only .mdx files are content here', fix: `rename it to ${name.replace(/\.[^.]*$/, '')}.mdx if it is meant to be a page, or move it out of ${base}/`, severity: 'warning' };
  }
  const folders = segments.length - 1;
  if (Number.isFinite(depth) && folders !== depth) {
    const fix = depth === 0 ? `move it directly into ${base}/` : `move it into a folder named after its role, such as ${base}/backend-engineer/${name}`;
    return { file, message: 'is in the wrong folder', fix, severity: 'error' };
  }
  const bad = segments.map((s) => s.replace(/\.mdx$/, '')).find((s) => !fileNamePattern.test(s));
  if (bad !== undefined) {
    const suggestion = bad.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return { file, message: `has "${bad}" in its path, which cannot become a web address`, fix: `rename it to "${suggestion}" (lowercase letters, digits and hyphens)`, severity: 'error' };
  }
  return undefined;
}

async function readSource(root: string, file: string, problems: Problem[]): Promise<{ file: SourceFile; data: unknown } | undefined> {
  const raw = (await readFile(path.join(root, file), 'utf8')).replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!match) {
    problems.push({ file, line: 1, message: 'has no frontmatter', fix: 'start the file with a line of three dashes (---), the fields, and another line of three dashes', severity: 'error' });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter, prettyErrors: false });
  const yamlProblems = yamlErrors(doc, file, lineCounter, 1);
  if (yamlProblems.length) {
    problems.push(...yamlProblems);
    return undefined;
  }
  const bodyLine = match[0].split('\n').length;
  const source: SourceFile = {
    file,
    raw,
    body: raw.slice(match[0].length),
    bodyLine,
    locate: locator(doc, lineCounter, 1),
  };
  return { file: source, data: doc.toJS() ?? {} };
}

function yamlErrors(doc: Document, file: string, lineCounter: LineCounter, lineOffset: number): Problem[] {
  return doc.errors.map((error) => {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    const firstLine = error.message.split('\n')[0] ?? error.message;
    return {
      file,
      line: line + lineOffset,
      message: `has a formatting error in its fields: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`,
      fix: 'check the indentation and put quotes around text that contains a colon followed by a space',
      severity: 'error' as const,
    };
  });
}

function locator(doc: Document, lineCounter: LineCounter, lineOffset: number) {
  return (fieldPath: PropertyKey[]): number | undefined => {
    if (fieldPath.length === 0) return undefined;
    const parentPath = fieldPath.slice(0, -1);
    const parent = parentPath.length ? doc.getIn(parentPath as unknown[], true) : doc.contents;
    const last = fieldPath.at(-1);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === last);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      return range ? lineCounter.linePos(range[0]).line + lineOffset : undefined;
    }
    if (isSeq(parent) && typeof last === 'number') {
      const range = (parent.items[last] as { range?: [number, number, number] } | undefined)?.range;
      return range ? lineCounter.linePos(range[0]).line + lineOffset : undefined;
    }
    return undefined;
  };
}
