/**
 * The TODO rule: a TODO left in a published file is an error at its line, as readers would see it;
 * in a draft (or a level of a draft role), which the published site leaves out, a warning.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkWith, fixture, replace } from './check-fixture.ts';

const role = 'content/roles/data-engineer.mdx';
const junior = 'content/levels/data-engineer/junior.mdx';
const keepDraft = 'write the text in place of the TODO, or keep the file a draft (status: draft) until it is written';

test("a TODO in a published file's field is an error naming the line, the field and what it holds", async () => {
  assert.deepEqual(await checkWith({ [role]: replace('  - Model warehouses.', '  - "TODO: say what else the role does."') }), [
    `error: ${role}:8: item 2 of responsibilities still says "TODO: say what else the role does.", and the file is published; ${keepDraft}. What people in this role do, at every level, one per line.`,
  ]);
});

test('a TODO in a nested field names its full path and its own description', async () => {
  assert.deepEqual(await checkWith({ [junior]: replace('expectation: Expectation at Junior.', 'expectation: TODO what a junior does here') }), [
    `error: ${junior}:17: competency "Technical depth", expectation still says "TODO what a junior does here", and the file is published; ${keepDraft}. What this level does in that area, in one or two sentences.`,
  ]);
});

test('a TODO in the text below the fields is an error at its line, and a long one is shortened', async () => {
  const long = 'TODO: describe the guide to the role in a few paragraphs that a candidate can read quickly.';
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.', `A short guide.\n\n${long}`) }), [`error: ${role}:23: the text below the fields still says "TODO: describe the guide to the role in a few paragraphs...", and the file is published; ${keepDraft}.`]);
});

test('a TODO in a settings file is an error too, with no draft to fall back on', async () => {
  assert.deepEqual(await checkWith({ 'content/pay.yaml': replace('source: Fixture survey', 'source: TODO name the survey') }), [
    `error: content/pay.yaml:3: source still says "TODO name the survey", which the site shows; replace the TODO with your own words. Where the figures come from, as readers should see it, such as "2026 market survey".`,
  ]);
});

test('in a draft each TODO is a warning, in its fields and its text', async () => {
  const faq = 'content/faqs/pay/raises.mdx';
  assert.deepEqual(await checkWith({ [faq]: '---\nquestion: "TODO: the question?"\naudience: [employee]\ntopic: Pay\nstatus: draft\n---\n\nTODO: answer it.\n' }), [
    `warning: ${faq}:2: question still says "TODO: the question?"; replace the TODO with your own words. The question as a reader would ask it, ending with a question mark.`,
    `warning: ${faq}:8: the text below the fields still says "TODO: answer it."; replace the TODO with your own words, the text the page shows.`,
  ]);
});

test('a published level of a draft role is left out of the site with its role, so its TODO is a warning', async () => {
  const fixtureText = (file: string) => readFile(path.join(fixture, file), 'utf8');
  const level = 'content/levels/platform-engineer/junior.mdx';
  assert.deepEqual(
    await checkWith({
      'content/roles/platform-engineer.mdx': (await fixtureText(role)).replace('title: Data Engineer', 'title: Platform Engineer').replace('lastReviewed: 2026-03-01', 'lastReviewed: 2026-03-01\nstatus: draft'),
      [level]: (await fixtureText(junior)).replace('role: data-engineer', 'role: platform-engineer').replace('expectation: Expectation at Junior.', 'expectation: "TODO: what a junior does."'),
    }),
    [`warning: ${level}:17: competency "Technical depth", expectation still says "TODO: what a junior does."; replace the TODO with your own words. What this level does in that area, in one or two sentences.`],
  );
});

test('only the word TODO counts: "todo" in prose and a TODOS-like word are left alone', async () => {
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.', 'A short guide to the todo list and TODOS.') }), []);
});

test('other unfinished-work markers stay errors', async () => {
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.', 'A short guide. TBD') }), [`error: ${role}:21: contains an unfinished-work marker, "TBD"; replace it with the real text before publishing.`]);
});
