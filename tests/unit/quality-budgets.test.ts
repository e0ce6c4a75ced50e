/** The budget checker behind the budget gate: passes a small fixture, fails oversized ones. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatBudgetReport, limits, measureBudgets, staticImports } from '../quality/budgets.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/quality/budget-site');

/** Text gzip cannot shrink much, the same every run. */
function noise(words: number, seed = 7): string {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out.push(x.toString(36));
  }
  return out.join(' ');
}

/** The budgets of a copy of the fixture with what `extra` adds to it. */
async function measureWith(extra: (dir: string) => Promise<void>, budget = limits) {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-budget-'));
  try {
    await cp(fixture, dir, { recursive: true });
    await extra(dir);
    return await measureBudgets({ dir, base: '/' }, budget);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" href="/_astro/small.css"><script src="/theme.js"></script>${head}</head><body>${body}</body></html>`;

test('the small fixture is within budget; code loaded with import() is not counted', async () => {
  const report = await measureBudgets({ dir: fixture, base: '/' });
  assert.deepEqual(report.failures, []);
  assert.deepEqual(report.pages[0]!.jsFiles, ['theme.js', '_astro/lazyonly.js']);
  assert.equal(report.pages[0]!.requests, 4, 'the page, small.css, theme.js, lazyonly.js');
  assert.deepEqual(
    report.scripts.map((s) => s.file),
    ['_astro/lazy.js', '_astro/lazyonly.js', 'theme.js'],
  );
});

test('fails when the median page is over 7 kB of gzip HTML', async () => {
  const report = await measureWith(async (dir) => {
    for (const name of ['a', 'b']) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, 'index.html'), page(`<p>${noise(2500)}</p>`));
    }
  });
  assert.ok(report.htmlMedian > limits.htmlMedian);
  assert.match(report.failures.join('\n'), /^HTML: the median page is .* over the 7\.00 kB budget/m);
});

test('fails when a page loads more than 10 kB of gzip CSS, counting <style> too', async () => {
  const css = Array.from(noise(2200).split(' '), (w, i) => `.c${w}{margin:${i % 9}px}`).join('\n');
  const report = await measureWith(async (dir) => {
    await writeFile(path.join(dir, '_astro/big.css'), css.slice(0, css.length / 2));
    await mkdir(path.join(dir, 'styled'));
    await writeFile(path.join(dir, 'styled/index.html'), page('<p>x</p>', `<link rel="stylesheet" href="/_astro/big.css"><style>${css.slice(css.length / 2)}</style>`));
  });
  assert.match(report.failures.join('\n'), /^CSS: \/styled\/ loads .* over the 10\.00 kB budget/m);
});

