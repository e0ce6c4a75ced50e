/**
 * Builds the on-demand browser modules (src/browser/on-demand.ts) into dist/_scripts/ after the
 * pages, in Vite's library mode: a page bundle would pull Vite's module-preload helper into the
 * script every page runs up front. In dev, /_scripts/<name>.js redirects to the module's source,
 * which Vite serves compiled, so edits show up at once.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { devRedirect } from './dev-redirect.ts';
import { onDemandFolder, onDemandModules, type OnDemandModule } from '../browser/on-demand.ts';

export function onDemandScripts(): AstroIntegration {
  let root = '';
  return {
    name: 'rolebook:on-demand-scripts',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command !== 'dev') return;
        const source = (rest: string) => onDemandModules[rest.replace(/\.js$/, '') as OnDemandModule];
        const file = (rest: string) => source(rest) && path.join(root, source(rest));
        updateConfig({ vite: { plugins: [devRedirect('rolebook:serve-on-demand-source', config.base, onDemandFolder, file)] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = path.join(fileURLToPath(dir), onDemandFolder);
        const entry = Object.fromEntries(Object.entries(onDemandModules).map(([name, source]) => [name, path.join(root, source)]));
        await build({
          configFile: false,
          logLevel: 'warn',
          build: {
            lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
            outDir,
            emptyOutDir: false,
            copyPublicDir: false,
            minify: true,
            target: 'es2022',
          },
        });
        logger.info(`on-demand scripts: ${Object.keys(entry).join(', ')} in ${onDemandFolder}/`);
      },
    },
  };
}
