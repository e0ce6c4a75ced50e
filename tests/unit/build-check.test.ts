/**
 * The build runs the content check inside the collections' loader and stops with the editor's
 * report as an Astro error, without a stack trace; `astro dev` prints the same report and keeps the valid entries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { handbookLoaders } from '../../src/integrations/content-loader.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { readBody } from '../../src/render/body-cache.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/handbook');

/** A stand-in for Astro's data store: what the loader stored, by id. */
function fakeStore() {
  const entries = new Map<string, { id: string; data: unknown; digest?: string | number; filePath?: string; deferredRender?: boolean; rendered?: { html: string; metadata: { file: string } } }>();
  return {
    entries,
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: unknown }) => entries.set(entry.id, entry),
    delete: (id: string) => entries.delete(id),
    addModuleImport: () => {},
  };
}

async function load(mode: 'build' | 'dev', breakIt: boolean) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-build-'));
  await cp(fixture, dir, { recursive: true });
  if (breakIt) {
    await writeFile(path.join(dir, 'content/roles/oops.mdx'), '---\ntitle: Oops\n---\n');
    const site = path.join(dir, 'content/site.yaml');
    await writeFile(site, (await readFile(site, 'utf8')).replace('  about:', '  logo: /logo.svg\n  about:'));
  }
  const printed: string[] = [];
  const warned: string[] = [];
  let exitCode: number | undefined;
  let thrown: AstroError | undefined;
  const originalExit = process.exit;
  const originalError = console.error;
  process.exit = ((code?: number) => {
    exitCode = code;
    throw new Error('exit');
  }) as typeof process.exit;
  console.error = (...args: unknown[]) => printed.push(args.join(' '));
  const store = fakeStore();
  const watcher = mode === 'dev' ? { on: () => {}, add: () => {} } : undefined;
  try {
    // The settings reach the loader serialised, through the virtual module (src/integrations/settings.ts).
    const loaders = handbookLoaders(JSON.parse(JSON.stringify(await readSettings(dir))));
    await loaders.roles
      .load({
        config: { root: pathToFileURL(`${dir}/`), base: '/' },
        store,
        generateDigest: (text: string) => String(text.length),
        logger: { warn: (m: string) => warned.push(m) },
        ...(watcher ? { watcher } : {}),
      } as never)
      .catch((e: Error) => {
        if (!(e instanceof AstroError)) throw e;
        thrown = e;
        printed.push(e.message);
      });
  } finally {
    process.exit = originalExit;
    console.error = originalError;
  }
  // Read before the project goes: pages read each body from the file the store names.
  const bodies = new Map(await Promise.all([...store.entries.values()].map(async (e) => [e.id, e.rendered?.metadata.file && (await readBody(e.rendered.metadata.file))] as const)));
  await rm(dir, { recursive: true, force: true });
  return { exitCode, thrown, printed: printed.join('\n'), warned: warned.join('\n'), stored: [...store.entries.values()], bodies };
}

test('a build with content errors stops with an Astro error that prints one line per problem, and no stack', async () => {
  const { exitCode, printed, thrown } = await load('build', true);
  assert.equal(exitCode, undefined, 'the loader leaves the process to Astro');
  assert.ok(thrown instanceof AstroError, 'Astro prints it as a user error, with its hint');
  assert.equal(thrown.stack, '', 'so Astro prints no stack trace under it');
  assert.equal(thrown.hint, 'Fix them and run npm run build again.');
  assert.match(printed, /^content\/roles\/oops\.mdx \(\d+ errors\)$/m, 'a heading for the file');
  assert.match(printed, /^ {2}error {3}content\/roles\/oops\.mdx: family is missing; add it: /m);
  assert.match(printed, /^ {2}error {3}content\/site\.yaml:\d+: company\.logo \(\/logo\.svg\) is not in the public\/ folder/m, 'a settings problem names its line in the build too');
  assert.match(printed, /^The content has errors\./);
});

test('dev mode reports the same problems as a warning, keeps running and stores the valid entries', async () => {
  const { exitCode, warned, stored } = await load('dev', true);
  assert.equal(exitCode, undefined);
  assert.match(warned, /content\/roles\/oops\.mdx: family is missing/);
  assert.deepEqual(
    stored.map((e) => e.id),
    ['data-engineer'],
  );
});

test("a build with valid content stores what the check read and the body's rendered file, so Astro compiles no content file", async () => {
  const { exitCode, printed, stored, bodies } = await load('build', false);
  assert.equal(exitCode, undefined);
  assert.equal(printed, '');
  assert.equal(stored.length, 1);
  const [entry] = stored;
  assert.equal(entry!.filePath, 'content/roles/data-engineer.mdx');
  assert.equal(entry!.deferredRender, undefined, 'Astro is never asked to compile the file');
  // The store names the body's file (src/render/body-cache.ts), which pages read as they render.
  assert.equal(entry!.rendered!.html, '', 'the HTML is not bundled with the store');
  assert.deepEqual(bodies.get(entry!.id), { html: '<p>A short guide.</p>', headings: [] });
  assert.equal((entry!.data as { title: string }).title, 'Data Engineer');
});
