/**
 * No code spreads a list into push, unshift, splice, Math.max or Math.min: each item becomes an
 * argument on the stack, and past about a hundred thousand the call throws "Maximum call stack
 * size exceeded" (issue 25: the check of 10,000 levels died of it). append, largest and smallest
 * (src/lib/lists.ts) take the list whole. Read with TypeScript's parser, so a spread inside an
 * object or array that is passed (`push({ ...problem })`) is not mistaken for one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(import.meta.dirname, '../..');
const spreadable = new Set(['push', 'unshift', 'splice', 'max', 'min', 'fromCharCode', 'fromCodePoint']);

/** `file:line: call` for each call of those above that spreads an argument. */
function spreadCalls(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && spreadable.has(node.expression.name.text) && node.arguments.some(ts.isSpreadElement)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${node.expression.getText()}(...)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The script of an .astro file: its frontmatter, between the two --- lines. */
const scriptOf = (file: string, text: string) => (file.endsWith('.astro') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text);

test('the finder sees a spread argument, and not a spread inside an object or array argument', () => {
  const found = spreadCalls('x.ts', 'a.push(...b);\nMath.max(1, ...c);\na.push({ ...d }, [...e]);\nappend(a, [...b]);\nf(...g);');
  assert.deepEqual(found, ['x.ts:1: a.push(...)', 'x.ts:2: Math.max(...)']);
});

test('no code in src/ or scripts/ spreads a list into push, unshift, splice, Math.max or Math.min', async () => {
  const found: string[] = [];
  for (const folder of ['src', 'scripts']) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|js|astro)$/.test(entry.name)) continue;
      const full = path.join(entry.parentPath, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      for (const call of spreadCalls(relative, scriptOf(relative, await readFile(full, 'utf8')))) found.push(call);
    }
  }
  assert.deepEqual(found, []);
});
