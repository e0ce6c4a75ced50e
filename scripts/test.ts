/**
 * npm test: every gate in the order that fails fastest. Each step is a separate process so a
 * failure names the step; the run stops at the first failing step and prints the time of each.
 *
 * Two builds: dist/ with the configured base, and dist-base/ under /handbook/ (ROLEBOOK_BASE) so a
 * link that forgets the base path is caught. The quality gates (tests/e2e/gates/) read both
 * (ROLEBOOK_DIST, ROLEBOOK_DIST_BASE; see scripts/lib/built-site.ts).
 *
 * `npm test -- --keep-going` runs every step even after a failure and lists all failures at the end.
 * `npm test -- --fast` runs only the steps that need no browser (unit tests, content check, astro
 * check, build, site files): what the pull-request workflow (.github/workflows/check.yml) runs on GitHub.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Part of `--fast`: needs no browser and no second build. */
  fast?: boolean;
}

const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const nodeTest = (...files: string[]) => [node, '--test', '--test-concurrency=1', '--test-reporter=spec', ...files];
const gate = (name: string) => `tests/e2e/gates/${name}.test.ts`;
// Browser tests of features live in tests/e2e/; the quality gates in tests/e2e/gates/ run as steps of their own.
const featureTests = globSync('tests/e2e/**/*.test.ts').filter((f) => !f.replaceAll('\\', '/').startsWith('tests/e2e/gates/')).sort();
const builds = { ROLEBOOK_DIST: 'dist', ROLEBOOK_DIST_BASE: 'dist-base' };

const allSteps: Step[] = [
  { name: 'unit tests', command: nodeTest('tests/unit/**/*.test.ts'), fast: true },
  { name: 'content check', command: [node, 'scripts/check.ts'], fast: true },
  { name: 'astro check', command: [node, astro, 'check', '--minimumFailingSeverity', 'hint'], fast: true },
  { name: 'build', command: ['npm', 'run', 'build', '--silent'], fast: true },
  // Reads the build's file list only, so it goes with the build into --fast.
  { name: 'site files', command: nodeTest(gate('site-files')), env: builds, fast: true },
  { name: 'build /handbook/', command: [node, 'scripts/build.ts', '--silent', '--outDir', 'dist-base'], env: { ROLEBOOK_BASE: '/handbook/' } },
  { name: 'links', command: nodeTest(gate('links')), env: builds },
  { name: 'html', command: nodeTest(gate('html')), env: builds },
  { name: 'csp', command: nodeTest(gate('csp')), env: builds },
  { name: 'budgets', command: nodeTest(gate('budgets')), env: builds },
  ...(featureTests.length ? [{ name: 'browser tests', command: nodeTest(...featureTests), env: builds }] : []),
  { name: 'browser crawl', command: nodeTest(gate('browser-crawl')), env: builds },
  { name: 'lighthouse', command: nodeTest(gate('lighthouse')), env: builds },
  { name: 'npm audit', command: [node, 'scripts/quality/audit.ts'] },
];

const steps = process.argv.includes('--fast') ? allSteps.filter((step) => step.fast) : allSteps;
const keepGoing = process.argv.includes('--keep-going');
const failed: string[] = [];
const timings: string[] = [];
const started = performance.now();
const total = () => `${'total'.padEnd(18)} ${((performance.now() - started) / 1000).toFixed(1).padStart(7)} s`;
for (const step of steps) {
  const stepStarted = performance.now();
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  timings.push(`${step.name.padEnd(18)} ${seconds.padStart(7)} s  ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    failed.push(step.name);
    if (!keepGoing) break;
  }
}
if (failed.length) {
  console.log(`\n${[...timings, total()].join('\n')}\n\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`\nAll steps passed:\n${[...timings, total()].join('\n')}`);