test('fails when a content page runs more than 1 kB of JS before interaction, following static imports', async () => {
  const report = await measureWith(async (dir) => {
    await writeFile(path.join(dir, '_astro/feature.js'), 'import{a}from"./shared.js";a();document.body.addEventListener("click",()=>import("./lazy.js"));');
    await writeFile(path.join(dir, '_astro/shared.js'), `export function a(){return "${noise(400)}"}`);
    await mkdir(path.join(dir, 'eager'));
    await writeFile(path.join(dir, 'eager/index.html'), page('<p>x</p><script type="module" src="/_astro/feature.js"></script>'));
    await mkdir(path.join(dir, 'search'));
    await writeFile(path.join(dir, 'search/index.html'), page('<p>x</p><script type="module" src="/_astro/feature.js"></script>'));
  });
  const text = report.failures.join('\n');
  assert.match(text, /^JS: \/eager\/ runs .* \(theme\.js, _astro\/feature\.js, _astro\/shared\.js\), over the 1\.00 kB budget/m);
  assert.doesNotMatch(text, /JS: \/search\//, 'the search page is a feature page');
});

test('fails when a page makes more than 6 requests before interaction, counting icons, images, preloads and fonts', async () => {
  const report = await measureWith(async (dir) => {
    await writeFile(path.join(dir, '_astro/fonts.css'), '@font-face{font-family:A;src:url(a.woff2)}@font-face{font-family:B;src:url(b.woff2)}');
    await mkdir(path.join(dir, 'busy'));
    const head = '<link rel="icon" href="/favicon.svg"><link rel="preload" as="image" href="/hero.webp"><link rel="stylesheet" href="/_astro/fonts.css">';
    await writeFile(path.join(dir, 'busy/index.html'), page('<img src="/logo.png" alt="logo"><img src="/below.png" alt="" loading="lazy">', head));
  });
  const busy = report.pages.find((p) => p.url === '/busy/')!;
  assert.equal(busy.requests, 9, busy.fetched.join(', '));
  const text = report.failures.join('\n');
  assert.match(text, /^Requests: \/busy\/ makes 9 requests before interaction \(the page, _astro\/small\.css, theme\.js, favicon\.svg, hero\.webp, _astro\/fonts\.css, logo\.png, 2 @font-face\), over the limit of 6/m);
  assert.doesNotMatch(text, /below\.png/, 'a lazy image waits until it is scrolled to');
  assert.doesNotMatch(text, /Requests: \/ /, 'the small page is within the limit');
});

test("a level's self-assessment is a feature page: its own script counts to the script size, and one request more is allowed for it", async () => {
  const report = await measureWith(async (dir) => {
    await writeFile(path.join(dir, '_astro/self-assessment.js'), `document.title="${noise(400)}"`);
    const head = '<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/self-assessment.js"></script>';
    for (const [folder, extra] of [
      ['roles/r/l/self-assessment', ''],
      ['roles/r/l2/self-assessment', '<img src="/logo.png" alt="logo"><img src="/a.png" alt=""><img src="/b.png" alt="">'],
      ['roles/r/l/self-assessment/copy', ''],
    ] as const) {
      await mkdir(path.join(dir, folder), { recursive: true });
      await writeFile(path.join(dir, folder, 'index.html'), page(`<p>x</p>${extra}`, head));
    }
  });
  const feature = report.pages.find((p) => p.url === '/roles/r/l/self-assessment/')!;
  assert.equal(feature.feature, true);
  assert.ok(feature.js > limits.jsPerPage, 'over the JS budget of a content page');
  const text = report.failures.join('\n');
  assert.doesNotMatch(text, /\/roles\/r\/l\/self-assessment\/ (runs|makes)/);
  assert.match(text, /^JS: \/roles\/r\/l\/self-assessment\/copy\/ runs/m, 'only the self-assessment page itself is a feature page');
  assert.match(text, /^Requests: \/roles\/r\/l2\/self-assessment\/ makes 8 requests .* over the limit of 7/m, 'one more, not any number more');
});

test('fails when one script of the site is over 5 kB gzip, even one loaded on demand', async () => {
  const report = await measureWith(async (dir) => {
    await writeFile(path.join(dir, '_astro/lazy.js'), `export default "${noise(1500)}"`);
  });
  assert.match(report.failures.join('\n'), /^Script: _astro\/lazy\.js is .* gzip, over the 5\.00 kB budget for one script/m);
  assert.equal(report.failures.length, 1, 'loaded on demand, it costs no page its JS budget');
});

test('staticImports finds static imports and re-exports, not import()', () => {
  const code = 'import{a as b}from"./x.js";import"./side.js";export*from"./y.js";const z=import("./lazy.js");import c from \'./c.js\'';
  assert.deepEqual(staticImports(code), ['./x.js', './side.js', './y.js', './c.js']);
});

test("the browser editor's files are no reader's weight, and are measured against a budget of their own", async () => {
  const editorPage = page('<p>editor</p>', '<script src="sveltia-cms.js"></script>');
  const before = await measureBudgets({ dir: fixture, base: '/' });
  const withEditor = (budget = limits) =>
    measureWith(async (dir) => {
      await mkdir(path.join(dir, 'admin'));
      await writeFile(path.join(dir, 'admin/index.html'), editorPage);
      await writeFile(path.join(dir, 'admin/sveltia-cms.js'), script);
    }, budget);
  // Far over the per-script and per-page JS budgets, well within the editor's.
  const script = `console.log(${JSON.stringify(noise(20_000))});`;
  const report = await withEditor();
  assert.deepEqual(report.failures, []);
  assert.deepEqual(
    report.pages.map((p) => p.file),
    before.pages.map((p) => p.file),
    "the editor is not a reader's page",
  );
  assert.deepEqual(report.scripts, before.scripts, "its script is not one of the site's own");
  assert.equal(report.editor.files, 2);
  assert.equal(report.editor.raw, Buffer.byteLength(editorPage) + Buffer.byteLength(script));
  assert.ok(report.editor.gzip > limits.scriptFile && report.editor.gzip < report.editor.raw);
  assert.match(formatBudgetReport(report), /Browser editor \(admin\/, not counted above\): 2 files, .* raw, .* gzip \(budget 2500\.00 kB\)/);
  const over = await withEditor({ ...limits, editor: report.editor.gzip - 1 });
  assert.match(over.failures.join('\n'), /^Editor: the 2 files of \/admin\/ are .* gzip, over the .* budget$/m);
});
