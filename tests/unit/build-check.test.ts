/** The build runs the same content check and stops with the editor's report, not a stack trace. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentCheck } from '../../src/integrations/content-check.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/handbook');

async function runHook(command: 'build' | 'dev', breakIt: boolean) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-build-'));
  await cp(fixture, dir, { recursive: true });
  if (breakIt) await writeFile(path.join(dir, 'content/roles/oops.mdx'), '---\ntitle: Oops\n---\n');
  const printed: string[] = [];
  const warned: string[] = [];
  let exitCode: number | undefined;
  const originalExit = process.exit;
  const originalError = console.error;
  process.exit = ((code?: number) => {
    exitCode = code;
    throw new Error('exit');
  }) as typeof process.exit;
  console.error = (...args: unknown[]) => printed.push(args.join(' '));
  try {
    const hook = contentCheck().hooks['astro:config:setup'] as unknown as (options: unknown) => Promise<void>;
    await hook({ config: { root: pathToFileURL(`${dir}/`) }, command, logger: { warn: (m: string) => warned.push(m) } }).catch((e: Error) => {
      if (e.message !== 'exit') throw e;
    });
  } finally {
    process.exit = originalExit;
    console.error = originalError;
    await rm(dir, { recursive: true, force: true });
  }
  return { exitCode, printed: printed.join('\n'), warned: warned.join('\n') };
}

test('a build with content errors exits 1 and prints one line per problem', async () => {
  const { exitCode, printed } = await runHook('build', true);
  assert.equal(exitCode, 1);
  assert.match(printed, /^error {3}content\/roles\/oops\.mdx: family is missing; add it: /m);
  assert.match(printed, /The build stopped because the content has errors/);
  assert.doesNotMatch(printed, /\n\s+at .*\(.*:\d+:\d+\)/, 'no stack trace');
});

test('dev mode reports the same problems as a warning and keeps running', async () => {
  const { exitCode, warned } = await runHook('dev', true);
  assert.equal(exitCode, undefined);
  assert.match(warned, /content\/roles\/oops\.mdx: family is missing/);
});

test('a build with valid content goes ahead silently', async () => {
  const { exitCode, printed } = await runHook('build', false);
  assert.equal(exitCode, undefined);
  assert.equal(printed, '');
});
