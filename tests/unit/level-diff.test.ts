import { test } from 'node:test';
import assert from 'node:assert/strict';
import { competencyAreas, diffLevels, diffLists, expectationFor, formatYears, type DiffableLevel } from '../../src/lib/level-diff.ts';
import { de } from '../../src/i18n/words/de.ts';
import { en } from '../../src/i18n/words/en.ts';

const level = (over: Partial<DiffableLevel>): DiffableLevel => ({
  shortTitle: 'Mid',
  summary: 'Owns features.',
  scope: 'A service.',
  responsibilities: ['Ship features.', 'Review code.'],
  requirements: ['Know SQL.'],
  niceToHaves: [],
  competencies: [
    { area: 'Technical depth', expectation: 'Solid.' },
    { area: 'Delivery', expectation: 'On time.' },
  ],
  experience: { minYears: 3, maxYears: 5 },
  salary: { min: 68000, max: 98000 },
  ...over,
});

test('diffLists compares items ignoring case, spacing and a final full stop', () => {
  const d = diffLists(['Ship features.', 'Review  code'], ['review code', 'Lead design reviews.']);
  assert.deepEqual(d.onlyA, ['Ship features.']);
  assert.deepEqual(d.onlyB, ['Lead design reviews.']);
  assert.deepEqual(d.both, ['Review  code']);
  assert.equal(d.changed, true);
  assert.equal(diffLists(['a'], ['A.']).changed, false);
});

test('diffLevels reports only what changes', () => {
  const a = level({});
  const b = level({
    shortTitle: 'Senior',
    scope: 'Several services.',
    responsibilities: ['Ship features.', 'Mentor others.'],
    competencies: [
      { area: 'Technical depth', expectation: 'Deep.' },
      { area: 'Delivery', expectation: 'On time.' },
      { area: 'Influence and leadership', expectation: 'Guides the team.' },
    ],
    experience: { minYears: 5 },
    salary: { min: 95000, max: 130000 },
  });
  const d = diffLevels(a, b);
  assert.equal(d.summary.changed, false);
  assert.equal(d.scope.changed, true);
  assert.deepEqual(d.responsibilities.onlyB, ['Mentor others.']);
  assert.deepEqual(d.responsibilities.onlyA, ['Review code.']);
  assert.equal(d.requirements.changed, false);
  assert.deepEqual(
    d.competencies.map((c) => [c.area, c.changed]),
    [
      ['Technical depth', true],
      ['Delivery', false],
      ['Influence and leadership', true],
    ],
  );
  assert.equal(d.competencies[2]!.a, undefined);
  assert.deepEqual(d.experience.a, { minYears: 3, maxYears: 5 });
  assert.deepEqual(d.experience.b, { minYears: 5 });
  assert.ok(d.experience.changed);
  assert.equal(diffLevels(level({ experience: { minYears: 5 } }), level({ experience: { minYears: 5, maxYears: 5 } })).experience.changed, true, '5+ years and 5 years differ');
  assert.equal(d.salary.minDelta, 27000);
  assert.equal(d.salary.maxDelta, 32000);
  // scope, responsibilities, two competencies, experience, salary
  assert.equal(d.changedCount, 6);
});

test('a level compared with itself has no changes', () => {
  assert.equal(diffLevels(level({}), level({})).changedCount, 0);
});

test('formatYears', () => {
  assert.equal(formatYears({ minYears: 1, maxYears: 3 }, en), '1–3 years');
  assert.equal(formatYears({ minYears: 12 }, en), '12+ years');
  assert.equal(formatYears({ minYears: 1, maxYears: 1 }, en), '1 year');
  assert.equal(formatYears({ minYears: 1, maxYears: 3 }, de), '1–3 Jahre');
  assert.equal(formatYears({ minYears: 1, maxYears: 1 }, de), '1 Jahr');
});

test('competencyAreas keeps first-seen order across levels and matches areas ignoring case', () => {
  const areas = competencyAreas([
    { competencies: [{ area: 'Delivery', expectation: '' }] },
    {
      competencies: [
        { area: 'Technical depth', expectation: '' },
        { area: 'delivery', expectation: '' },
      ],
    },
  ]);
  assert.deepEqual(areas, ['Delivery', 'Technical depth']);
  assert.equal(expectationFor({ competencies: [{ area: 'delivery', expectation: 'x' }] }, 'Delivery'), 'x');
});
