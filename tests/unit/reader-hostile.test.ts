/**
 * The reader against hostile files: content is data by construction. Each way a file can make the
 * check read one thing while Astro, `npm run new` or a browser reads another (fences, YAML that is
 * more than data, characters no one types) ends in one editor error on its line, with the exact
 * message, never a crash. First through the whole check on a copy of the fixture handbook, then
 * the reader's pure parts with the variants found by trying to break them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith, type Edit } from './check-fixture.ts';

const pay = 'content/pay.yaml';
const site = 'content/site.yaml';

const cases: { name: string; edits: Record<string, Edit>; expected: string[] }[] = [
  { name: 'a 1 MB line in pay.yaml', edits: { [pay]: (t) => `${t}# ${'x'.repeat(1_000_000)}\n` }, expected: [
      `error: ${pay}: is 1001 kB, more than the 200 kB a settings file can hold; shorten it: a whole handbook's settings take a few kB.`,
    ] },
  { name: 'a settings file that is a link to another file', edits: { [site]: { linkTo: 'content/pay.yaml' } }, expected: [
      `error: ${site}: is a link to another file, which the handbook does not follow; replace the link with a copy of the file.`,
    ] },
];

for (const { name, edits, expected } of cases) {
  test(name, async () => {
    assert.deepEqual(await checkWith(edits), expected);
  });
}
