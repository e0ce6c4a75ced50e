import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { compactScript } from '../../src/lib/compact-script.ts';

test('compactScript drops whole-line comments, indentation and blank lines, and keeps code', () => {
  assert.equal(compactScript('// why\n(function () {\n\n  var a = "//not a comment";\n})();\n'), '(function () {\nvar a = "//not a comment";\n})();');
});

test('the compacted site script still parses as JavaScript', async () => {
  const source = await readFile(new URL('../../src/scripts/site.js', import.meta.url), 'utf8');
  assert.doesNotThrow(() => new Function(compactScript(source)));
});
