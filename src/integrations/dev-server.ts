/**
 * `astro dev` for editors. Every save under content/ re-runs the content check; while the content
 * has errors, every page shows Rolebook's report (src/problems/report-page.ts) instead of a stack
 * trace or a stale page, and the browser reloads as soon as a save changes what the check says
 * (src/browser/dev-status.ts asks /__rolebook/status.json: with trailingSlash 'always', Astro's dev
 * server answers 404 under a base for an address with neither an extension nor a closing slash).
 * Editing a settings file restarts the server (src/integrations/settings.ts); the check then
 * runs again with the new settings.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { latestGeneration, latestProblems, latestWholeList } from '../problems/live.ts';
import { reportPage } from '../problems/report-page.ts';
import { loaderName, type Refresh } from './content-loader.ts';
import type { Settings } from '../reader/settings.ts';
import { requestPath } from './request-path.ts';
import { collectionNames, collectionSources, hiringFile, payTableFile, siteSettingsFile } from '../schemas/collections.ts';

const isPageRequest = (method: string | undefined, url: string, accept: string | undefined) => method === 'GET' && (accept ?? '').includes('text/html') && !/\/(@|_astro\/|node_modules\/)/.test(url) && !/\.(?!html?(?:$|\?))[a-z0-9]+(?:$|\?)/i.test(url);

const hasErrors = (problems: readonly { severity: string }[]) => problems.some((p) => p.severity === 'error');
const statusScript = fileURLToPath(new URL('../browser/dev-status.ts', import.meta.url));

/**
 * Astro skips a content refresh while it reloads its content config, and it reloads that on every
 * save of a .mdx or .yaml file, so a refresh asked for just after a save can be dropped: ask again,
 * a pause apart, until the loaders have answered (and give up after `tries`, in case the content
 * config itself is broken and no refresh can run).
 */
export async function askUntilAnswered(ask: () => Promise<unknown>, answered: () => boolean, { tries = 300, pause = 100 } = {}): Promise<void> {
  for (let n = 0; n < tries && !answered(); n++) {
    if (n > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    await ask();
  }
}

export function devServer(settings: Settings): AstroIntegration {
  let base = '/';
  let root = '';
  let restarted = false;
  let generation = 0;
  return {
    name: 'rolebook:dev-server',
    hooks: {
      'astro:config:setup': ({ isRestart, command, injectScript }) => {
        restarted = isRestart;
        if (command === 'dev') injectScript('page', `import ${JSON.stringify(statusScript)};`);
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        let syncedAt = 0;
        // Astro's data store, written (and its pages' routes dropped) as soon as the loaders are done.
        // A refresh settles then: its promise waits half a second more for Astro's debounced write
        // of a module list that the sync has already written. A write counts only once the loaders
        // have answered this refresh (or a later one), not when an earlier sync's write is seen late.
        const dataStore = path.join(root, '.astro', 'data-store.json');
        const answered = (refresh: number) => (latestGeneration() ?? 0) >= refresh;
        let waiting: { generation: number; written: () => void } | undefined;
        server.watcher.on('change', (file) => {
          if (file === dataStore && waiting && answered(waiting.generation)) waiting.written();
        });
        const recheck = async () => {
          const rolebook: Refresh = { settings, generation: ++generation };
          if (!refreshContent) return;
          await askUntilAnswered(
            () => {
              const written = new Promise<void>((resolve) => (waiting = { generation: rolebook.generation, written: resolve }));
              return Promise.race([refreshContent({ loaders: [...collectionNames, 'translations' as const].map(loaderName), context: { rolebook } }), written]);
            },
            () => answered(rolebook.generation),
          );
          if (waiting?.generation === rolebook.generation) waiting = undefined;
          syncedAt = Date.now();
        };
        // After a restart the content layer still watches the old server's files: watch here, on the new one.
        const folders = [
          ...collectionNames.map((name) => path.join(root, collectionSources[name].base) + path.sep),
          // Each translation's folder: a saved translation is checked and shown like any content.
          ...(settings.site?.translations ?? []).map((t) => path.join(root, 'content', t.key) + path.sep),
        ];
        // While a save is being checked, pages wait for the result instead of rendering half of it.
        let pending: ReturnType<typeof setTimeout> | undefined;
        let checking = 0;
        let settled: Promise<void> = Promise.resolve();
        let settle: (() => void) | undefined;
        const done = () => {
          if (pending || checking || !settle) return;
          settle();
          settle = undefined;
        };
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file) => {
            if (!folders.some((folder) => file.startsWith(folder))) return;
            if (!settle) settled = new Promise((resolve) => (settle = resolve));
            clearTimeout(pending);
            pending = setTimeout(() => {
              pending = undefined;
              checking++;
              // One turn of the event loop after the sync lets Astro drop the routes it computed from
              // the content of before (its data store tells the page runner as it is written).
              void recheck().finally(() =>
                setTimeout(() => {
                  checking--;
                  done();
                }, 0),
              );
            }, 50);
          });
        }
        // The restarted server loads the content config again before a refresh can run.
        if (restarted) setTimeout(() => void recheck(), 1000);

        server.middlewares.use(async (req, res, next) => {
          const asked = requestPath(req);
          const status = asked === `${base}__rolebook/status.json`;
          const page = isPageRequest(req.method, asked, req.headers.accept);
          if (status || page) await settled;
          // The settings as this server read them, and the content as last checked.
          const problems = [...settings.problems, ...latestProblems().filter((p) => ![siteSettingsFile, payTableFile, hiringFile].includes(p.file))];
          if (status) {
            res.setHeader('content-type', 'application/json');
            res.setHeader('cache-control', 'no-store');
            res.end(JSON.stringify({ errors: problems.filter((p) => p.severity === 'error').length, syncedAt }));
            return;
          }
          if (!hasErrors(problems) || !page) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(reportPage(problems, base, statusScript, latestWholeList()));
        });
      },
    },
  };
}
