/**
 * Lighthouse (the npm package) on Debian's Chromium: playwright-core starts the browser with a
 * DevTools port and Lighthouse connects to it, so nothing downloads a browser. Mobile emulation and
 * simulated throttling are Lighthouse's defaults. The gate (tests/quality/lighthouse.ts) and the
 * benchmark (bench/lighthouse/run.ts) each ask for the categories they judge. Both packages are
 * browser tools, installed apart (tests/package.json).
 */
import lighthouse, { type Result } from 'lighthouse';
import type { Browser } from 'playwright-core';
import { freePort } from '../../scripts/lib/serve.ts';
import type { Category } from '../quality/lighthouse.ts';
import { launchBrowser } from './browser.ts';

export type { Category };
export type Scores = Partial<Record<Category, number | null>>;
export type Audit = (url: string, categories: readonly Category[]) => Promise<Result>;

/**
 * One Chromium for every audit fn runs; an audit that Lighthouse could not complete throws.
 * `timed`: the browser readers get, for the benchmark's performance scores (launchBrowser).
 */
export async function withLighthouse<T>(fn: (audit: Audit) => Promise<T>, { timed = false } = {}): Promise<T> {
  const port = await freePort();
  const browser: Browser = await launchBrowser({
    timed,
    extraArgs: [
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      // No host name but 127.0.0.1 resolves, so a page under audit cannot reach out (nor ask DNS).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    return await fn(async (url, categories) => {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories], disableFullPageScreenshot: true });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      return lhr;
    });
  } finally {
    await browser.close();
  }
}

export function scoresOf(lhr: Result, categories: readonly Category[]): Scores {
  return Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null]));
}

export const formatScores = (scores: Scores) =>
  Object.entries(scores)
    .map(([c, s]) => `${c} ${s === null || s === undefined ? '—' : s.toFixed(2)}`)
    .join('  ');
