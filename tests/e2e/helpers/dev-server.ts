/**
 * `astro dev` on a copy of the project, for tests that edit content and watch what the dev server
 * serves: started on a free port, ready once it answers HTTP on that port (asked every 250 ms,
 * within `timeout`; what it prints is Astro's wording, not ours, so nothing waits for a message),
 * its output kept for a failure's message. It leads a process group of its own, so stopping it
 * stops what it started too, and stopping is bounded as well.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../../../scripts/lib/serve.ts';

export interface DevServer {
  origin: string;
  /** What astro dev has printed so far. */
  log: () => string;
  stop: () => Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `env` is added to this process's environment: ROLEBOOK_BASE, say. */
export async function startDev(dir: string, { timeout = 90_000, env = {} as Record<string, string> } = {}): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let printed = '';
  dev.stdout.on('data', (chunk: Buffer) => (printed += chunk));
  dev.stderr.on('data', (chunk: Buffer) => (printed += chunk));
  let exited = false;
  const closed = new Promise<void>((resolve) => dev.once('close', () => resolve()));
  dev.once('exit', () => (exited = true));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-dev.pid!, name);
    } catch {
      // Gone already.
    }
  };
  const stop = async () => {
    signal('SIGTERM');
    const ended = await Promise.race([closed.then(() => true), pause(10_000).then(() => false)]);
    if (!ended) {
      signal('SIGKILL');
      await Promise.race([closed, pause(5_000)]);
    }
  };
  try {
    const deadline = Date.now() + timeout;
    for (;;) {
      if (exited) throw new Error(`astro dev exited before it served ${origin}:\n${printed}`);
      if (Date.now() > deadline) throw new Error(`astro dev did not answer on ${origin} within ${timeout / 1000} s:\n${printed}`);
      const answered = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5_000) }).then(
        () => true,
        () => false,
      );
      if (answered) break;
      await pause(250);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, log: () => printed, stop };
}
