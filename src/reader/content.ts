/**
 * Every collection of content/, read with the one reader and validated with its zod schema.
 * Collects every problem instead of stopping at the first: bad file names, broken frontmatter,
 * schema errors. Plain Node: `npm run check` and the collections' loader both call it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { append } from '../lib/lists.ts';
import { fileNameOf } from '../lib/slug.ts';
import { editorErrorMap, problemsFromZod } from '../problems/from-zod.ts';
import { ofRule, type Problem } from '../problems/problem.ts';
import type { CareerPathData } from '../schemas/career-path.ts';
import { collectionNames, collectionSources, type CollectionName } from '../schemas/collections.ts';
import type { FaqData } from '../schemas/faq.ts';
import type { LevelData } from '../schemas/level.ts';
import type { OpeningData } from '../schemas/opening.ts';
import type { InterviewQuestionData } from '../schemas/interview-question.ts';
import type { RoleData } from '../schemas/role.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { hiringFile, payTableFile, siteSettingsFile } from '../schemas/collections.ts';
import type { Hiring } from '../schemas/hiring.ts';
import type { PayTable } from '../schemas/pay.ts';
import type { Settings } from './settings.ts';
import { readFrontmatterFile, readYaml, type Read, type SourceFile } from './frontmatter.ts';
import { visible } from './characters.ts';
import { readText } from './text.ts';
import { readTranslations, type Translation } from './translations.ts';

export type { SourceFile } from './frontmatter.ts';

export interface Entry<C extends CollectionName, D> extends SourceFile {
  collection: C;
  id: string;
  data: D;
}

export interface LoadedContent {
  /** The repository folder, for rules that look for files such as images in public/. */
  root: string;
  /** Settings.today: the day rules about age and closing dates judge against. */
  today: string;
  site?: SiteSettings;
  pay?: PayTable;
  hiring?: Hiring;
  /** content/hiring.yaml as text, for rules that read its lines. */
  hiringSource?: SourceFile;
  /** Line of a field in content/site.yaml or content/pay.yaml. */
  locate: { site: SourceFile['locate']; pay: SourceFile['locate'] };
  roles: Entry<'roles', RoleData>[];
  levels: Entry<'levels', LevelData>[];
  faqs: Entry<'faqs', FaqData>[];
  careerPaths: Entry<'careerPaths', CareerPathData>[];
  openings: Entry<'openings', OpeningData>[];
  interviewQuestions: Entry<'interviewQuestions', InterviewQuestionData>[];
  /** Every source file read, valid or not, for rules that scan raw text. */
  files: SourceFile[];
  /**
   * Ids of every entry file found, valid or not: a reference to an entry whose own fields are
   * wrong is reported once, at that entry, rather than again at everything pointing to it.
   */
  ids: Record<CollectionName, Set<string>>;
  /** The translations in content/<key>/ of every language site.yaml names (src/reader/translations.ts). */
  translations: Translation[];
  /** In a translation's content (src/i18n/localized.ts): each competency area's name in its language. */
  areaNames?: ReadonlyMap<string, string>;
  /** The same for FAQ topics. */
  topicNames?: ReadonlyMap<string, string>;
}

/** Lines of a settings file's fields, from its text (nothing to point at when the file was invalid). */
function locatorOf(file: string, raw: string | undefined): SourceFile['locate'] {
  const yaml = raw === undefined ? undefined : readYaml(file, raw);
  return yaml?.ok ? yaml.value.locate : () => undefined;
}

const fileNamePattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function readContent(root: string, settings: Settings): Promise<{ content: LoadedContent; problems: Problem[] }> {
  const { site, pay, hiring } = settings;
  const problems: Problem[] = [];
  const content: LoadedContent = {
    root,
    today: settings.today,
    ...(site ? { site } : {}),
    ...(pay ? { pay } : {}),
    ...(hiring ? { hiring } : {}),
    ...(settings.sources.hiring !== undefined ? { hiringSource: { file: hiringFile, raw: settings.sources.hiring, body: '', bodyLine: 1, locate: locatorOf(hiringFile, settings.sources.hiring) } } : {}),
    locate: { site: locatorOf(siteSettingsFile, settings.sources.site), pay: locatorOf(payTableFile, settings.sources.pay) },
    roles: [],
    levels: [],
    faqs: [],
    careerPaths: [],
    openings: [],
    interviewQuestions: [],
    files: [],
    ids: { roles: new Set(), levels: new Set(), faqs: new Set(), careerPaths: new Set(), openings: new Set(), interviewQuestions: new Set() },
    translations: [],
  };
  for (const collection of collectionNames) {
    const { base, depth } = collectionSources[collection];
    const { schema } = collectionSources[collection];
    const files = (await listFiles(root, base)).map((file) => ({ file, relative: path.posix.relative(base, file) }));
    const named = files.map(({ file, relative }) => checkFileName(file, relative.split('/'), depth, base));
    // Only files that can be content are read at all.
    const texts = await readTexts(
      root,
      files.filter((_, i) => !named[i]).map(({ file }) => file),
    );
    let nextText = 0;
    for (const [index, { file, relative }] of files.entries()) {
      const problem = named[index];
      if (problem) {
        const { renameTo, ...plain } = problem;
        append(problems, ofRule('files', [plain]));
        // A file that only needs renaming still counts as there, so what points to it is not reported twice.
        if (renameTo) content.ids[collection].add(path.posix.relative(base, renameTo).replace(/\.mdx$/, ''));
        continue;
      }
      const id = relative.replace(/\.mdx$/, '');
      content.ids[collection].add(id);
      const text = texts[nextText++]!;
      if (!text.ok) {
        append(problems, ofRule('files', text.problems));
        continue;
      }
      const read = readFrontmatterFile(file, text.value);
      if (!read.ok) {
        append(problems, ofRule('syntax', read.problems));
        continue;
      }
      const { source, data } = read.value;
      content.files.push(source);
      const result = schema.safeParse(data, { error: editorErrorMap, reportInput: true });
      if (!result.success) {
        append(problems, ofRule('fields', problemsFromZod(result.error.issues, { file, schema, data, locate: source.locate, locale: site?.locale })));
        continue;
      }
      (content[collection] as Entry<CollectionName, unknown>[]).push({ ...source, collection, id, data: result.data });
    }
  }
  const read = await readTranslations(root, site, content.ids, { hiring: hiring !== undefined, pay: pay !== undefined });
  content.translations = read.translations;
  // Their text goes through every rule on text, bodies above all: a translation is content too.
  for (const t of read.translations) if (t.collection !== 'hiring') content.files.push(t);
  append(problems, read.problems);
  return { content, problems };
}

/** Files and links to files (a link is reported, never followed: the build must not read outside content/). */
export async function listFiles(root: string, base: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, base), { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
      .map((entry) => path.posix.join(base, path.relative(path.join(root, base), path.join(entry.parentPath, entry.name)).split(path.sep).join('/')))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Read a batch at a time rather than one after another, so the disk is never left waiting on the
 * reader; a batch, not all at once, so thousands of files stay under the limit of open files.
 */
async function readTexts(root: string, files: string[]): Promise<Read<string>[]> {
  const texts: Read<string>[] = [];
  for (let i = 0; i < files.length; i += 64) append(texts, await Promise.all(files.slice(i, i + 64).map((file) => readText(root, file))));
  return texts;
}

function checkFileName(file: string, segments: string[], depth: number, base: string): (Problem & { renameTo?: string }) | undefined {
  // A name is printed in the report: characters no one types are named, never sent to the terminal.
  file = visible(file);
  const name = visible(segments.at(-1)!);
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
    const suggestion = fileNameOf(bad);
    const renameTo = path.posix.join(base, ...segments.map((s) => (s.endsWith('.mdx') ? `${fileNameOf(s.slice(0, -4))}.mdx` : fileNameOf(s))));
    return { file, message: `has "${visible(bad)}" in its path, which cannot become a web address`, fix: `rename it to "${suggestion}" (lowercase letters, digits and hyphens)`, severity: 'error', renameTo };
  }
  return undefined;
}
