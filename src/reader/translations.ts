/**
 * The translations of content/<key>/ (src/schemas/translated.ts), read with the one reader: each
 * file mirrors the path of the file it translates and holds that file's translated fields only.
 * Each is validated with the schema its source's schema gives, after the shared fields an editor
 * repeated are named (they have no effect: the source's always apply).
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { didYouMean } from '../lib/did-you-mean.ts';
import { append } from '../lib/lists.ts';
import { problemAt } from '../problems/at-field.ts';
import { editorErrorMap, problemsFromZod } from '../problems/from-zod.ts';
import { ofRule, type Problem } from '../problems/problem.ts';
import { collectionNames, collectionSources, hiringFile, payTableFile, siteSettingsFile, type CollectionName } from '../schemas/collections.ts';
import { hiringSchema } from '../schemas/hiring.ts';
import { payTableSchema } from '../schemas/pay.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { translatedFromField, translationSchemaOf } from '../schemas/translated.ts';
import { languagesMade } from '../i18n/locales.ts';
import { visible } from './characters.ts';
import { readFrontmatterFile, readYaml, type SourceFile } from './frontmatter.ts';
import { listFiles } from './content.ts';
import { readText } from './text.ts';

/** What a translation can translate: an entry of a collection, or content/hiring.yaml. */
export type Translatable = Exclude<CollectionName, 'interviewQuestions'> | 'hiring' | 'site' | 'pay';

export interface Translation extends SourceFile {
  /** The translation's key in site.yaml (de): its folder and route prefix. */
  key: string;
  collection: Translatable;
  /** The id of the entry it translates ('' for hiring.yaml). */
  id: string;
  /** The file it translates. */
  source: string;
  /** The translated fields, as the translation's schema read them. */
  data: Record<string, unknown>;
  /** The fingerprint of the source's text the translation was made from (src/schemas/translated.ts). */
  translatedFrom?: string;
}

/** The schema of each translatable kind of file. */
export const sourceSchemas: Record<Translatable, z.ZodType> = {
  roles: collectionSources.roles.schema,
  levels: collectionSources.levels.schema,
  faqs: collectionSources.faqs.schema,
  careerPaths: collectionSources.careerPaths.schema,
  openings: collectionSources.openings.schema,
  hiring: hiringSchema,
  site: siteSchema,
  pay: payTableSchema,
};

const translationSchemas = Object.fromEntries(Object.entries(sourceSchemas).map(([kind, schema]) => [kind, translationSchemaOf(schema)!])) as Record<Translatable, z.ZodType>;

/** Where a translatable file lives under content/ (levels/…, hiring.yaml): what a translation's path repeats. */
const translatableFolders = collectionNames.filter((c): c is Exclude<Translatable, 'hiring' | 'site' | 'pay'> => c !== 'interviewQuestions').map((collection) => ({ collection, folder: `${collectionSources[collection].base.slice('content/'.length)}/` }));

/** The kind and id of the file a path under content/<key>/ translates, if it is one that can be translated. */
function translatedBy(relative: string): { collection: Translatable; id: string; source: string } | undefined {
  if (relative === path.posix.basename(hiringFile)) return { collection: 'hiring', id: '', source: hiringFile };
  if (relative === path.posix.basename(siteSettingsFile)) return { collection: 'site', id: '', source: siteSettingsFile };
  if (relative === path.posix.basename(payTableFile)) return { collection: 'pay', id: '', source: payTableFile };
  const found = translatableFolders.find((t) => relative.startsWith(t.folder) && relative.endsWith('.mdx'));
  if (!found) return undefined;
  return { collection: found.collection, id: relative.slice(found.folder.length, -'.mdx'.length), source: `content/${relative}` };
}

/**
 * Every translation of every language site.yaml names, each checked against the file it
 * translates: `sources` says which files exist (ids by collection, from the content's reading).
 */
