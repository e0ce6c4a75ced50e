/**
 * What each part of `npm test` costs on its own (not part of npm test: these are timings). npm test
 * runs its steps side by side, and on a 2-core machine they keep both cores busy, so its time follows
 * the sum of their CPU time more than any one step's wall time: this prints that sum.
 *
 *   node_modules/.bin/node bench/suite/run.ts [--runs 3] [--only html,pages,…]
 *
 * Every step of scripts/lib/test-steps.ts that is not skipped runs alone, the browser tests one file
 * at a time, `runs` times each (round by round, so a spell of load spreads over all of them), and
 * each prints its median wall time and its median CPU time. CPU time is the whole machine's, from
 * /proc/stat, as Chromium's processes leave the process tree that GNU time would count: so run it on
 * an otherwise idle machine, after npm test has left dist/, dist-base/ and tests/node_modules.
 * `--only` keeps the steps and files whose name contains one of the words.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../../scripts/lib/median.ts';
import { runStep } from '../../scripts/lib/run-step.ts';
import { testSteps, type Step } from '../../scripts/lib/test-steps.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
const only = values.only?.split(',').filter(Boolean);

const root = path.resolve(import.meta.dirname, '../..');
for (const needed of ['dist', 'dist-base', 'tests/node_modules']) {
  if (!existsSync(path.join(root, needed))) throw new Error(`${needed} is missing: run npm test once first`);
}

/** CPU seconds the whole machine has spent so far: user, nice, system, irq and softirq of /proc/stat, in its 1/100 s. */
function machineCpuSeconds(): number {
  const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  return (user! + nice! + system! + irq! + softirq!) / 100;
}

/** The browser tests step as one step per file, with the step's own test runner flags. */
function perFile(step: Step): Step[] {
  const files = step.command.filter((arg) => arg.endsWith('.test.ts'));
  const runner = step.command.filter((arg) => !arg.endsWith('.test.ts') && !arg.startsWith('--test-concurrency='));
  return files.map((file) => ({ ...step, name: path.basename(file, '.test.ts'), command: [...runner, file] }));
}

const parts = testSteps({ root, node: process.execPath, env: process.env })
  .filter((step) => !step.skip)
  .flatMap((step) => (step.name === 'browser tests' ? perFile(step) : [step]))
  .filter((step) => !only || only.some((word) => step.name.includes(word)));

const measured = new Map(parts.map((p) => [p.name, { wall: [] as number[], cpu: [] as number[], failed: 0 }]));
for (let round = 1; round <= runs; round++) {
  for (const part of parts) {
    const cpuBefore = machineCpuSeconds();
    const result = await runStep(part, { buffer: true, cwd: root });
    const cpu = machineCpuSeconds() - cpuBefore;
    const failed = result.status !== 0 || result.timedOut;
    const m = measured.get(part.name)!;
    m.wall.push(result.seconds);
    m.cpu.push(cpu);
    if (failed) m.failed++;
    console.log(`round ${round}/${runs}  ${part.name.padEnd(20)} ${result.seconds.toFixed(1).padStart(7)} s  ${cpu.toFixed(1).padStart(7)} CPU s${failed ? '  FAILED' : ''}`);
  }
}

const rows = parts.map((p) => ({ name: p.name, wall: median(measured.get(p.name)!.wall), cpu: median(measured.get(p.name)!.cpu), failed: measured.get(p.name)!.failed }));
console.log(`\nmedians of ${runs} run(s), each part alone:\n${'part'.padEnd(20)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)}`);
for (const r of [...rows].sort((a, b) => b.cpu - a.cpu)) console.log(`${r.name.padEnd(20)} ${r.wall.toFixed(1).padStart(8)} ${r.cpu.toFixed(1).padStart(8)}${r.failed ? `  (failed ${r.failed} of ${runs})` : ''}`);
const cpu = rows.reduce((sum, r) => sum + r.cpu, 0);
console.log(
  `${'total'.padEnd(20)} ${rows
    .reduce((sum, r) => sum + r.wall, 0)
    .toFixed(1)
    .padStart(8)} ${cpu.toFixed(1).padStart(8)}`,
);
console.log(`\nOn 2 cores these parts need at least ${(cpu / 2).toFixed(0)} s side by side, before any cost of sharing the cores.`);
