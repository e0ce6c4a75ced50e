/**
 * npm test: every gate in the order that fails fastest. Each step is a separate process so a
 * failure names the step; the run stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
}

const node = process.execPath;
const steps: Step[] = [
  { name: 'unit tests', command: [node, '--test', '--test-reporter=spec', 'tests/unit/**/*.test.ts'] },
  { name: 'content check', command: [node, 'scripts/check.ts'] },
  { name: 'build', command: ['npm', 'run', 'build', '--silent'] },
  { name: 'browser tests', command: [node, '--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/e2e/**/*.test.ts'] },
];

const timings: string[] = [];
for (const step of steps) {
  const started = performance.now();
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const result = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env: process.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name.padEnd(16)} ${seconds.padStart(7)} s  ${result.status === 0 ? 'ok' : 'FAILED'}`);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (exit ${result.status ?? result.signal}).`);
    console.log(timings.join('\n'));
    process.exit(1);
  }
}
console.log(`\nAll steps passed:\n${timings.join('\n')}`);
