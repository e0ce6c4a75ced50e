/**
 * getHandbook(): the one way pages read content. Each collection is read once per build, drafts
 * dropped (astro dev keeps them, marked, for the banner on their pages), references resolved and
 * everything derived in buildHandbook(); the promise is shared. A translation's model is built the
 * same way from the same entries, each with its translation's fields in place (src/i18n/localized.ts).
 * Pages take their view model from routes.ts and render it.
 */
import { getCollection, getEntry } from 'astro:content';
import { languagesMade, localeOf } from '../i18n/locales.ts';
import type { RenderedBody } from '../render/body.ts';
import { readBody } from '../render/body-cache.ts';
import { areaNamesOf, mergedEntry, topicNamesOf } from '../i18n/localized.ts';
import { merged } from '../schemas/translated.ts';
import { buildHandbook } from './build.ts';
import type { Handbook, Source } from './model.ts';
import { hiring, pay, site, today } from './settings.ts';

export type * from './model.ts';

const handbooks = new Map<string | undefined, Promise<Handbook>>();

/** The read model of a language: its translation's key, or undefined for the default language. */
export function getHandbook(key?: string): Promise<Handbook> {
  let handbook = handbooks.get(key);
  if (!handbook) {
    handbook = build(key);
    handbooks.set(key, handbook);
  }
  return handbook;
}

async function build(key: string | undefined): Promise<Handbook> {
  const [roles, levels, faqs, careerPaths, openings, interviewQuestions, translations] = await Promise.all([
    getCollection('roles'),
    getCollection('levels'),
    getCollection('faqs'),
    getCollection('careerPaths'),
    getCollection('openings'),
    getCollection('interviewQuestions'),
    getCollection('translations'),
  ]);
  const locale = localeOf(site, key);
  const own = new Map(translations.filter((t) => key !== undefined && t.data.key === key).map((t) => [`${t.data.collection}/${t.data.id}`, t]));
  const localized = <D>(collection: string, entries: Source<D>[]): Source<D>[] =>
    key === undefined
      ? entries
      : entries.map((e) => {
          const t = own.get(`${collection}/${e.id}`);
          return t ? { ...e, data: mergedEntry(e.data, t.data.fields), filePath: t.filePath } : { ...e, fallback: true };
        });
  return buildHandbook({
    site: merged(site, own.get('site/')?.data.fields),
    pay: merged(pay, own.get('pay/')?.data.fields),
    hiring: merged(hiring, own.get('hiring/')?.data.fields),
    roles: localized('roles', roles),
    levels: localized('levels', levels),
    faqs: localized('faqs', faqs),
    careerPaths: localized('careerPaths', careerPaths),
    openings: localized('openings', openings),
    interviewQuestions,
    today,
    drafts: import.meta.env.DEV,
    locale,
    areaNames: areaNamesOf(levels, (i) => own.get(`levels/${levels[i]!.id}`)?.data.fields),
    topicNames: topicNamesOf(faqs, (i) => own.get(`faqs/${faqs[i]!.id}`)?.data.fields),
  });
}

/** Where each translation's files are: content/de/. */
const translationFolders = languagesMade(site).map((t) => `content/${t.key}/`);

type Renderable = { kind: 'role' | 'level' | 'opening'; id: string; filePath: string } | { anchor: string; id: string; filePath: string } | { steps: unknown[]; id: string; filePath: string };

/**
 * An item's body as the collections' loader rendered it (src/render/body.ts): its HTML and
 * headings, read from the file the loader kept it in (src/render/body-cache.ts) as its page renders.
 * A translated item's is its translation's, whose file path the item carries.
 */
export async function bodyOf(item: Renderable): Promise<RenderedBody> {
  const collection = 'anchor' in item ? 'faqs' : 'steps' in item ? 'careerPaths' : item.kind === 'level' ? 'levels' : item.kind === 'opening' ? 'openings' : 'roles';
  // Asked of the translations only for a translation's file: Astro warns of every entry it does not find.
  const translated = translationFolders.some((folder) => item.filePath.startsWith(folder));
  const entry = translated ? await getEntry('translations', item.filePath.replace(/^content\//, '')) : await getEntry(collection, item.id);
  const file = entry?.rendered?.metadata?.['file'];
  if (typeof file !== 'string') throw new Error(`${collection}/${item.id} has no rendered body`);
  return readBody(file);
}
