/**
 * Lighthouse performance benchmark (not part of npm test: the score is a timing, and moves with the
 * machine's load). Rerun after a build:
 *
 *   node bench/lighthouse/run.ts [runs]       # default 5; reads dist/ (ROLEBOOK_DIST, ROLEBOOK_BASE as in the tests)
 *
 * Runs Lighthouse's performance category (mobile, simulated throttling) on the key pages, `runs`
 * times each, and prints per page the median score, Total Blocking Time, Largest Contentful Paint
 * and Cumulative Layout Shift, with the lowest and highest score to show how much runs differ.
 */
import { rootBuild, sitemapPaths } from '../../scripts/lib/built-site.ts';
import { keyPages } from '../../scripts/lib/key-pages.ts';
import { withLighthouse } from '../../tests/browser/lighthouse.ts';
import { median } from '../../scripts/lib/median.ts';
import { serveSite } from '../../scripts/lib/serve.ts';

const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a whole number ≥ 1, not ${process.argv[2]}`);

const built = rootBuild();
const { pages } = keyPages(await sitemapPaths(built));
const site = await serveSite(built);
const measured = new Map(pages.map((p) => [p.path, { score: [] as number[], tbt: [] as number[], lcp: [] as number[], cls: [] as number[] }]));
try {
  await withLighthouse(
    async (audit) => {
      // Round by round rather than page by page, so a spell of load on the machine spreads over every page.
      for (let round = 1; round <= runs; round++) {
        for (const page of pages) {
          const lhr = await audit(site.url(page.path), ['performance']);
          const m = measured.get(page.path)!;
          m.score.push(lhr.categories['performance']?.score ?? 0);
          m.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
          m.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
          m.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
        }
        console.error(`round ${round} of ${runs} done`);
      }
    },
    { timed: true },
  );
} finally {
  await site.close();
}

console.log(`Lighthouse performance, mobile, median of ${runs} runs (${built.dir}, base ${built.base}):`);
console.log(`  ${'page'.padEnd(8)} ${'path'.padEnd(34)} ${'score'.padStart(5)} ${'(min–max)'.padStart(11)} ${'TBT'.padStart(8)} ${'LCP'.padStart(8)} ${'CLS'.padStart(6)}`);
for (const page of pages) {
  const m = measured.get(page.path)!;
  const spread = `(${Math.min(...m.score).toFixed(2)}–${Math.max(...m.score).toFixed(2)})`;
  console.log(`  ${page.kind.padEnd(8)} ${`/${page.path}`.padEnd(34)} ${median(m.score).toFixed(2).padStart(5)} ${spread.padStart(11)} ${`${median(m.tbt).toFixed(0)} ms`.padStart(8)} ${`${median(m.lcp).toFixed(0)} ms`.padStart(8)} ${median(m.cls).toFixed(3).padStart(6)}`);
}
