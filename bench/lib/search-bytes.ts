/**
 * The bytes a first search fetches, the same way on every site: on a loaded page, import the site's
 * pagefind.js, search one word and load the first five results, as any pagefind UI does. UI code
 * differs between the sites and is left out; bench/search/run.ts measures Rolebook's own dialog.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, openPage } from '../../tests/browser/browser.ts';
import { serveSite } from '../../scripts/lib/serve.ts';

export async function firstSearchBytes(dist: string, query: string): Promise<{ bytes: number; requests: number; results: number }> {
  const site = await serveSite({ dir: dist, base: '/' });
  const browser = await launchBrowser();
  try {
    const { page, close } = await openPage(browser, site.origin);
    await page.goto(site.url(''), { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    const results = await page.evaluate(
      async ({ q, bundle }) => {
        const pagefind = await import(bundle);
        await pagefind.init?.();
        const found = await pagefind.search(q);
        await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
        return found.results.length as number;
      },
      { q: query, bundle: '/pagefind/pagefind.js' },
    );
    await page.waitForTimeout(200);
    await close();
    let bytes = 0;
    // From the files, not the responses: Chromium reports no body size for a worker's fetches.
    for (const pathname of fetched) bytes += (await readFile(path.join(dist, decodeURIComponent(pathname))).catch(() => Buffer.alloc(0))).length;
    return { bytes, requests: fetched.length, results };
  } finally {
    await browser.close();
    await site.close();
  }
}
