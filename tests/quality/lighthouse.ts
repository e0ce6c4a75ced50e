/**
 * Lighthouse (the npm package) on Debian's Chromium: playwright-core starts the browser with a
 * DevTools port and Lighthouse connects to it, so nothing downloads a browser. Mobile emulation and
 * simulated throttling are Lighthouse's defaults.
 */
import lighthouse from 'lighthouse';
import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type Scores = Record<Category, number | null>;

export const minimumScore = 0.95;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LighthouseRun {
  scores: Scores;
  /** The audits that cost points, for the message when a score is low. */
  failing: string[];
}

export async function withLighthouse<T>(fn: (run: (url: string) => Promise<LighthouseRun>) => Promise<T>): Promise<T> {
  const port = await freePort();
  const browser: Browser = await launchBrowser({
    extraArgs: [
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      // No host name but 127.0.0.1 resolves, so a page under audit cannot reach out (nor ask DNS).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    return await fn(async (url) => {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null])) as Scores;
      const failing: string[] = [];
      for (const c of categories) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            failing.push(`${c}: ${audit.id} (${audit.score.toFixed(2)})${audit.displayValue ? ` ${audit.displayValue}` : ''}`);
          }
        }
      }
      return { scores, failing };
    });
  } finally {
    await browser.close();
  }
}

export const formatScores = (s: Scores) => categories.map((c) => `${c} ${s[c] === null ? '—' : s[c]!.toFixed(2)}`).join('  ');

/** Category by category, the median of several runs (null when any run had no score). */
export function medianScores(runs: Scores[]): Scores {
  const out = {} as Scores;
  for (const c of categories) {
    const values = runs.map((r) => r[c]);
    if (values.some((v) => v === null)) out[c] = null;
    else {
      const sorted = (values as number[]).sort((a, b) => a - b);
      out[c] = sorted[Math.floor(sorted.length / 2)]!;
    }
  }
  return out;
}
