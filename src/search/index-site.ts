/**
 * The search index of a built site, made by `npm run build` (scripts/build.ts) once `astro build`
 * has exited: pagefind then has the machine's memory to itself instead of adding its own to all
 * that Astro still holds (at 2,000 levels the two together peaked at 4 GiB). What is indexed,
 * weighted, filtered or ignored is declared where each page renders (data-pagefind-* in
 * src/layouts/Base.astro and SearchMeta.astro): pages without data-pagefind-body (404, /search/,
 * the step-by-step comparisons) are read but are not results.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Chrome inside the indexed body that would only add noise to results. */
const excludeSelectors = ['nav', 'footer', 'svg', 'script', 'template', 'form', '[role="navigation"]', '[aria-hidden="true"]', '.breadcrumbs', '.skip-link', '.visually-hidden-search-exclude'];

async function directorySize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Writes `<site>/pagefind/` and says what it holds. */
export async function indexSite(site: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pages only (src/lib/built-pages.ts): the job ads' .html downloads are a fifth of
    // the site's HTML files, and pagefind would parse each one only to leave it out.
    const added = await index.addDirectory({ path: site, glob: '**/index.html' });
    if (added.errors.length) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const output = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
    const pages = (await readdir(path.join(output, 'fragment'))).length;
    const kb = ((await directorySize(output)) / 1024).toFixed(0);
    return `search index: ${pages} of ${added.page_count} pages, ${kb} KB`;
  } finally {
    await pagefind.close();
  }
}
