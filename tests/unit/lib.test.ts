import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio, shadeToContrast } from '../../src/lib/color.ts';
import { formatDate, isRealIsoDate, toIsoDate } from '../../src/lib/dates.ts';
import { didYouMean, editDistance } from '../../src/lib/did-you-mean.ts';
import { append, largest, smallest } from '../../src/lib/lists.ts';

test('contrastRatio follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
  assert.equal(contrastRatio('#000000', '#ffffff').toFixed(2), '21.00');
  assert.equal(contrastRatio('#2456a6', '#2456a6'), 1);
  assert.ok(contrastRatio('#767676', '#ffffff') >= 4.5 && contrastRatio('#777777', '#ffffff') < 4.5);
});

test('shadeToContrast returns the first shade that reaches the ratio, and leaves a passing colour alone', () => {
  const shade = shadeToContrast('#88aaff', '#ffffff', 4.5, 'darker');
  assert.ok(contrastRatio(shade, '#ffffff') >= 4.5);
  assert.equal(shadeToContrast('#2456a6', '#ffffff', 4.5, 'darker'), '#2456a6');
  const onDark = shadeToContrast('#2456a6', '#111418', 4.5, 'lighter');
  assert.ok(contrastRatio(onDark, '#111418') >= 4.5);
});

test('isRealIsoDate accepts real days only', () => {
  assert.equal(isRealIsoDate('2024-02-29'), true);
  assert.equal(isRealIsoDate('2026-02-29'), false);
  assert.equal(isRealIsoDate('2026-13-01'), false);
  assert.equal(isRealIsoDate('2026-1-01'), false);
  assert.equal(toIsoDate(new Date(Date.UTC(2026, 10, 1))), '2026-11-01');
  assert.equal(formatDate('2026-11-01', 'en-GB'), '1 November 2026');
});

test('didYouMean suggests near misses and nothing for unrelated words', () => {
  assert.equal(didYouMean('responsibilites', ['requirements', 'responsibilities']), 'responsibilities');
  assert.equal(didYouMean('salray', ['salary', 'scope']), 'salary');
  assert.equal(didYouMean('colour', ['title', 'summary']), undefined);
  assert.equal(editDistance('ab', 'ba'), 1);
});

test('largest, smallest and append take lists longer than a call can spread', () => {
  // Past about 120,000 arguments a spread into a call overflows the stack (issue 25).
  const long = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_007);
  assert.equal(largest(long), 300_006);
  assert.equal(smallest(long), 0);
  assert.equal(largest([]), Number.NEGATIVE_INFINITY, 'as Math.max() says');
  assert.equal(smallest([]), Number.POSITIVE_INFINITY);
  assert.ok(Number.isNaN(largest([1, Number.NaN, 3])), 'as Math.max says');
  const target = [1, 2];
  assert.equal(append(target, long), target, 'the same list, added to');
  assert.equal(target.length, 300_002);
  assert.deepEqual(target.slice(0, 4), [1, 2, 0, 7919]);
});
