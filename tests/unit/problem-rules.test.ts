/**
 * Every problem of the content check names the rule that found it, which the report counts by; and
 * the check gathers any number of problems from one rule (issue 25: 180,000 from prose overflowed
 * the stack of a spread into push).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ruleNames, runRules } from '../../src/integrity/index.ts';
import type { Problem } from '../../src/problems/problem.ts';
import { problemsWith, replace } from './check-fixture.ts';

test("a rule's name is the name of its file in src/integrity/rules/", async () => {
  const files = (await readdir(path.resolve(import.meta.dirname, '../../src/integrity/rules'))).map((f) => f.replace(/\.ts$/, ''));
  // entries.ts holds what several rules share, and is no rule of its own.
  assert.deepEqual([...ruleNames].sort(), files.filter((f) => f !== 'entries').sort());
});

test('each problem the check finds carries its rule: the reader names files, syntax and fields, a rule its own name', async () => {
  const problems = await problemsWith({
    'content/roles/data-engineer.mdx': replace('responsibilities:', 'responsibilites:'),
    'content/levels/data-engineer/senior.mdx': replace(/^title: .*$/m, 'title: [unclosed'),
    'content/faqs/pay/Bands Old.mdx': '---\nquestion: Old?\n---\n',
    'content/site.yaml': replace('name: Fixture Co', 'name: Northwind Labs'),
  });
  const ruleOf = (file: string, message: RegExp) => problems.find((p) => p.file === file && message.test(p.message))?.rule;
  assert.equal(ruleOf('content/roles/data-engineer.mdx', /is not a field this file can have/), 'fields');
  assert.equal(ruleOf('content/levels/data-engineer/senior.mdx', /./), 'syntax');
  assert.equal(ruleOf('content/faqs/pay/Bands Old.mdx', /cannot become a web address/), 'files');
  assert.equal(ruleOf('content/site.yaml', /example company/), 'site');
  assert.deepEqual(
    problems.filter((p) => p.rule === undefined || !['files', 'syntax', 'fields', ...ruleNames].includes(p.rule)),
    [],
    'every problem has one of the known rules',
  );
});

test('runRules gathers 200,000 problems from one rule, each marked with its rule, in the order the rules run', async () => {
  const many: Problem[] = Array.from({ length: 200_000 }, (_, i) => ({ file: `content/levels/r/l${i % 5000}.mdx`, line: i, message: 'uses "guys"', severity: 'warning' }));
  const started = [{ file: 'content/site.yaml', message: 'is odd', severity: 'error', rule: 'fields' }] satisfies Problem[];
  const problems = await runRules(
    {
      prose: () => many,
      // An async rule, as some are, and one that finds nothing.
      'pay-in-prose': async () => [{ file: 'content/a.mdx', message: 'names a figure', severity: 'error' }],
      examples: () => [],
    },
    undefined,
    [...started],
  );
  assert.equal(problems.length, 200_002);
  assert.deepEqual(problems[0], started[0], 'what was there stays first');
  assert.equal(problems[1]!.rule, 'prose');
  assert.equal(problems[200_000]!.rule, 'prose');
  assert.equal(problems[200_000]!.line, 199_999);
  assert.deepEqual(problems[200_001], { file: 'content/a.mdx', message: 'names a figure', severity: 'error', rule: 'pay-in-prose' });
  assert.equal(many[0]!.rule, undefined, "a rule's own list is left as it was");
});
