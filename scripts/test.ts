/**
 * npm test: every gate in the order that fails fastest (scripts/lib/test-steps.ts). Each step is a
 * separate process so a failure names the step; the run stops at the first failing step and prints
 * the time of each.
 *
 * Two builds: dist/ with the configured base, and dist-base/ under /handbook/ (ROLEBOOK_BASE) so a
 * link that forgets the base path is caught. The quality gates (tests/e2e/gates/) read both
 * (ROLEBOOK_DIST, ROLEBOOK_DIST_BASE; see scripts/lib/built-site.ts).
 *
 * `npm test -- --keep-going` runs every step even after a failure and lists all failures at the end.
 * `npm test -- --fast` runs only the steps that need no browser (content check, unit tests, the tests
 * of the example content, astro check, build): what the pull-request workflow
 * (.github/workflows/check.yml) runs on GitHub.
 */
import { spawnSync } from 'node:child_process';
import { testSteps, type Step } from './lib/test-steps.ts';

const fast = process.argv.includes('--fast');
const keepGoing = process.argv.includes('--keep-going');
const steps = testSteps({ root: process.cwd(), node: process.execPath, env: process.env }).filter((step) => !fast || step.fast);

const ran: { step: Step; status: number | null }[] = [];
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
  console.log(`\n${[...timings, total].join('\n')}\n\nFailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
