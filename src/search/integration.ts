/**
 * Search while building and editing: publishes the vocabulary "did you mean" uses
 * (vocabulary-route.ts), and in `astro dev` points /pagefind/ at the last build's index, so search
 * works while editing; without a build the search UI says how to get one. The index itself is
 * made after the build (index-site.ts).
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devRedirect } from '../integrations/dev-redirect.ts';
import { vocabularyPath } from './config.ts';

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
    },
  };
}
