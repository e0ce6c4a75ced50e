import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { cspDirectives, cspHeaders, scriptSources, styleSources } from './src/integrations/csp.ts';
import { devServer } from './src/integrations/dev-server.ts';
import { onDemandScripts } from './src/integrations/on-demand-scripts.ts';
import { siteSettings } from './src/integrations/site-settings.ts';
import { readSiteSettings } from './src/reader/site.ts';
import { search } from './src/search/integration.ts';

// content/site.yaml is read here, once per process, and shared with everything else through the
// siteSettings integration. When it is invalid the content check stops the build with a readable
// message; until then, placeholders keep Astro itself from failing first with a less helpful one.
const siteResult = await readSiteSettings(fileURLToPath(new URL('.', import.meta.url)));
const { site } = siteResult;

export default defineConfig({
  site: site?.url ?? 'https://example.com',
  base: process.env['ROLEBOOK_BASE'] ?? site?.base ?? '/',
  trailingSlash: 'always',
  // Content-Security-Policy in every page's <meta>, with the hashes of what Astro generated, and
  // in dist/_headers for hosts that read it (src/integrations/csp.ts; tests/e2e/gates/csp.test.ts).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // Shiki colours code with style="" attributes, which the CSP blocks.
  markdown: { syntaxHighlight: false },
  // Scripts stay files (never inlined into the HTML), so pages carry no inline script at all.
  vite: { build: { assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined) } },
  integrations: [siteSettings(siteResult), devServer(siteResult), mdx(), sitemap(), search(), onDemandScripts(), cspHeaders()],
});
