import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { admin } from './src/integrations/admin.ts';
import { cspDirectives, cspHeaders, scriptSources, styleSources } from './src/integrations/csp.ts';
import { devServer } from './src/integrations/dev-server.ts';
import { downloads } from './src/integrations/downloads.ts';
import { onDemandScripts } from './src/integrations/on-demand-scripts.ts';
import { settingsFiles } from './src/integrations/settings.ts';
import { indexedSitemap } from './src/integrations/sitemap.ts';
import { normaliseBase } from './src/lib/url.ts';
import { markdownFeatures } from './src/render/markdown.ts';
import { readSettings } from './src/reader/settings.ts';
import { search } from './src/search/integration.ts';

// The settings files (content/site.yaml, content/pay.yaml) are read here, once per process, and
// shared with everything else through the settingsFiles integration. When they are invalid the
// content check stops the build with a readable message; until then, placeholders keep Astro
// itself from failing first with a less helpful one.
const settings = await readSettings(fileURLToPath(new URL('.', import.meta.url)));
const { site } = settings;
const base = normaliseBase(process.env['ROLEBOOK_BASE'] ?? site?.base ?? '/');

export default defineConfig({
  site: site?.url ?? 'https://example.com',
  base,
  trailingSlash: 'always',
  // Editors preview in astro dev; a developer toolbar over the handbook is chrome they do not need,
  // and its dependencies make Vite reload a fresh clone's first page mid-load.
  devToolbar: { enabled: false },
  // Astro writes .astro/collections/ (each collection's JSON schema and which file belongs to which),
  // and its VS Code extension (astro.content-intellisense in .vscode/settings.json) then gives MDX
  // frontmatter the same hints as the YAML files.
  experimental: { contentIntellisense: true },
  // Content-Security-Policy in every page's <meta>, with the hashes of what Astro generated, and
  // in dist/_headers for hosts that read it (src/integrations/csp.ts; tests/e2e/gates/csp.test.ts).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // The same Markdown as content bodies, which Rolebook renders itself (src/render/body.ts):
  // @astrojs/mdx compiles no content file, only MDX pages under src/pages/ if a developer adds one.
  // Shiki colours code with style="" attributes, which the CSP blocks.
  markdown: { processor: satteri({ features: markdownFeatures }), syntaxHighlight: false },
  vite: {
    // Scripts stay files (never inlined into the HTML), so pages carry no inline script at all.
    build: { assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined) },
    // astro dev leaves npm run build's folders alone (Vite already ignores dist/): the staging and
    // set-aside copies (scripts/lib/publish.ts) and the /handbook/ test build. Watching them, it
    // logged every page a build running beside it wrote.
    server: { watch: { ignored: ['**/.dist-*/**', '**/dist-base/**'] } },
  },
  integrations: [settingsFiles(settings), devServer(settings), admin(settings), mdx(), ...indexedSitemap(base), search(), onDemandScripts(), downloads(), cspHeaders()],
});
