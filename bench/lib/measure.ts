/**
 * Runs a command and measures it: wall time, CPU (user + system of the whole tree, from GNU time
 * when installed) and the peak resident memory of the whole process tree, sampled from /proc
 * (GNU time alone reports only the largest single process).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parentOf, parseTimeOutput, treeRss } from './report.ts';

export interface Measured {
  wallSeconds: number;
  /** NaN when GNU time is missing. */
  cpuSeconds: number;
  /** NaN when neither /proc nor GNU time could tell. */
  peakRssBytes: number;
  output: string;
}

const gnuTime = '/usr/bin/time';
const hasGnuTime = existsSync(gnuTime);
const hasProc = existsSync('/proc/self/stat');

async function processes(): Promise<{ pid: number; ppid: number; rssBytes: number }[]> {
  const out: { pid: number; ppid: number; rssBytes: number }[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const [stat, status] = await Promise.all([readFile(`/proc/${name}/stat`, 'utf8'), readFile(`/proc/${name}/status`, 'utf8')]);
      out.push({ pid: Number(name), ppid: parentOf(stat), rssBytes: Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024 });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

export async function measure(command: string, args: string[], { cwd, env }: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-bench-time-'));
  const timeFile = path.join(dir, 'time');
  const [file, argv] = hasGnuTime ? [gnuTime, ['-o', timeFile, '-f', '%e %U %S %M', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  let peak = 0;
  let sampling = hasProc;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, treeRss(child.pid!, await processes()));
      await new Promise((r) => setTimeout(r, 150));
    }
  })();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  sampling = false;
  await sampler;
  const time = hasGnuTime ? parseTimeOutput(await readFile(timeFile, 'utf8').catch(() => '')) : undefined;
  await rm(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${code}):\n${output.slice(-3000)}`);
  return { wallSeconds, cpuSeconds: time?.cpuSeconds ?? NaN, peakRssBytes: Math.max(peak, time?.maxRssBytes ?? 0) || NaN, output };
}
