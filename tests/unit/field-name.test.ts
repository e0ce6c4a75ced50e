import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldName, valuesIn } from '../../src/problems/field-name.ts';

const pay = {
  zones: [
    { id: 'europe', name: 'Europe' },
    { id: 'uk', name: 'United Kingdom' },
  ],
  grades: [{ id: 'g1', name: 'G1 · Entry' }, { id: 'g5', name: 'G5 · Staff' }, { name: 'G6 · Principal' }, {}],
};
const name = (path: PropertyKey[], data: unknown = pay) => fieldName(path, valuesIn(data));

test('a grade or zone is named by its id and name as pay.yaml writes them, never by its place in the list', () => {
  assert.equal(name(['grades', 1, 'bands', 'uk', 'max']), 'grade g5 (G5 · Staff), bands.uk.max');
  assert.equal(name(['grades', 1]), 'grade g5 (G5 · Staff)');
  assert.equal(name(['zones', 1, 'currency']), 'zone uk (United Kingdom), currency');
  assert.equal(name(['zones', 0, 'countries', 2]), 'zone europe (Europe), item 3 of countries');
});

test('an item is not named by the value the message is about, nor by one that is missing', () => {
  assert.equal(name(['grades', 1, 'id']), 'grade "G5 · Staff", id');
  assert.equal(name(['zones', 1, 'name']), 'zone uk, name');
  assert.equal(name(['grades', 2, 'summary']), 'grade "G6 · Principal", summary');
  assert.equal(name(['grades', 3, 'name']), 'grade 4, name');
});

test('other named items, lists counted from 1, and plain fields as nested in YAML', () => {
  const level = { competencies: [{ area: 'Technical depth' }], hiring: { offices: [{ city: 'Berlin' }], remoteCountries: ['DE'] } };
  assert.equal(name(['competencies', 0, 'expectation'], level), 'competency "Technical depth", expectation');
  assert.equal(name(['hiring', 'offices', 0, 'country'], level), 'office "Berlin", country');
  assert.equal(name(['hiring', 'remoteCountries', 0], level), 'item 1 of hiring.remoteCountries');
  assert.equal(name(['steps', 1, 'to'], {}), 'step 2, to');
  assert.equal(name(['responsibilities', 2], {}), 'item 3 of responsibilities');
  assert.equal(name(['list', 1, 1], {}), 'item 2 of list, item 2');
  assert.equal(name(['experience', 'maxYears'], {}), 'experience.maxYears');
  assert.equal(name(['constructor', 0], {}), 'item 1 of constructor');
});

test('a long name is cut short', () => {
  assert.equal(name(['grades', 0, 'id'], { grades: [{ name: 'x'.repeat(60) }] }), `grade "${'x'.repeat(37)}...", id`);
});
