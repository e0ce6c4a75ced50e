/**
 * sharedRuns, which keeps Rolebook's example content from copying the public job descriptions it
 * was written from (tests/shipped/example-content.test.ts runs it over content/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedRuns } from '../lib/shared-runs.ts';

test('sharedRuns finds a copied sentence and ignores a list of technologies', () => {
  const seed = 'You will design and build scalable services that power our platform. Skills: Python, Java, Node.js, Ruby, Go, MySQL, PostgreSQL, MongoDB, Redis.';
  const copied = 'Intro.\nYou will design and build scalable services that power our platform every day.';
  const listed = 'Languages: Python, Java, Node.js, Ruby, Go, MySQL, PostgreSQL, MongoDB, Redis.';
  assert.deepEqual(
    sharedRuns(copied, seed).map((r) => r.line),
    [2],
  );
  assert.match(sharedRuns(copied, seed)[0]!.words, /^you will design and build scalable services that power our platform$/);
  assert.deepEqual(sharedRuns(listed, seed), []);
  assert.deepEqual(sharedRuns('You will design and build services.', seed), []);
});
