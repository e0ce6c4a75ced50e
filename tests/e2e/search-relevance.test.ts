/**
 * Search relevance, measured in Chromium against the built site: every query in
 * tests/fixtures/search-queries.json is searched on the /search/ page (the same ranking, typo
 * recovery and rendering a reader gets), the first opened as /search/?q=…, the others typed into its
 * box in turn, and each expected page must be among the top 3 results.
 * Prints precision@1 and precision@3 and a table of what came back.
 *
 * precision@k = relevant results among the top k ÷ min(k, number of relevant pages for the query),
 * so a query with a single right answer scores 1 at @3 when that answer is in the top 3.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { searchFromUrl, searchInPage, searchTestSite, type Hit } from './helpers/search.ts';

interface Case {
  kind: string;
  query: string;
  expect: string[];
  relevant?: string[];
  section?: string;
}

const fixture = JSON.parse(await readFile(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8')) as { queries: Case[] };
const served = searchTestSite();

const page = (path: string) => path.replace(/#.*$/, '');

test(`search relevance: ${fixture.queries.length} queries, expected pages in the top 3`, async () => {
  assert.ok(fixture.queries.length >= 25, 'the relevance set has at least 25 queries');
  const rows: { c: Case; hits: Hit[]; p1: number; p3: number; missing: string[]; ms: number }[] = [];
  const problems = await served.withPage(async (tab, problems) => {
    for (const c of fixture.queries) {
      const started = performance.now();
      const hits = await (rows.length ? searchInPage(tab, c.query) : searchFromUrl(tab, served.site.url, c.query)).catch(() => [] as Hit[]);
      const ms = performance.now() - started;
      const top3 = hits.slice(0, 3).map((h) => page(h.path));
      const relevant = new Set([...c.expect, ...(c.relevant ?? [])]);
      const p1 = top3[0] && relevant.has(top3[0]) ? 1 : 0;
      const p3 = top3.filter((p) => relevant.has(p)).length / Math.min(3, relevant.size);
      const missing = c.expect.filter((e) => !top3.includes(e));
      if (c.section) {
        const holder = hits.slice(0, 3).find((h) => page(h.path) === page(c.section!));
        if (!holder?.sections.includes(c.section)) missing.push(`section ${c.section}`);
      }
      rows.push({ c, hits, p1, p3, missing, ms });
    }
    return problems;
  });

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const p1 = mean(rows.map((r) => r.p1));
  const p3 = mean(rows.map((r) => r.p3));
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  console.log(`\n${'query'.padEnd(44)} ${'kind'.padEnd(13)} P@1  P@3   top 3`);
  for (const r of rows) {
    const top = r.hits
      .slice(0, 3)
      .map((h) => page(h.path) || '(home)')
      .join('  ');
    const flag = r.missing.length ? `  ✗ missing ${r.missing.join(', ')}` : '';
    console.log(`${cut(r.c.query, 44)} ${cut(r.c.kind, 13)} ${r.p1.toFixed(0).padStart(3)}  ${r.p3.toFixed(2)}  ${top}${flag}`);
  }
  console.log(`\nprecision@1 ${p1.toFixed(3)}   precision@3 ${p3.toFixed(3)}   (${rows.length} queries)`);

  const searchProblems = problems.consoleErrors.filter((e) => /pagefind|search|wasm|worker|content security/i.test(e));
  assert.deepEqual(searchProblems, [], 'search logs no errors');
  assert.deepEqual(problems.foreignRequests, [], 'search makes no third-party requests');
  const failures = rows
    .filter((r) => r.missing.length)
    .map(
      (r) =>
        `"${r.c.query}": ${r.missing.join(', ')} not in top 3 (got ${
          r.hits
            .slice(0, 3)
            .map((h) => h.path)
            .join(', ') || 'nothing'
        })`,
    );
  assert.deepEqual(failures, [], 'every expected page is in the top 3');
});
