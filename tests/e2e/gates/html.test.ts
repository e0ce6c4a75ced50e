/**
 * HTML gate: html-validate (.htmlvalidate.json) with zero errors on every page, and the Nu Html
 * Checker (vnu-jar) with zero errors where Java is installed, on the readers' pages and the browser
 * editor's (hand-written in src/admin/page.ts). Fixture pages prove both catch errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rootBuild } from '../../../scripts/lib/built-site.ts';
import { listPages } from '../../../src/lib/built-pages.ts';
import { formatHtmlProblem, runHtmlValidate, runVnu } from '../../quality/validate.ts';

const built = rootBuild();
const fixtures = path.resolve(import.meta.dirname, '../../fixtures/quality');

test('html-validate: zero errors on every page', async () => {
  const { files, problems } = await runHtmlValidate(built.dir);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  console.log(`html-validate: ${files} pages, ${errors.length} errors, ${warnings.length} warnings`);
  // Warnings are advice: listed, not failed.
  const byRule = Map.groupBy(warnings, (w) => w.rule);
  for (const [rule, list] of byRule)
    console.log(
      `  warning ${rule} on ${list.length} pages, e.g. ${list
        .slice(0, 3)
        .map((w) => w.file)
        .join(', ')}`,
    );
  assert.ok(files > 0, `no pages in ${built.dir}`);
  assert.deepEqual(errors.map(formatHtmlProblem), []);
});

test('the Nu Html Checker: zero errors on every page (where Java is installed)', async (t) => {
  const files = (await listPages(built.dir, { editor: true })).map((f) => path.join(built.dir, f));
  const result = runVnu(files, built.dir);
  if (!result.ran) {
    t.skip(`Nu Html Checker not run: ${result.reason}`);
    return;
  }
  console.log(`Nu Html Checker: ${files.length} pages, ${result.problems.length} errors`);
  assert.deepEqual(result.problems.map(formatHtmlProblem), []);
});

test('both validators fail on a page with invalid HTML, a style attribute and an image without alt', async (t) => {
  const { problems } = await runHtmlValidate(fixtures, ['invalid.html']);
  const rules = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.rule));
  for (const rule of ['no-inline-style', 'wcag/h37', 'element-permitted-content', 'no-dup-id']) assert.ok(rules.has(rule), `html-validate reports ${rule}`);
  const vnu = runVnu([path.join(fixtures, 'invalid.html')], fixtures);
  if (!vnu.ran) return t.skip(vnu.reason ?? '');
  // Judged by where the checker reports an error, not by its wording: the line of the image without
  // alt and the line of the second element with the same id (the first is valid) are among them.
  const lines = (await readFile(path.join(fixtures, 'invalid.html'), 'utf8')).split('\n');
  const lineOf = (pattern: RegExp, nth = 0) => lines.flatMap((l, i) => (pattern.test(l) ? [i + 1] : []))[nth];
  const reported = new Set(vnu.problems.map((p) => `${p.file}:${p.line}`));
  for (const [what, line] of [
    ['the image without alt', lineOf(/<img /)],
    ['the duplicate id', lineOf(/id="twice"/, 1)],
  ] as const) {
    assert.ok(line && reported.has(`invalid.html:${line}`), `the Nu Html Checker reports ${what} (line ${line}); it reports ${[...reported].join(', ')}`);
  }
});
