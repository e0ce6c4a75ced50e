/**
 * Rendered bodies are kept between runs (src/render/body-cache.ts): a body is rendered once per
 * content, base path and code; one that draws a pay figure every time; unused files go after a week.
 */
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bodiesDir, openBodyCache, readBody } from '../../src/render/body-cache.ts';
import type { RenderedBody } from '../../src/render/body.ts';

/** A fresh project folder, removed when the test ends. */
async function project(t: TestContext) {
  const root = await mkdtemp(path.join(tmpdir(), 'rolebook-bodies-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  return { root };
}

/** A renderer that counts its calls and renders the body's text into a paragraph. */
function renderer() {
  const calls: string[] = [];
  const render = (body: string) => (): RenderedBody => {
    calls.push(body);
    return { html: `<p>${body}</p>`, headings: [{ depth: 2, slug: 'a', text: body }] };
  };
  return { calls, render };
}

test('a body is rendered once, then read back in the same run and in the next', async (t) => {
  const p = await project(t);
  const { calls, render } = renderer();
  const first = await openBodyCache(p.root, '/');
  const file = await first.file('Hello', render('Hello'));
  assert.deepEqual(await readBody(file), { html: '<p>Hello</p>', headings: [{ depth: 2, slug: 'a', text: 'Hello' }] });
  assert.equal(await first.file('Hello', render('Hello')), file);
  const next = await openBodyCache(p.root, '/');
  assert.equal(await next.file('Hello', render('Hello')), file);
  assert.deepEqual(calls, ['Hello'], 'rendered once across two runs');
});

test('a changed body, or another base path, is rendered again into a file of its own', async (t) => {
  const p = await project(t);
  const { calls, render } = renderer();
  const cache = await openBodyCache(p.root, '/');
  const a = await cache.file('Hello', render('Hello'));
  const b = await cache.file('Hello!', render('Hello!'));
  const other = await openBodyCache(p.root, '/handbook/');
  const c = await other.file('Hello', render('Hello'));
  assert.equal(new Set([a, b, c]).size, 3);
  assert.deepEqual(calls, ['Hello', 'Hello!', 'Hello']);
});

test('one body asked for twice at once is written once, and both get its file', async (t) => {
  const p = await project(t);
  const { calls, render } = renderer();
  const cache = await openBodyCache(p.root, '/');
  const [a, b] = await Promise.all([cache.file('Same', render('Same')), cache.file('Same', render('Same'))]);
  assert.equal(a, b);
  assert.deepEqual(calls, ['Same']);
  assert.deepEqual(
    (await readdir(bodiesDir(p.root))).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('a body that draws a pay figure is rendered every time, and its file follows what it drew', async (t) => {
  const p = await project(t);
  const body = 'Pay: <LevelPay level="backend-engineer/senior" />';
  let figure = '€1';
  let renders = 0;
  const render = (): RenderedBody => {
    renders++;
    return { html: `<p>Pay: ${figure}</p>`, headings: [] };
  };
  const cache = await openBodyCache(p.root, '/');
  const first = await cache.file(body, render);
  const again = await (await openBodyCache(p.root, '/')).file(body, render);
  figure = '€2';
  const changed = await (await openBodyCache(p.root, '/')).file(body, render);
  assert.equal(renders, 3);
  assert.equal(again, first, 'the same figure: the same file');
  assert.notEqual(changed, first, 'a new pay table: a new file');
  assert.equal((await readBody(changed)).html, '<p>Pay: €2</p>');
});

test('a build removes the files nothing has read for a week, and keeps the rest', async (t) => {
  const p = await project(t);
  const { render } = renderer();
  const old = await (await openBodyCache(p.root, '/')).file('Old', render('Old'));
  const recent = await (await openBodyCache(p.root, '/')).file('Recent', render('Recent'));
  const usedOld = await (await openBodyCache(p.root, '/')).file('Used', render('Used'));
  const weeksAgo = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
  for (const file of [old, usedOld]) await utimes(file, weeksAgo, weeksAgo);
  const build = await openBodyCache(p.root, '/');
  await build.file('Used', render('Used'));
  await build.prune();
  const left = await readdir(bodiesDir(p.root));
  assert.deepEqual(left.sort(), [path.basename(recent), path.basename(usedOld)].sort());
});
