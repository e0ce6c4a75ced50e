/**
 * Astro's collections, filled from the content check's result instead of a second reading of the
 * files: each file is read, validated and checked once per build, and its body rendered to HTML
 * by Rolebook (src/render/body.ts) once per content (src/render/body-cache.ts). Astro, Vite and MDX never read a content file, so no body
 * becomes a module and nothing in content runs.
 * A build with errors stops with the editor's report; `astro dev` prints it, shows it in the
 * browser (src/integrations/dev-server.ts) and keeps serving the entries that are valid. Both
 * write every problem to the whole list (src/problems/whole-list.ts), which a long report names.
 * Each check's result also goes to the integrations (src/problems/live.ts): its problems, its
 * levels, the whole list, and the read model the downloads beside each level's page are made from.
 */
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { handbookOf } from '../handbook/build.ts';
import { localizedContent } from '../i18n/localized.ts';
import { wordsFor } from '../i18n/catalogue.ts';
import { localesOf } from '../i18n/locales.ts';
import type { Handbook } from '../handbook/model.ts';
import { checkHandbook, type Checked } from '../integrity/index.ts';
import { publishCheck } from '../problems/live.ts';
import { countBySeverity, formatReport, type Problem } from '../problems/problem.ts';
import { writeWholeList } from '../problems/whole-list.ts';
import type { Settings } from '../reader/settings.ts';
import { renderBody, type RenderOptions } from '../render/body.ts';
import { openBodyCache, type BodyCache } from '../render/body-cache.ts';
import { contentComponents } from '../render/components.ts';
import { collectionNames, type CollectionName } from '../schemas/collections.ts';

/** Astro's collections: those of content/, and the translations of every language (src/reader/translations.ts). */
export type StoredCollection = CollectionName | 'translations';
const storedCollections: StoredCollection[] = [...collectionNames, 'translations'];

export const loaderName = (collection: StoredCollection) => `rolebook:${collection}`;

