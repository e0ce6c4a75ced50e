/**
 * npm run build: builds into a fresh folder and swaps it in only when the build succeeded, so a
 * build that fails (bad content, or anything else) leaves the last good dist/ exactly as it was.
 * One build runs at a time per checkout, `--outDir dist-base` included; a second one stops at once
 * and says which is running (scripts/lib/build-lock.ts). The lock, the leftovers of stopped builds
 * and the swap are scripts/lib/publish.ts. The search index is made once Astro has exited
 * (src/search/index-site.ts). Other arguments go on to astro build.
 *
 * `astro dev` may run meanwhile: it keeps its data store in .astro/ while the build keeps its own in
 * node_modules/.astro/, what both write in .astro/ (types, the list of content modules) comes from
 * the same content files and is written by renaming a whole file into place, and neither reads the
 * other's output folder. A file saved mid-build reaches the build as it would without the server.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { constants } from 'node:os';
import { indexSite } from '../src/search/index-site.ts';
import { buildAndPublish } from './lib/publish.ts';

// On GitHub Actions the runner obeys a workflow command on any line a step prints, and Astro, Vite
// and pagefind print text we do not format, such as a code frame quoting an MDX file. So commands
// are off for the whole build (GitHub's stop-commands), under a token no content can know.
const github = process.env['GITHUB_ACTIONS'] === 'true';
if (github) {
  const token = randomUUID();
  console.log(`::stop-commands::${token}`);
  process.on('exit', () => console.log(`::${token}::`));
}

const args = process.argv.slice(2);
// `--outDir <folder>` names the published folder (the tests build under /handbook/ into dist-base).
const outDir = args.indexOf('--outDir');
const out = outDir >= 0 ? (args.splice(outDir, 2)[1] ?? 'dist') : 'dist';

// Stopped (Ctrl-C, or a signal from CI): Astro is told too, and this process carries on just long
// enough to delete the half-built folder and release the lock, then exits as the signal asks.
let astro: ReturnType<typeof spawn> | undefined;
let stoppedBy: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    astro?.kill(signal);
  });
}
const signalled = () => (stoppedBy ? 128 + constants.signals[stoppedBy] : 0);

const runAstro = (next: string) =>
  new Promise<number>((resolve) => {
    // While commands are off, Astro's errors join its other output on one stream: lines on two pipes
    // reach the runner in no fixed order, and its last error could arrive after commands are back on.
    astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', path.relative(process.cwd(), next), ...args], {
      stdio: github ? ['inherit', 'inherit', 'pipe'] : 'inherit',
    });
    astro.stderr?.pipe(process.stdout, { end: false });
    astro.on('error', (error) => {
      console.error(`\nAstro could not be started: ${error.message}.`);
      resolve(1);
    });
    // 'close', not 'exit': once all it printed has been passed on.
    astro.on('close', (code, signal) => resolve(code ?? (signal ? 128 + constants.signals[signal] : 1)));
  });

process.exitCode = await buildAndPublish({
  root: process.cwd(),
  out,
  build: async (next) => {
    const status = await runAstro(next);
    if (status !== 0 || stoppedBy) return status || signalled();
    try {
      console.log(`${await indexSite(next)} in ${out}/pagefind`);
    } catch (error) {
      console.error(`\nThe pages were built, but ${error instanceof Error ? error.message : String(error)}.`);
      return 1;
    }
    return signalled();
  },
});
