/**
 * The warnings that keep a handbook tidy without failing the check: pages not reviewed for a year,
 * shipped examples left in, empty sections, pages nothing links to, one skill under two names.
 * Each is shown on a small edit of the fixture handbook, checked on the fixed day fixtureToday.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthsBefore, reviewOverdue } from '../../src/integrity/rules/review.ts';
import { foldSkill, skillKey } from '../../src/integrity/skill-aliases.ts';
import { checkWith, fixtureToday, replace } from './check-fixture.ts';

const role = 'content/roles/data-engineer.mdx';
const faq = 'content/faqs/pay/bands.mdx';
const careerPath = 'content/career-paths/ic.mdx';
const opening = 'content/openings/senior-data-berlin.mdx';

test('the review deadline is the same day twelve months back, across year ends', () => {
  assert.equal(fixtureToday, '2026-12-01');
  assert.equal(monthsBefore('2026-12-01', 12), '2025-12-01');
  assert.equal(monthsBefore('2026-01-15', 1), '2025-12-15');
  assert.equal(monthsBefore('2026-03-31', 13), '2025-02-31', 'compared as text, a day past the month end still sorts right');
  assert.equal(reviewOverdue('2025-12-01', '2026-12-01'), false);
  assert.equal(reviewOverdue('2025-11-30', '2026-12-01'), true);
});

test('a page last reviewed more than twelve months ago is a warning on its lastReviewed line', async () => {
  assert.deepEqual(await checkWith({ [role]: replace('lastReviewed: 2026-03-01', 'lastReviewed: 2025-11-30') }), [
    `warning: ${role}:18: lastReviewed (2025-11-30) is more than 12 months ago; read the page against how things are done today, correct what has changed, then set lastReviewed to the day you checked it.`,
  ]);
  assert.deepEqual(await checkWith({ [role]: replace('lastReviewed: 2026-03-01', 'lastReviewed: 2025-12-01') }), [], 'twelve months to the day is not overdue');
});

test('a file flagged as a shipped example is a warning in every collection, not only openings', async () => {
  assert.deepEqual(await checkWith({ [careerPath]: replace('lastReviewed:', 'example: true\nlastReviewed:') }), [`warning: ${careerPath}:11: is an example career path: rewrite it for your company and remove the line example: true, or delete the file.`]);
});

test('a heading with nothing under it before the next heading of its rank, or at the end, is a warning', async () => {
  const body = ['A short guide.', '', '## Overview', '', '### Details', '', '## Hiring', '', 'Text.', '', '## Last', ''].join('\n');
  assert.deepEqual(await checkWith({ [role]: replace('A short guide.\n', body) }), [
    `warning: ${role}:25: has the heading "Details" with nothing under it before the next heading; write the section, or delete the heading.`,
    `warning: ${role}:31: has the heading "Last" with nothing under it; write the section, or delete the heading.`,
  ]);
});

test('a question without an answer is a warning; an opening needs no text about its team', async () => {
  assert.deepEqual(await checkWith({ [faq]: replace('From a survey.\n', '\n'), [opening]: replace('A small team that plans routes.', '') }), [`warning: ${faq}:7: has no answer: the text below the frontmatter is empty; write the answer below the closing --- line.`]);
});

test('a closed opening, which nothing links to any more, is a warning that says how to list it again', async () => {
  assert.deepEqual(await checkWith({ [opening]: replace('validThrough: 2027-06-30', 'validThrough: 2026-11-30') }), [
    `warning: ${opening}:11: validThrough (2026-11-30) has passed, so the opening is closed: its page /jobs/senior-data-berlin/ is still published, but nothing links to it any more (the jobs list, the feeds and search leave it out); if you are still hiring, set validThrough to the new closing day and the jobs list links it again; if not, delete the file (or set status: draft) once the post is filled.`,
  ]);
  assert.deepEqual(await checkWith({ [opening]: replace('validThrough: 2027-06-30', `validThrough: ${fixtureToday}`) }), [], 'open through its last day');
});

test('skill names fold case, punctuation and plurals, and the alias list joins abbreviations', () => {
  assert.equal(foldSkill('CI/CD'), foldSkill('ci-cd'));
  assert.equal(foldSkill('Microservices'), foldSkill('microservice'));
  assert.notEqual(foldSkill('C#'), foldSkill('C'));
  assert.notEqual(foldSkill('C++'), foldSkill('C'));
  assert.equal(skillKey('GCP'), skillKey('Google Cloud'));
  assert.equal(skillKey('Testing'), skillKey('Automated testing'));
  assert.notEqual(skillKey('Java'), skillKey('JavaScript'));
});

test('one skill under two names: every spelling but the most used is a warning naming where that one is used', async () => {
  const lines = await checkWith({
    [role]: replace('    items: [PostgreSQL]', '    items: [PostgreSQL, postgres, GCP]\n  - group: Cloud\n    items: [Google Cloud, GCP]'),
  });
  assert.deepEqual(
    lines.sort(),
    [
      `warning: ${role}:16: skill group "Data stores", item 2 of items ("postgres") is the same skill as "PostgreSQL" in ${role}, so the site shows it as two skills with a page each; write "PostgreSQL" here too.`,
      `warning: ${role}:18: skill group "Cloud", item 1 of items ("Google Cloud") is the same skill as "GCP" in ${role}, so the site shows it as two skills with a page each; write "GCP" here too.`,
    ].sort(),
  );
});
