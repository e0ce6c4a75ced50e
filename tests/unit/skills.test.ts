import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mentions } from '../../src/lib/skills.ts';

test('mentions finds a skill as a whole word', () => {
  assert.equal(mentions('Operate Kafka clusters', 'Kafka'), true);
  assert.equal(mentions('operate kafka clusters', 'Kafka'), true);
  assert.equal(mentions('Tune PostgreSQL queries', 'SQL'), false);
  assert.equal(mentions('Write SQL by hand', 'SQL'), true);
  assert.equal(mentions('Build JavaScript tooling', 'Java'), false);
  assert.equal(mentions('Services in Go and Python', 'Go'), true);
  assert.equal(mentions('A good grasp of design', 'Go'), false);
  assert.equal(mentions('Work in C# daily', 'C#'), true);
  assert.equal(mentions('Experience with Node.js, please', 'Node.js'), true);
  assert.equal(mentions('Know C++ well', 'C'), false);
  assert.equal(mentions('Use CI/CD pipelines', 'CI/CD'), true);
});