/** The id of a translation in the translations collection: its path under content/ (de/levels/backend-engineer/senior.mdx). */
const translationId = (file: string) => file.replace(/^content\//, '');

/**
 * What the dev server passes when it asks for a fresh check (refreshContent's context): the
 * settings as read after the last edit of a settings file, and a new generation for every request, so the
 * four loaders of one refresh share one check.
 */
export interface Refresh {
  settings: Settings;
  generation: number;
}

const noComponents: RenderOptions['components'] = { LevelPay: () => undefined, RolePay: () => undefined, PayZones: () => undefined };

/**
 * The read model as pages show it (src/handbook/index.ts): with drafts in astro dev, which is the
 * model the check built; published entries only for a build. None while the check has found an
 * error, as nothing should be made from content that is wrong.
 */
function shownHandbook(content: Checked, problems: readonly Problem[], dev: boolean): Handbook | undefined {
  if (countBySeverity(problems).errors > 0) return undefined;
  return dev ? content.handbook : handbookOf(content, false);
}

/** Each translation's read model, as shownHandbook() gives the default language's. */
function shownTranslations(content: Checked, problems: readonly Problem[], dev: boolean): Handbook[] {
  if (countBySeverity(problems).errors > 0 || !content.site) return [];
  return localesOf(content.site)
    .slice(1)
    .flatMap((locale) => handbookOf(localizedContent(content, locale.key), dev, locale) ?? []);
}

export function handbookLoaders(settings: Settings): Record<StoredCollection, Loader> {
  /** One check per build, or per refresh in dev; the collections it fed are counted as they are stored. */
  interface Run {
    generation: number | undefined;
    content: Promise<Checked>;
    /** What bodies render with, drawn from the read model the check built. */
    components: RenderOptions['components'];
    /** The same for each translation, by its key: its pay figures are written in its language. */
    translated: Map<string, RenderOptions['components']>;
    problems: Problem[];
    /** Where the check wrote every problem, if it could. */
    wholeList?: string | undefined;
    stored: Set<StoredCollection>;
    /** Rendered bodies kept between runs (src/render/body-cache.ts), opened by the first loader. */
    bodies?: Promise<BodyCache>;
  }
  let checked: Run | undefined;

  const check = (root: string, refresh: Refresh | undefined, dev: boolean, warn: (message: string) => void): Run => {
    if (checked && checked.generation === refresh?.generation) return checked;
    const run: Run = { generation: refresh?.generation, content: Promise.resolve(undefined as never), components: noComponents, translated: new Map(), problems: [], stored: new Set() };
    run.content = checkHandbook(root, refresh?.settings ?? settings, { cache: true }).then(async ({ content, problems }) => {
      run.problems = problems;
      run.wholeList = await writeWholeList(root, problems);
      // Invalid settings stop a build; astro dev shows their report, and pay figures stay empty until they are fixed.
      if (content.handbook) run.components = contentComponents(content.handbook, { drafts: dev });
      if (content.handbook && content.site) {
        for (const locale of localesOf(content.site).slice(1)) {
          const translated = handbookOf(localizedContent(content, locale.key), true, locale);
          if (translated) run.translated.set(locale.key!, contentComponents(translated, { drafts: dev }));
        }
      }
      if (problems.length === 0) return content;
      const report = formatReport(problems, run.wholeList);
      if (!dev && countBySeverity(problems).errors > 0) {
        const error = new AstroError(`The content has errors.\n\n${report}`, 'Fix them and run npm run build again.');
        // The stack is Rolebook's, never the editor's: Astro prints the report and the hint alone.
        error.stack = '';
        throw error;
      }
      warn(`\n${report}`);
      return content;
    });
    checked = run;
    return run;
  };

  const loader = (collection: StoredCollection): Loader => ({
    name: loaderName(collection),
    load: async ({ config, store, generateDigest, watcher, logger, refreshContextData }) => {
      const refresh = refreshContextData?.['rolebook'] as Refresh | undefined;
      const dev = watcher !== undefined;
      const run = check(fileURLToPath(config.root), refresh, dev, (m) => logger.warn(m));
      const content = await run.content;
      const locales = content.site ? localesOf(content.site) : [];
      const tag = content.site?.locale ?? 'en-US';
      const options: RenderOptions = { base: config.base, components: run.components, tableLabel: wordsFor(tag).components.tableScroll };
      run.bodies ??= openBodyCache(fileURLToPath(config.root), config.base);
      const bodies = await run.bodies;
      const stale = new Set(store.keys());
      if (collection === 'translations') {
        for (const t of content.translations) {
          const id = translationId(t.file);
          stale.delete(id);
          // A translation without a body of its own shows its source's, drawn in its language.
          const source = t.collection === 'hiring' || t.collection === 'site' || t.collection === 'pay' ? undefined : content[t.collection].find((e) => e.id === t.id);
          const body = t.body.trim() ? t.body : (source?.body ?? '');
          const components = run.translated.get(t.key) ?? noComponents;
          const tag = locales.find((l) => l.key === t.key)?.tag ?? settings.site?.locale ?? 'en-US';
          const file = await bodies.file(body, () => renderBody(body, { base: config.base, components, tableLabel: wordsFor(tag).components.tableScroll }), tag);
          const digest = generateDigest(`${t.raw}\0${source?.raw ?? ''}\0${file}`);
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: { key: t.key, collection: t.collection, id: t.id, fields: t.data }, rendered: { html: '', metadata: { file } }, filePath: t.file, digest });
        }
      }
      for (const entry of collection === 'translations' ? [] : content[collection]) {
        stale.delete(entry.id);
        const file = await bodies.file(entry.body, () => renderBody(entry.body, options), tag);
        // The body's file is part of the digest: a pay figure in a body changes with the pay table, not the content file.
        const digest = generateDigest(`${entry.raw}\0${file}`);
        if (store.get(entry.id)?.digest === digest) continue;
        // The store is bundled into the build as one module: it keeps the body's file, not its HTML,
        // and the source text only where a page reads it (whether an opening says anything about its team).
        const body = collection === 'openings' ? { body: entry.body } : {};
        store.set({ id: entry.id, data: entry.data as unknown as Record<string, unknown>, ...body, rendered: { html: '', metadata: { file } }, filePath: entry.file, digest });
      }
      for (const id of stale) store.delete(id);
      // Told only once every collection holds what the check read, so a page the dev server
      // reloads for it never renders the entries of before.
      run.stored.add(collection);
      if (run.stored.size === storedCollections.length) {
        publishCheck({
          problems: run.problems,
          levels: content.levels.map((l) => ({ id: l.id, title: l.data.title })),
          handbook: shownHandbook(content, run.problems, dev),
          translations: shownTranslations(content, run.problems, dev),
          generation: run.generation,
          wholeList: run.wholeList,
        });
        if (!dev) await bodies.prune();
      }
    },
  });

  return Object.fromEntries(storedCollections.map((name) => [name, loader(name)])) as Record<StoredCollection, Loader>;
}