export async function readTranslations(root: string, site: SiteSettings | undefined, sources: Record<CollectionName, ReadonlySet<string>>, has: { hiring: boolean; pay: boolean }): Promise<{ translations: Translation[]; problems: Problem[] }> {
  const translations: Translation[] = [];
  const problems: Problem[] = [];
  // Only the languages that make pages: one in the handbook's own language is named once, in site.yaml.
  for (const { key } of site ? languagesMade(site) : []) {
    const base = `content/${key}`;
    for (const file of await listFiles(root, base)) {
      const relative = path.posix.relative(base, file);
      const target = translatedBy(relative);
      if (!target) {
        problems.push({
          file: visible(file),
          message: 'is not read: a translation has the path of the file it translates, in roles/, levels/, faqs/, career-paths/ or openings/, or is site.yaml, pay.yaml or hiring.yaml',
          fix: `move it to the path of the file it translates, such as ${base}/levels/backend-engineer/senior.mdx, or out of ${base}/`,
          severity: 'warning',
          rule: 'translations',
        });
        continue;
      }
      const exists = target.collection === 'hiring' || target.collection === 'pay' ? has[target.collection] : target.collection === 'site' ? site !== undefined : sources[target.collection].has(target.id);
      if (!exists) {
        const ids = target.collection === 'hiring' || target.collection === 'site' || target.collection === 'pay' ? [] : [...sources[target.collection]];
        const close = didYouMean(target.id, ids);
        problems.push({
          file: visible(file),
          message: `translates ${target.source}, which does not exist`,
          fix: close ? `did you mean ${base}/${relative.slice(0, relative.length - target.id.length - 4)}${close}.mdx? Rename it to the file name of the file it translates` : `name it after the file it translates, or delete it if that file is gone`,
          severity: 'warning',
          rule: 'translations',
        });
        continue;
      }
      const text = await readText(root, file);
      if (!text.ok) {
        append(problems, ofRule('files', text.problems));
        continue;
      }
      let read: { source: SourceFile; data: unknown } | undefined;
      if (target.collection === 'hiring' || target.collection === 'site' || target.collection === 'pay') {
        const yaml = readYaml(file, text.value);
        if (yaml.ok) read = { source: { file, raw: text.value, body: '', bodyLine: 1, locate: yaml.value.locate }, data: yaml.value.data ?? {} };
        else append(problems, ofRule('syntax', yaml.problems));
      } else {
        const fm = readFrontmatterFile(file, text.value);
        if (fm.ok) read = fm.value;
        else append(problems, ofRule('syntax', fm.problems));
      }
      if (!read) continue;
      const { source, data } = read;
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ file, message: 'holds no fields', fix: 'write the translated fields as name: value lines, such as title: …', severity: 'error', rule: 'fields' });
        continue;
      }
      const fields = { ...(data as Record<string, unknown>) };
      const from = fields[translatedFromField];
      delete fields[translatedFromField];
      const own = translationSchemas[target.collection];
      const ownKeys = new Set(Object.keys(shapeOf(own)));
      const sourceKeys = new Set(Object.keys(shapeOf(sourceSchemas[target.collection])));
      for (const name of Object.keys(fields)) {
        if (ownKeys.has(name) || !sourceKeys.has(name)) continue;
        problems.push({
          ...problemAt({ ...source, data }, [name], { message: `is shared, not translated: it always comes from ${target.source}, so this line changes nothing`, fix: `delete it here; change it in ${target.source} if it should change`, severity: 'warning' }),
          rule: 'translations',
        });
        delete fields[name];
      }
      const result = own.safeParse(fields, { error: editorErrorMap, reportInput: true });
      if (!result.success) {
        append(problems, ofRule('fields', problemsFromZod(result.error.issues, { file, schema: own, data: fields, locate: source.locate, locale: site?.locale })));
        continue;
      }
      translations.push({
        ...source,
        key,
        ...target,
        data: (result.data ?? {}) as Record<string, unknown>,
        ...(from === undefined || from === null ? {} : { translatedFrom: String(from) }),
      });
    }
  }
  return { translations, problems };
}

function shapeOf(schema: z.ZodType): Record<string, unknown> {
  let s: z.ZodType = schema;
  while ('unwrap' in s && typeof s.unwrap === 'function' && !('shape' in s)) s = s.unwrap() as z.ZodType;
  return 'shape' in s ? (s.shape as Record<string, unknown>) : {};
}
