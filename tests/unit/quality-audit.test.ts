/** The dependency gate's verdict on npm audit's JSON (scripts/quality/audit.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { interpretAudit } from '../../scripts/quality/audit.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/quality', name), 'utf8');

test('a high advisory in a production dependency fails, naming the package', () => {
  const verdict = interpretAudit(fixture('audit-high.json'));
  assert.equal(verdict.outcome, 'fail');
  assert.match(verdict.message, /high: left-pad-ish <1\.2\.3/);
  assert.doesNotMatch(verdict.message, /tiny-thing/);
});

test('moderate and low advisories pass, and are mentioned', () => {
  const verdict = interpretAudit(fixture('audit-clean.json'));
  assert.equal(verdict.outcome, 'pass');
  assert.match(verdict.message, /1 moderate/);
});

test('a registry without the advisory endpoint is reported as not audited, never as a pass', () => {
  const verdict = interpretAudit(fixture('audit-no-endpoint.json'));
  assert.equal(verdict.outcome, 'unavailable');
  assert.match(verdict.message, /HTTP 405/);
  assert.match(verdict.message, /NOT audited/);
  assert.equal(interpretAudit('npm ERR! something').outcome, 'unavailable');
});

test('each lockfile is named in its verdict: the browser tools are audited apart from the production dependencies', () => {
  const tools = 'the browser tools (tests/package-lock.json)';
  assert.match(interpretAudit(fixture('audit-high.json'), tools).message, /in the browser tools \(tests\/package-lock\.json\):/);
  assert.match(interpretAudit(fixture('audit-clean.json'), tools).message, /in the browser tools/);
  assert.match(interpretAudit(fixture('audit-no-endpoint.json'), tools).message, /could not run on the browser tools/);
});
