import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBytes, formatRatio, formatSeconds, markdownTable, mergeResults, pairedRatio, parentOf, parseTimeOutput, treeRss } from '../../bench/lib/report.ts';
import { assetsOf, spread } from '../../bench/lib/site-metrics.ts';

test('GNU time: the last line holds wall, user, system and max RSS in kB; anything else is not a report', () => {
  assert.deepEqual(parseTimeOutput('Command exited with non-zero status 1\n12.50 8.25 1.75 204800\n'), { wallSeconds: 12.5, cpuSeconds: 10, maxRssBytes: 200 * 1024 * 1024 });
  assert.equal(parseTimeOutput(''), undefined);
  assert.equal(parseTimeOutput('time: cannot run foo'), undefined);
});

test('the memory of a process tree sums its descendants and nothing outside it', () => {
  const ps = [
    { pid: 1, ppid: 0, rssBytes: 1000 },
    { pid: 10, ppid: 1, rssBytes: 5 },
    { pid: 11, ppid: 10, rssBytes: 7 },
    { pid: 12, ppid: 11, rssBytes: 11 },
    { pid: 20, ppid: 1, rssBytes: 100 },
  ];
  assert.equal(treeRss(10, ps), 23);
  assert.equal(treeRss(12, ps), 11);
  assert.equal(treeRss(99, ps), 0);
  assert.equal(parentOf('123 (node (worker) x) S 77 123 123 0 -1'), 77);
});

test('paired ratios are the median of per-run ratios, skipping runs that could not be measured', () => {
  assert.equal(pairedRatio([20, 30, 10], [10, 10, 10]), 2);
  assert.equal(pairedRatio([4, NaN], [2, 1]), 2);
  assert.ok(Number.isNaN(pairedRatio([], [])));
});

test('numbers are formatted for the table, with a dash for what was not measured', () => {
  assert.equal(formatSeconds(157.04), '157.0 s');
  assert.equal(formatSeconds(7.2), '7.20 s');
  assert.equal(formatSeconds(0.42), '420 ms');
  assert.equal(formatBytes(1.5 * 1024 ** 3), '1.50 GiB');
  assert.equal(formatBytes(2048), '2.0 KiB');
  assert.equal(formatBytes(NaN), '–');
  assert.equal(formatRatio(2.3456), '2.35×');
  assert.equal(formatRatio(Infinity), '–');
});

test('a Markdown table right-aligns the figures and escapes pipes', () => {
  assert.equal(markdownTable(['', 'A'], [['x | y', '1']]), '|  | A |\n| --- | ---: |\n| x \\| y | 1 |');
});

test('RESULTS.md: a size replaces its own section, keeps the others and stays in order of size', () => {
  const start = '# Results\n\nIntro.\n';
  const one = mergeResults(start, 2000, '## 2,000 levels\n\nbig');
  const two = mergeResults(one, 200, '## 200 levels\n\nsmall');
  assert.equal(two, '# Results\n\nIntro.\n\n## 200 levels\n\nsmall\n\n## 2,000 levels\n\nbig\n');
  assert.equal(mergeResults(two, 200, '## 200 levels\n\nagain'), '# Results\n\nIntro.\n\n## 200 levels\n\nagain\n\n## 2,000 levels\n\nbig\n');
});

test('a page loads the same-site scripts, module preloads and stylesheets it names, once each', () => {
  const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href='/_astro/a.css'><link rel="icon" href="/f.svg">
    <script type="module" src="/site.js"></script><script>inline()</script><link rel="modulepreload" href="/_astro/m.js">
    <script src="https://cdn.example/x.js"></script><link rel="preload stylesheet" href="/b.css">`;
  assert.deepEqual(assetsOf(html), { scripts: ['/site.js', '/_astro/m.js'], styles: ['/_astro/a.css', '/b.css'] });
});

test('a sample is spread over the whole list', () => {
  assert.deepEqual(spread([1, 2, 3], 5), [1, 2, 3]);
  assert.deepEqual(spread([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5), [0, 2, 4, 6, 8]);
});
