/** The TODO rule: every TODO left in content is a warning with its file, line, field and fix; never an error. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkWith, replace } from './check-fixture.ts';

const role = 'content/roles/data-engineer.mdx';
const junior = 'content/levels/data-engineer/junior.mdx';

test('a TODO in a frontmatter value is a warning naming the field and what it holds', async () => {
  assert.deepEqual(await checkWith({ [role]: replace('  - Model warehouses.', '  - "TODO: say what else the role does."') }), [
    `warning: ${role}:8: item 2 of responsibilities still says "TODO: say what else the role does."; replace the TODO with your own words. What people in this role do, at every level, one per line.`,
  ]);
});

test('a TODO in a nested field names its full path and its own description', async () => {
  assert.deepEqual(await checkWith({ [junior]: replace('expectation: Expectation at Junior.', 'expectation: TODO what a junior does here') }), [
    `warning: ${junior}:17: competency "Technical depth", expectation still says "TODO what a junior does here"; replace the TODO with your own words. What this level does in that area, in one or two sentences.`,
  ]);
});

test('a TODO in the text below the fields is a warning at its line, and a long one is shortened', async () => {
  const long = 'TODO: describe the guide to the role in a few paragraphs that a candidate can read quickly.';
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.', `A short guide.\n\n${long}`) }), [
    `warning: ${role}:23: the text below the fields still says "TODO: describe the guide to the role in a few paragraphs..."; replace the TODO with your own words, the text the page shows.`,
  ]);
});

test('a TODO in a settings file is a warning too', async () => {
  assert.deepEqual(await checkWith({ 'content/pay.yaml': replace('source: Fixture survey', 'source: TODO name the survey') }), [
    `warning: content/pay.yaml:3: source still says "TODO name the survey"; replace the TODO with your own words. Where the figures come from, as readers should see it, such as "2026 market survey".`,
  ]);
});

test('only the word TODO counts: "todo" in prose and a TODOS-like word are left alone', async () => {
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.', 'A short guide to the todo list and TODOS.') }), []);
});

test('other unfinished-work markers stay errors', async () => {
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.', 'A short guide. TBD') }), [
    `error: ${role}:21: contains an unfinished-work marker, "TBD"; replace it with the real text before publishing.`,
  ]);
});
