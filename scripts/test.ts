/**
 * npm test: every gate in the order that fails fastest (scripts/lib/test-steps.ts). Each step is a
 * separate process so a failure names the step; the run stops at the first failing step and prints
 * the time of each, then the slowest five. A failed run ends by saying whether the content check
 * found errors in the content (the editor's to fix) or Rolebook's own tests failed (not the
 * content's fault).
 *
 * Nothing can hang it: every step has a timeout (Step.timeout), past which it is killed with every
 * process it started (scripts/lib/run-step.ts) and reported as "timed out after N min"; every single
 * test has one too (node --test --test-timeout), and every wait inside the tests is bounded.
 *
 * Two builds: dist/ with the configured base, and dist-base/ under /handbook/ (ROLEBOOK_BASE) so a
 * link that forgets the base path is caught. The quality gates (tests/e2e/gates/) read both
 * (ROLEBOOK_DIST, ROLEBOOK_DIST_BASE; see scripts/lib/built-site.ts). The steps that read only the
 * sources run together, with the first build beside them; after the second build, astro check,
 * every gate and the browser tests, three at once, the longest first (each a Step's group, with
 * atOnce), each one's output printed whole when it ends.
 *
 * The browser tools (tests/package.json) are installed apart from the root's packages: the step
 * "browser tools" runs `npm ci --prefix tests` when tests/node_modules is missing or older than
 * tests/package-lock.json, before the first step that needs them.
 *
 * `npm test -- --keep-going` runs every step even after a failure and lists all failures at the end.
 * `npm test -- --fast` runs only the steps that need no browser (content check, lint, unused code, unit
 * tests, the tests of the example content, build, site files, astro check), and none of the browser tools: what the
 * pull-request workflow (.github/workflows/check.yml) runs on GitHub, where a pull request that
 * changes only what editors change skips Rolebook's own code checks (codeChecksSkip). On GitHub
 * Actions the closing words also become an annotation and part of the run's summary.
 */
import { appendFileSync } from 'node:fs';
import { escapeData } from '../src/problems/github.ts';
import { killRunning, runStep, type StepResult } from './lib/run-step.ts';
import { atOnce, batches, closingWords, pool, slowest, testSteps, timedOutWords, type Ran, type Step, type Timing } from './lib/test-steps.ts';

const fast = process.argv.includes('--fast');
const keepGoing = process.argv.includes('--keep-going');
const github = process.env['GITHUB_ACTIONS'] === 'true';
const steps = testSteps({ root: process.cwd(), node: process.execPath, env: process.env }).filter((step) => !fast || step.fast);

// The steps lead process groups of their own, which a Ctrl-C at the terminal does not reach.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    killRunning('SIGKILL');
    process.exit(130);
  });
}

const ran: Ran[] = [];
const rows: string[] = [];
const timings: Timing[] = [];
const started = performance.now();
const row = (name: string, time: string, result: string) => `${name.padEnd(18)} ${time.padStart(7)}${result ? `    ${result}` : ''}`;
const seconds = (s: number) => `${s.toFixed(1)} s`;
const outcome = (step: Step, result: StepResult) => (result.timedOut ? timedOutWords(step.timeout) : result.status === 0 ? 'ok' : 'FAILED');

function record(step: Step, result: StepResult): boolean {
  rows.push(row(step.name, seconds(result.seconds), outcome(step, result)));
  timings.push({ name: step.name, seconds: result.seconds });
  ran.push({ step, status: result.timedOut ? null : result.status, timedOut: result.timedOut });
  if (result.timedOut) console.error(`\n✖ ${step.name} ${timedOutWords(step.timeout)}: it was stopped, with every process it started.`);
  else if (result.status !== 0) console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}).`);
  return result.status === 0 && !result.timedOut;
}

for (const batch of batches(steps)) {
  const toRun = batch.filter((step) => {
    if (!step.skip) return true;
    console.log(`\n▷ ${step.name}: skipped: ${step.skip}.`);
    rows.push(row(step.name, '', 'skipped'));
    return false;
  });
  let passed = true;
  if (toRun.length === 1) {
    const [step] = toRun as [Step];
    console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
    passed = record(step, await runStep(step));
  } else if (toRun.length > 1) {
    const limit = atOnce[toRun[0]?.group ?? ''] ?? toRun.length;
    const howMany = limit < toRun.length ? `${limit} at once, in this order` : 'all at once';
    console.log(`\n▶ together, ${howMany}: ${toRun.map((s) => s.name).join(', ')} (each one's output follows when it ends)`);
    const results = await pool(toRun, limit, async (step) => {
      const result = await runStep(step, { buffer: true });
      // Printed whole as each ends, so the outputs of steps running together never interleave.
      process.stdout.write(`\n▶ ${step.name}: ${step.command.join(' ')} (${seconds(result.seconds)})\n${result.output}`);
      return record(step, result);
    });
    passed = results.every(Boolean);
  }
  if (!passed && !keepGoing) break;
}

const total = row('total', seconds((performance.now() - started) / 1000), '');
const slow = `Slowest steps:\n${slowest(timings, 5)
  .map((t) => row(t.name, seconds(t.seconds), ''))
  .join('\n')}`;
const failed = ran.filter((r) => r.status !== 0).map((r) => (r.timedOut ? `${r.step.name} (${timedOutWords((r.step as Step).timeout)})` : r.step.name));
if (!failed.length) {
  console.log(`\nAll steps passed:\n${[...rows, total].join('\n')}\n\n${slow}`);
} else {
  const words = closingWords(ran, { github });
  const sentences = [words.content, words.rolebook].filter((w) => w !== undefined);
  console.log(`\n${[...rows, total].join('\n')}\n\n${slow}\n\nFailed: ${failed.join(', ')}\n\n${sentences.join('\n\n')}`);
  if (github) {
    // The content's own errors are already annotated on their lines; a failure of Rolebook's gets
    // an annotation of its own, so the pull request's Checks tab says whose it is.
    if (words.rolebook) console.log(`::error title=Not caused by your content::${escapeData(words.rolebook)}`);
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary) appendFileSync(summary, `\n## Failed: ${failed.join(', ')}\n\n${sentences.join('\n\n')}\n`);
  }
  process.exitCode = 1;
}
