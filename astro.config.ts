import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { loadSiteSettings } from './src/integrity/load-content.ts';

// The URL and base path come from content/site.yaml so a fork configures everything in one file.
// When it is invalid the content check stops the build with a readable message; until then,
// placeholders keep Astro itself from failing first with a less helpful one.
const { site } = await loadSiteSettings(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: site?.url ?? 'https://example.com',
  base: process.env['ROLEBOOK_BASE'] ?? site?.base ?? '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), sitemap(), searchIndex()],
});
