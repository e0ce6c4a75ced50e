/**
 * npm test: every gate in the order that fails fastest (scripts/lib/test-steps.ts). Each step is a
 * separate process so a failure names the step; the run stops at the first failing step and prints
 * the time of each. A failed run ends by saying whether the content check found errors in the
 * content (the editor's to fix) or Rolebook's own tests failed (not the content's fault).
 *
 * Two builds: dist/ with the configured base, and dist-base/ under /handbook/ (ROLEBOOK_BASE) so a
 * link that forgets the base path is caught. The quality gates (tests/e2e/gates/) read both
 * (ROLEBOOK_DIST, ROLEBOOK_DIST_BASE; see scripts/lib/built-site.ts).
 *
 * `npm test -- --keep-going` runs every step even after a failure and lists all failures at the end.
 * `npm test -- --fast` runs only the steps that need no browser (content check, lint, unused code, unit
 * tests, the tests of the example content, astro check, build, site files): what the pull-request workflow
 * (.github/workflows/check.yml) runs on GitHub. On GitHub Actions the closing words also become an
 * annotation and part of the run's summary.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { escapeData } from '../src/problems/github.ts';
import { closingWords, testSteps, type Ran } from './lib/test-steps.ts';

const fast = process.argv.includes('--fast');
const keepGoing = process.argv.includes('--keep-going');
const github = process.env['GITHUB_ACTIONS'] === 'true';
const steps = testSteps({ root: process.cwd(), node: process.execPath, env: process.env }).filter((step) => !fast || step.fast);

const ran: Ran[] = [];
const timings: string[] = [];
const started = performance.now();
const row = (name: string, time: string, result: string) => `${name.padEnd(18)} ${time.padStart(7)}${result ? `    ${result}` : ''}`;
for (const step of steps) {
  if (step.skip) {
    console.log(`\n▷ ${step.name}: skipped: ${step.skip}.`);
    timings.push(row(step.name, '', 'skipped'));
    continue;
  }
  const stepStarted = performance.now();
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  timings.push(row(step.name, `${seconds} s`, result.status === 0 ? 'ok' : 'FAILED'));
  ran.push({ step, status: result.status });
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    if (!keepGoing) break;
  }
}
const total = row('total', `${((performance.now() - started) / 1000).toFixed(1)} s`, '');
const failed = ran.filter((r) => r.status !== 0).map((r) => r.step.name);
if (!failed.length) {
  console.log(`\nAll steps passed:\n${[...timings, total].join('\n')}`);
} else {
  const words = closingWords(ran, { github });
  const sentences = [words.content, words.rolebook].filter((w) => w !== undefined);
  console.log(`\n${[...timings, total].join('\n')}\n\nFailed: ${failed.join(', ')}\n\n${sentences.join('\n\n')}`);
  if (github) {
    // The content's own errors are already annotated on their lines; a failure of Rolebook's gets
    // an annotation of its own, so the pull request's Checks tab says whose it is.
    if (words.rolebook) console.log(`::error title=Not caused by your content::${escapeData(words.rolebook)}`);
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary) appendFileSync(summary, `\n## Failed: ${failed.join(', ')}\n\n${sentences.join('\n\n')}\n`);
  }
  process.exitCode = 1;
}
