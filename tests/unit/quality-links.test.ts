/** The link checker behind the link gate, on a fixture site built under the base /handbook/. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkLinks, formatLinkProblem } from '../quality/links.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/quality/link-site');

test('reports every dead link, missing file, dead #fragment and link outside the base, and nothing else', async () => {
  const report = await checkLinks({ dir, base: '/handbook/' }, { siteOrigins: ['https://handbook.example.com'] });
  assert.equal(report.pages, 2);
  const lines = report.problems.map(formatLinkProblem);
  const expected: [number, RegExp][] = [
    [7, /gone\/">.*no page at \/handbook\/gone\//],
    [18, /no page at \/handbook\/roles\/b\//],
    [19, /no element with id="no-such-id" in \/handbook\/roles\/a\//],
    [20, /no element with id="nowhere"/],
    [21, /outside the base path \/handbook\//],
    [22, /is a folder: link to \/handbook\/roles\/a\//],
    [23, /no file at \/handbook\/_astro\/missing\.png/],
    [24, /href="#" goes nowhere/],
    [25, /javascript: URLs are blocked/],
  ];
  assert.equal(lines.length, expected.length, lines.join('\n'));
  expected.forEach(([line, pattern], i) => {
    assert.ok(lines[i]!.startsWith(`index.html:${line}:`), lines[i]);
    assert.match(lines[i]!, pattern);
  });
});

test('the same site checked as a root build: every internal link is outside the base', async () => {
  const report = await checkLinks({ dir, base: '/' });
  assert.ok(report.problems.some((p) => p.link.includes('/handbook/roles/a/') && /no page|no file|folder/.test(p.reason)));
});
