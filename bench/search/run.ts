/**
 * Search benchmark (not part of npm test). Rerun after a build:
 *
 *   node bench/search/run.ts                       # reads dist/ (ROLEBOOK_DIST, ROLEBOOK_BASE as in the tests)
 *
 * Prints: the pagefind bundle's size on disk by part; the bytes Chromium fetches from opening the
 * header search to the first results (as served, and gzip-compressed as a host would send them);
 * and the time from the last keystroke to rendered results, cold (first query on the page) and warm.
 */
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { launchBrowser, openPage } from '../../tests/browser/browser.ts';
import { rootBuild } from '../../scripts/lib/built-site.ts';
import { serveSite } from '../../scripts/lib/serve.ts';
import { listFiles, listPages } from '../../src/lib/built-pages.ts';

const { dir: dist, base } = rootBuild();
const bundle = path.join(dist, 'pagefind');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// 1. On disk
const parts: Record<string, { bytes: number; gzip: number; count: number }> = {};
const partOf = (rel: string) => {
  if (/^(index|fragment|filter)\//.test(rel) || rel.endsWith('.pf_meta') || rel === 'pagefind-entry.json') return 'index (words, fragments, filters, meta)';
  if (/^wasm\./.test(rel)) return 'wasm';
  if (rel === 'pagefind.js' || rel === 'pagefind-worker.js') return 'search runtime (pagefind.js, worker)';
  if (rel.startsWith('pagefind-component-ui')) return 'Component UI (js, css)';
  return 'unused by Rolebook (Default/Modular UI, highlight)';
};
for (const rel of await listFiles(bundle)) {
  const body = await readFile(path.join(bundle, rel));
  const part = parts[partOf(rel)] ?? { bytes: 0, gzip: 0, count: 0 };
  parts[partOf(rel)] = part;
  part.bytes += body.length;
  part.gzip += gzipSync(body, { level: 9 }).length;
  part.count += 1;
}
console.log(`Search bundle on disk: ${bundle}`);
let total = 0;
for (const [name, p] of Object.entries(parts)) {
  total += p.bytes;
  console.log(`  ${name.padEnd(48)} ${String(p.count).padStart(4)} files ${kb(p.bytes).padStart(10)}  (gzip ${kb(p.gzip)})`);
}
console.log(`  ${'total'.padEnd(48)}            ${kb(total).padStart(10)}`);
const pages = (await listPages(dist)).length;
console.log(`  (${pages} HTML files in the site)`);

// 2 and 3. In Chromium
const site = await serveSite({ dir: dist, base });
const browser = await launchBrowser({ timed: true });
try {
  const { page, close } = await openPage(browser, site.origin);
  const fetched: { url: string; bytes: number }[] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    let bytes = sizes?.responseBodySize ?? 0;
    // Chromium reports no body size for worker scripts; use the file's size.
    if (!bytes) bytes = (await stat(path.join(dist, decodeURIComponent(new URL(request.url()).pathname).slice(base.length))).catch(() => undefined))?.size ?? 0;
    fetched.push({ url: request.url(), bytes });
  });
  await page.goto(site.url('roles/'), { waitUntil: 'networkidle' });
  fetched.length = 0;

  // Time from the last keystroke to the first rendered result, measured inside the page.
  const timeQuery = async (query: string) => {
    await page.evaluate(() => {
      const w = window as unknown as { __bench?: { start?: number; done?: Promise<number> } };
      const state: { start?: number; done?: Promise<number> } = {};
      state.done = new Promise<number>((resolve) => {
        document.addEventListener('keydown', () => (state.start = performance.now()), { capture: true });
        const seen = () => document.querySelector('pagefind-modal .search-result');
        const observer = new MutationObserver(() => {
          if (seen() && state.start !== undefined) {
            observer.disconnect();
            resolve(performance.now() - state.start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
      w.__bench = state;
    });
    await page.keyboard.type(query);
    return page.evaluate(() => (window as unknown as { __bench: { done: Promise<number> } }).__bench.done);
  };

  await page.keyboard.press('/');
  await page.locator('pagefind-modal dialog[open] input').waitFor();
  const cold = await timeQuery('kafka');
  await page.waitForTimeout(300);
  const firstQuery = [...fetched];
  const warm: number[] = [];
  for (const query of ['postgres', 'senior', 'degree', 'platform', 'manager', 'terraform', 'junior']) {
    await page.locator('pagefind-modal dialog[open] input').fill('');
    await page.waitForTimeout(200);
    warm.push(await timeQuery(query));
  }
  await close();

  const served = firstQuery.reduce((sum, f) => sum + f.bytes, 0);
  let gzipped = 0;
  for (const f of firstQuery) {
    const rel = decodeURIComponent(new URL(f.url).pathname).slice(base.length);
    const body = await readFile(path.join(dist, rel)).catch(() => undefined);
    gzipped += body ? gzipSync(body, { level: 9 }).length : f.bytes;
  }
  console.log(`\nFirst query from the header ("/", then "kafka"), after the page had loaded:`);
  for (const f of firstQuery) console.log(`  ${kb(f.bytes).padStart(10)}  ${new URL(f.url).pathname}`);
  console.log(`  ${kb(served).padStart(10)}  total as served (uncompressed test server), ${firstQuery.length} requests`);
  console.log(`  ${kb(gzipped).padStart(10)}  total if the host gzips (binary .pf_* files are already compressed)`);

  console.log(`\nKeystroke → rendered results in Chromium (includes the 120 ms input debounce):`);
  console.log(`  cold (first query, loads index chunks): ${cold.toFixed(0)} ms`);
  console.log(`  warm (median of ${warm.length}): ${median(warm).toFixed(0)} ms   [${warm.map((m) => m.toFixed(0)).join(', ')}]`);

  // Script sizes a page carries before anyone searches.
  const astroScripts = (await listFiles(path.join(dist, '_astro')).catch(() => [] as string[])).filter((f) => f.endsWith('.js')).map((f) => path.join(dist, '_astro', f));
  const search = [];
  for (const file of astroScripts) {
    const text = await readFile(file, 'utf8');
    if (/pagefind-component-ui|data-search-open|data-search-page/.test(text)) search.push({ file, bytes: (await stat(file)).size, gzip: gzipSync(text).length });
  }
  console.log(`\nSite scripts for search (loaded with the page; pagefind's own files load on first use):`);
  for (const s of search) console.log(`  ${kb(s.bytes).padStart(10)}  (gzip ${kb(s.gzip)})  ${path.relative(dist, s.file)}`);
} finally {
  await browser.close();
  await site.close();
}
