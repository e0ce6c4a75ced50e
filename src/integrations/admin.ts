/**
 * The browser editor at /admin/ (src/admin/): served by `astro dev` and written into the build. Its
 * files are not Astro pages, so none of the readers' pages, the sitemap or the search index know of
 * it. Its page's policy does reach _headers: cspHeaders(), after this in astro.config.ts, reads the
 * page this writes.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EditorInputs } from '../admin/config.ts';
import { adminFiles, contentTypeOf } from '../admin/page.ts';
import { adminFolder } from '../lib/built-pages.ts';
import { latestLevels, type LevelName } from '../problems/live.ts';
import type { Settings } from '../reader/settings.ts';
import { requestPath } from './request-path.ts';

/**
 * The editor's inputs: the settings, and the levels the content check read in this process (the
 * build's, or astro dev's latest). Undefined while the settings have errors: the check names them.
 */
export function editorInputs(settings: Settings, levels: readonly LevelName[] = latestLevels()): EditorInputs | undefined {
  if (!settings.site || !settings.pay) return undefined;
  return {
    site: settings.site,
    zones: settings.pay.zones.map(({ id, name }) => ({ id, name })),
    levels: levels.map(({ id, title }) => ({ id, title })),
  };
}

export function admin(settings: Settings): AstroIntegration {
  let base = '/';
  return {
    name: 'rolebook:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const folder = `${base}${adminFolder}`;
        server.middlewares.use(async (request, response, next) => {
          const pathname = requestPath(request);
          if (pathname === folder.slice(0, -1)) {
            response.writeHead(301, { location: folder }).end();
            return;
          }
          const inputs = editorInputs(settings);
          if (!pathname.startsWith(folder) || !inputs) return next();
          const name = pathname.slice(folder.length) || 'index.html';
          const file = (await adminFiles(inputs, folder)).get(name);
          if (file === undefined) return next();
          response.writeHead(200, { 'content-type': contentTypeOf(name), 'cache-control': 'no-store' }).end(file);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const inputs = editorInputs(settings);
        if (!inputs) return;
        const out = path.join(fileURLToPath(dir), adminFolder);
        await mkdir(out, { recursive: true });
        for (const [name, content] of await adminFiles(inputs, `${base}${adminFolder}`)) {
          await mkdir(path.dirname(path.join(out, name)), { recursive: true });
          await writeFile(path.join(out, name), content);
        }
        logger.info(`the browser editor is at ${base}${adminFolder}`);
      },
    },
  };
}
