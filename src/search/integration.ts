/**
 * Search for the built site, as part of `astro build`: indexes the output folder with pagefind's
 * Node API once the pages are written. What is indexed, weighted, filtered or ignored is declared
 * where each page renders (data-pagefind-* in src/layouts/Base.astro and SearchMeta.astro): pages
 * without data-pagefind-body (404, /search/, the step-by-step comparisons) are not results.
 * It also publishes the vocabulary "did you mean" uses (vocabulary-route.ts), and in `astro dev`
 * points /pagefind/ at the last build's index, so search works while editing; without a build the
 * search UI says how to get one.
 */
import type { AstroIntegration } from 'astro';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { devRedirect } from '../integrations/dev-redirect.ts';
import { vocabularyPath } from './config.ts';

/** Chrome inside the indexed body that would only add noise to results. */
const excludeSelectors = [
  'nav',
  'footer',
  'svg',
  'script',
  'template',
  'form',
  '[role="navigation"]',
  '[aria-hidden="true"]',
  '.breadcrumbs',
  '.skip-link',
  '.visually-hidden-search-exclude',
];

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export function search(): AstroIntegration {
  return {
    name: 'rolebook:search',
    hooks: {
      'astro:config:setup': ({ config, command, injectRoute, updateConfig }) => {
        injectRoute({ pattern: `/${vocabularyPath}`, entrypoint: new URL('./vocabulary-route.ts', import.meta.url) });
        if (command !== 'dev') return;
        const bundle = path.join(fileURLToPath(config.outDir), 'pagefind');
        updateConfig({ vite: { plugins: [devRedirect('rolebook:last-search-index', config.base, 'pagefind', (rest) => path.join(bundle, rest))] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        // Pages only (src/lib/built-pages.ts): the job descriptions' .html downloads are a fifth of
        // the site's HTML files, and pagefind would parse each one only to leave it out.
        const added = await index.addDirectory({ path: site, glob: '**/index.html' });
        if (added.errors.length) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const output = path.join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pages without data-pagefind-body are read but left out: count what was indexed.
        const pages = (await readdir(path.join(output, 'fragment'))).length;
        const kb = ((await directorySize(output)) / 1024).toFixed(0);
        logger.info(`search index: ${pages} of ${added.page_count} pages, ${kb} KB in ${path.relative(process.cwd(), output) || output}`);
      },
    },
  };
}
