/** The Lighthouse gate's rule on a recorded report (tests/fixtures/quality/lighthouse-broken.json). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lighthouseProblems, type LighthouseReport } from '../quality/lighthouse.ts';

const broken = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/quality/lighthouse-broken.json'), 'utf8')) as LighthouseReport;

test('fails each deterministic category under 0.95, naming the audits that cost points', () => {
  const problems = lighthouseProblems(broken);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0]!, /^accessibility 0\.78 \(minimum 0\.95\): image-alt \(0\.00\); color-contrast \(0\.00\)$/);
  assert.match(problems[1]!, /^seo 0\.92 .*: meta-description \(0\.00\)$/);
});

test('a low performance score is not a failure: timing is a benchmark, not a gate', () => {
  assert.doesNotMatch(lighthouseProblems(broken).join('\n'), /performance|total-blocking-time/);
});

test('a missing category fails rather than passing unseen', () => {
  const { seo: _, ...categories } = broken.categories;
  assert.match(lighthouseProblems({ ...broken, categories }).join('\n'), /^seo no score/m);
});
