/** The reader of a build's output behind tests/e2e/build-output.test.ts: the content report passes, any other warning is found. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildWarnings } from '../quality/build-output.ts';

const report = [
  '17:16:28 [WARN] [rolebook:roles] ',
  'content/hiring.yaml (1 error, 2 warnings)',
  '  error   content/hiring.yaml:3: workMode is "remot"; use one of: remote, hybrid, onsite.',
  '  warning content/hiring.yaml:15: still names the example company: "Northwind Labs"; write your company\'s name here.',
  '',
  'content/openings/warning-signs.mdx (1 warning)',
  '  warning content/openings/warning-signs.mdx:16: is an example opening: replace it with a real vacancy or delete the file.',
  '',
  'Content check: 1 error, 3 warnings in 2 files.',
];
const clean = [
  '> rolebook@0.1.0 build',
  '> node scripts/build.ts',
  '',
  '17:16:26 [content] Syncing content',
  ...report,
  '17:16:28 [content] Synced content',
  '17:16:30 [vite] ✓ built in 1.77s',
  '17:16:31   ├─ /roles/backend-engineer/senior/index.html (+22ms) ',
  '17:16:33 [build] Complete!',
  'search index: 159 of 178 pages, 884 KB in dist/pagefind',
];

test("the content check's report is not a build warning, whatever its files are named", () => {
  assert.deepEqual(buildWarnings(clean.join('\n')), []);
});

test("Vite's, Astro's, rolldown's and Node's warnings are found, coloured or not, before, between or after the lines of the report", () => {
  const vite = '17:16:30 [WARN] [vite] [plugin @mdx-js/rollup] Unexpected character `<` in content/faqs/pay/bands.mdx';
  const astro = '17:16:29 \u001b[33m[WARN]\u001b[39m [router] A `getStaticPaths()` route pattern was matched by multiple routes';
  const rolldown = '(!) Some chunks are larger than 500 kB after minification.';
  const node = '(node:4242) Warning: Closing file descriptor 21 on garbage collection';
  const ours = '17:16:28 [WARN] [rolebook:roles] the data store was written by another version';
  const output = [vite, ...clean.slice(0, 4), ours, ...report, astro, rolldown, ...clean.slice(4 + report.length), node].join('\n');
  assert.deepEqual(buildWarnings(output), [vite, ours, '17:16:29 [WARN] [router] A `getStaticPaths()` route pattern was matched by multiple routes', rolldown, node]);
});

test("a rolebook warning without the report's totals after it is a warning, and so is what follows it", () => {
  const vite = '17:16:30 [WARN] [vite] "default" is not exported by "src/x.ts"';
  assert.deepEqual(buildWarnings(['17:16:28 [WARN] [rolebook:faqs] ', '', vite, ...clean.slice(-2)].join('\n')), ['17:16:28 [WARN] [rolebook:faqs] ', vite]);
});
