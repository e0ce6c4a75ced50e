/**
 * Astro's collections, filled from the content check's result instead of a second reading of the
 * files: each file is read, validated and checked once per build (and compiled once, by Astro).
 * A build with errors stops with the editor's report; `astro dev` prints it and keeps serving.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { checkHandbook } from '../integrity/index.ts';
import { countBySeverity, formatReport } from '../problems/problem.ts';
import { collectionNames, collectionSources, type CollectionName } from '../schemas/collections.ts';
import type { LoadedContent } from './content.ts';
import type { SiteResult } from './site.ts';

type Sync = () => Promise<void>;

export function handbookLoaders(site: SiteResult): Record<CollectionName, Loader> {
  let checked: Promise<LoadedContent> | undefined;
  const syncs = new Map<CollectionName, Sync>();
  let watching = false;

  const check = (root: string, dev: boolean, logger: LoaderContext['logger']) =>
    (checked ??= checkHandbook(root, site).then(({ content, problems }) => {
      if (problems.length === 0) return content;
      const report = formatReport(problems);
      if (!dev && countBySeverity(problems).errors > 0) {
        console.error(`\n${report}\n\nThe build stopped because the content has errors. Fix them and run npm run build again.`);
        process.exit(1);
      }
      logger.warn(`\n${report}`);
      return content;
    }));

  const loader = (collection: CollectionName): Loader => ({
    name: `rolebook:${collection}`,
    load: async ({ config, store, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const sync: Sync = async () => {
        const content = await check(root, watcher !== undefined, logger);
        const stale = new Set(store.keys());
        for (const entry of content[collection]) {
          stale.delete(entry.id);
          const digest = generateDigest(entry.raw);
          if (store.get(entry.id)?.digest === digest) {
            store.addModuleImport(entry.file);
            continue;
          }
          store.set({ id: entry.id, data: entry.data as unknown as Record<string, unknown>, body: entry.body, filePath: entry.file, digest, deferredRender: true });
        }
        for (const id of stale) store.delete(id);
      };
      syncs.set(collection, sync);
      await sync();
      if (!watcher || watching) return;
      // One watcher for all four collections: any edit can change what the rules say about other files.
      watching = true;
      const contentDirs = collectionNames.map((name) => `${root}${collectionSources[name].base}/`);
      let pending: ReturnType<typeof setTimeout> | undefined;
      const onEvent = (changed: string) => {
        if (!contentDirs.some((dir) => changed.startsWith(dir))) return;
        clearTimeout(pending);
        pending = setTimeout(() => {
          checked = undefined;
          for (const resync of syncs.values()) void resync();
        }, 50);
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
      for (const name of collectionNames) watcher.add(`${root}${collectionSources[name].base}`);
    },
  });

  return Object.fromEntries(collectionNames.map((name) => [name, loader(name)])) as Record<CollectionName, Loader>;
}
