/**
 * Imports point down the picture in the README's "How it fits together": the reader knows nothing
 * of the check, the check (and the worker threads it starts) loads no view or page code, and views
 * never reach back into the check. Read from the source files' own import lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const specifier = /^\s*(?:import|export)\s(?:type\s)?[^'"]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm;

/** The project's own modules a module imports, type-only imports included (they are a dependency too). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(specifier)].map((m) =>
    path
      .relative(root, path.resolve(path.dirname(path.join(root, file)), (m[1] ?? m[2])!))
      .split(path.sep)
      .join('/'),
  );
}

/** Every module reachable from `start` by the project's own imports. */
function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const next = [start];
  while (next.length) {
    const file = next.pop()!;
    if (seen.has(file) || !/\.(ts|js)$/.test(file)) continue;
    seen.add(file);
    next.push(...importsOf(file));
  }
  return seen;
}

const pageCode = /^src\/(handbook\/views|handbook\/routes|handbook\/index|pages|components|layouts|render\/components)\b/;

test('the content check and its worker threads load no view, page or component', () => {
  for (const start of ['src/integrity/index.ts', 'src/integrity/files/worker.ts']) {
    const modules = reachable(start);
    assert.ok(modules.has('src/reader/content.ts') || start.endsWith('worker.ts'), `${start}: the walk follows imports`);
    assert.deepEqual(
      [...modules].filter((m) => pageCode.test(m)),
      [],
      `${start} reaches page code`,
    );
  }
});

test('the reader and the read model import nothing from the check', () => {
  for (const start of ['src/reader/content.ts', 'src/reader/settings.ts', 'src/handbook/build.ts', 'src/handbook/ads.ts']) {
    assert.deepEqual(
      [...reachable(start)].filter((m) => m.startsWith('src/integrity/')),
      [],
      `${start} reaches the check`,
    );
  }
});

test('views read the model, never the check', () => {
  assert.deepEqual(
    [...reachable('src/handbook/routes.ts')].filter((m) => m.startsWith('src/integrity/')),
    [],
  );
});
