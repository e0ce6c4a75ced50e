/** Indexes the built site with pagefind as the last step of astro build, so one command ships search. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'rolebook:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
