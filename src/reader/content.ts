/**
 * Every collection of content/, read with the one reader and validated with its zod schema.
 * Collects every problem instead of stopping at the first: bad file names, broken frontmatter,
 * schema errors. Plain Node: `npm run check` and the collections' loader both call it.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { editorErrorMap, problemsFromZod } from '../problems/from-zod.ts';
import type { Problem } from '../problems/problem.ts';
import type { CareerPathData } from '../schemas/career-path.ts';
import { collectionNames, collectionSources, type CollectionName } from '../schemas/collections.ts';
import type { FaqData } from '../schemas/faq.ts';
import type { LevelData } from '../schemas/level.ts';
import { referenceById } from '../schemas/reference.ts';
import type { RoleData } from '../schemas/role.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { readFrontmatterFile, type SourceFile } from './frontmatter.ts';

export type { SourceFile } from './frontmatter.ts';

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

export async function readContent(root: string, site: SiteSettings | undefined): Promise<{ content: LoadedContent; problems: Problem[] }> {
  const problems: Problem[] = [];
  const content: LoadedContent = {
    ...(site ? { site } : {}),
    roles: [],
    levels: [],
    faqs: [],
    careerPaths: [],
    files: [],
    ids: { roles: new Set(), levels: new Set(), faqs: new Set(), careerPaths: new Set() },
  };
  for (const collection of collectionNames) {
    const { base, depth } = collectionSources[collection];
    const schema = collectionSources[collection].schema({ reference: referenceById });
    for (const file of await listFiles(root, base)) {
      const relative = path.posix.relative(base, file);
      const problem = checkFileName(file, relative.split('/'), depth, base);
      if (problem) {
        problems.push(problem);
        continue;
      }
      const id = relative.replace(/\.mdx$/, '');
      content.ids[collection].add(id);
      const read = readFrontmatterFile(file, await readFile(path.join(root, file), 'utf8'));
      if (!read.ok) {
        problems.push(...read.problems);
        continue;
      }
      const { source, data } = read.value;
      content.files.push(source);
      const result = schema.safeParse(data, { error: editorErrorMap, reportInput: true });
      if (!result.success) {
        problems.push(...problemsFromZod(result.error.issues, { file, schema, data, locate: source.locate }));
        continue;
      }
      (content[collection] as Entry<CollectionName, unknown>[]).push({ ...source, collection, id, data: result.data });
    }
  }
  return { content, problems };
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
