/**
 * Search for the built site, as part of `astro build`: indexes dist/ with pagefind's Node API once
 * the pages are written, and writes a small vocabulary for "did you mean" next to the index.
 * In `astro dev` it serves the last build's pagefind/ folder (read-only, never copied into public/),
 * so search works while editing; without a build the search UI says how to get one.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { vocabularyFile } from '../components/search/config.ts';

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

/** Pages that exist for readers but are not search results: the search page itself, the 404 page,
 * and the pairwise level comparisons (every pair of levels; near-duplicates of the level pages). */
export function isSearchable(relativeFile: string): boolean {
  const file = relativeFile.split(path.sep).join('/');
  if (!file.endsWith('.html')) return false;
  if (file === '404.html' || file === 'search/index.html' || file.startsWith('pagefind/')) return false;
  if (/^roles\/[^/]+\/compare\/[^/]+\/index\.html$/.test(file)) return false;
  return true;
}

/** The address pagefind should give a page: roles/x/index.html → /roles/x/ (the base is added in the browser). */
export function pageUrl(relativeFile: string): string {
  const file = relativeFile.split(path.sep).join('/');
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every word of four letters or more in a page's indexed content: what "did you mean" may offer. */
export function vocabularyOf(html: string): Set<string> {
  const body = /data-pagefind-body[^>]*>([\s\S]*)/.exec(html)?.[1] ?? '';
  const text = body
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .toLowerCase();
  return new Set(text.match(/[a-z][a-z0-9+#]{3,}/g) ?? []);
}

/**
 * Pages that restate other pages (a level's job description, a role's level comparison) are indexed
 * by their title, description and filters only, so they can be found by name without outranking the
 * level and role pages whose text they repeat.
 */
export function isRestatement(relativeFile: string): boolean {
  const file = relativeFile.split(path.sep).join('/');
  return /^roles\/[^/]+\/[^/]+\/job-description\/index\.html$/.test(file) || /^roles\/[^/]+\/compare\/index\.html$/.test(file);
}

export function restatementHtml(html: string): string {
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? 'en';
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const tags = html.match(/<span data-pagefind-(?:filter|meta)="[^"]*"><\/span>/g) ?? [];
  const title = h1.replace(/<[^>]+>/g, '').trim();
  return `<html lang="${lang}"><body><main data-pagefind-body data-pagefind-meta="title:${title}"><p data-pagefind-weight="0.5">${title}. ${description}</p><div hidden>${tags.join('')}</div></main></body></html>`;
}

async function htmlFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(root, rel);
      return entry.name.endsWith('.html') ? [rel] : [];
    }),
  );
  return nested.flat().sort();
}

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await directorySize(full) : (await stat(full)).size;
  }
  return total;
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'rolebook:search-index',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command !== 'dev') return;
        const prefix = `${base}pagefind/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'rolebook:serve-last-search-index',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
                    if (!pathname.startsWith(prefix)) return next();
                    const bundle = path.join(outDir, 'pagefind');
                    const file = path.join(bundle, pathname.slice(prefix.length));
                    if (!file.startsWith(bundle + path.sep)) return next();
                    stat(file).then(
                      (info) => {
                        if (!info.isFile()) return next();
                        res.setHeader('content-type', contentTypes[path.extname(file)] ?? 'application/octet-stream');
                        res.setHeader('cache-control', 'no-cache');
                        createReadStream(file).pipe(res);
                      },
                      () => {
                        res.statusCode = 404;
                        res.setHeader('content-type', 'text/plain; charset=utf-8');
                        res.end('No search index yet: run "npm run build" once; the dev server then searches the last build.');
                      },
                    );
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors });
        if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
        const vocabulary = new Map<string, number>();
        let pages = 0;
        for (const file of await htmlFiles(site)) {
          if (!isSearchable(file)) continue;
          const html = await readFile(path.join(site, file), 'utf8');
          // Only pages that mark their main content are results (layouts set data-pagefind-body).
          if (!html.includes('data-pagefind-body')) continue;
          const content = isRestatement(file) ? restatementHtml(html) : html;
          const added = await index.addHTMLFile({ url: pageUrl(file), content });
          if (added.errors.length) throw new Error(`pagefind could not index ${file}: ${added.errors.join('; ')}`);
          pages += 1;
          for (const word of vocabularyOf(html)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
        }
        const output = path.join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Most widely used first: "did you mean" takes the first of equally close words.
        const words = [...vocabulary].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
        await writeFile(path.join(output, vocabularyFile), JSON.stringify(words));
        const kb = ((await directorySize(output)) / 1024).toFixed(0);
        logger.info(`search index: ${pages} pages, ${vocabulary.size} vocabulary words, ${kb} KB in ${path.relative(process.cwd(), output) || output}`);
      },
    },
  };
}

