/**
 * `astro dev` on a copy of the project, for tests that edit content and watch what the dev server
 * serves: started on a free port, ready once it says so, its output kept for a failure's message.
 */
import { spawn } from 'node:child_process';
import { freePort } from '../../../scripts/lib/serve.ts';

export interface DevServer {
  origin: string;
  /** What astro dev has printed so far. */
  log: () => string;
  stop: () => Promise<void>;
}

export async function startDev(dir: string, { timeout = 90_000 } = {}): Promise<DevServer> {
  const port = await freePort();
  const dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  dev.stdout.on('data', (chunk: Buffer) => (printed += chunk));
  dev.stderr.on('data', (chunk: Buffer) => (printed += chunk));
  const closed = new Promise<void>((resolve) => dev.once('close', () => resolve()));
  const stop = async () => {
    dev.kill();
    await closed;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start within ${timeout / 1000} s:\n${printed}`)), timeout);
      dev.stdout.on('data', () => {
        if (!/ready in/.test(printed)) return;
        clearTimeout(timer);
        resolve();
      });
      dev.once('exit', () => {
        clearTimeout(timer);
        reject(new Error(`astro dev exited:\n${printed}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, log: () => printed, stop };
}
