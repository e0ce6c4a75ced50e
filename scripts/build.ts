/**
 * npm run build: builds into a fresh folder and swaps it in only when the build succeeded, so a
 * build that fails (bad content, or anything else) leaves the last good dist/ exactly as it was.
 * The search index is made once Astro has exited (src/search/index-site.ts). Other arguments go
 * on to astro build.
 */
import { spawnSync } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import { indexSite } from '../src/search/index-site.ts';

const args = process.argv.slice(2);
// `--outDir <folder>` names the published folder (the tests build under /handbook/ into dist-base).
const outDir = args.indexOf('--outDir');
const out = outDir >= 0 ? args.splice(outDir, 2)[1] ?? 'dist' : 'dist';
const next = `.${out}-next`;
const previous = `.${out}-previous`;
const clear = (dir: string) => rm(dir, { recursive: true, force: true });

const fail = async (status: number) => {
  await clear(next);
  console.error(`\nNothing was published: ${out}/ still holds the last build that succeeded.`);
  process.exit(status);
};

await clear(next);
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', next, ...args], { stdio: 'inherit' });
if (build.status !== 0) await fail(build.status ?? 1);
try {
  console.log(`${await indexSite(next)} in ${out}/pagefind`);
} catch (error) {
  console.error(`\nThe pages were built, but ${error instanceof Error ? error.message : String(error)}.`);
  await fail(1);
}
await clear(previous);
await rename(out, previous).catch(() => {});
await rename(next, out);
await clear(previous);
