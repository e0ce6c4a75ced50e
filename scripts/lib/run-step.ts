/**
 * Runs one step of `npm test` (scripts/test.ts) in a process group of its own, so that a step that
 * runs past its timeout is killed together with every process it started (a dev server, Chromium,
 * a nested npm), and so are processes it leaves behind when it ends. Apart from the runner so a
 * unit test can run a tiny step of its own through it (tests/unit/test-steps.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Step } from './test-steps.ts';

export interface StepResult {
  /** The exit code, or null when a signal ended the step (its timeout among them). */
  status: number | null;
  signal: NodeJS.Signals | null;
  /** Killed for running past step.timeout. */
  timedOut: boolean;
  seconds: number;
  /** Everything the step printed, stdout and stderr as they came, when it was buffered. */
  output: string;
}

export interface RunOptions {
  /** Keep the step's output and return it instead of printing it as it comes (steps run together). */
  buffer?: boolean;
  /** The environment the step's own env is added to. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** How long a step killed for its timeout gets between SIGTERM and SIGKILL. */
  grace?: number;
}

const running = new Set<ChildProcess>();

/** Ends the process group of every step still running (the runner itself being stopped). */
export function killRunning(signal: NodeJS.Signals = 'SIGTERM'): void {
  for (const child of running) killGroup(child, signal);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

export function runStep(step: Pick<Step, 'command' | 'env' | 'timeout'>, { buffer = false, env = process.env, cwd, grace = 5_000 }: RunOptions = {}): Promise<StepResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    // detached: the step leads a process group of its own, which the timeout kills whole. Nothing
    // reads stdin, and a background group reading the terminal would stop.
    const child = spawn(step.command[0]!, step.command.slice(1), {
      cwd,
      env: { ...env, ...step.env },
      detached: true,
      stdio: buffer ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    running.add(child);
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGTERM');
      killer = setTimeout(() => killGroup(child, 'SIGKILL'), grace);
    }, step.timeout);
    let exit: { status: number | null; signal: NodeJS.Signals | null } = { status: null, signal: null };
    const done = () => {
      clearTimeout(timer);
      clearTimeout(killer);
      running.delete(child);
      resolve({ ...exit, timedOut, seconds: (performance.now() - started) / 1000, output });
    };
    child.once('error', (error) => {
      output += `${error.message}\n`;
      exit = { status: 127, signal: null };
      done();
    });
    child.once('exit', (status, signal) => {
      exit = { status, signal };
      // Whatever the step started and left running goes with it (and stops holding its output open).
      killGroup(child, 'SIGKILL');
    });
    child.once('close', done);
  });
}
