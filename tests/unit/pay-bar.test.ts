import { test } from 'node:test';
import assert from 'node:assert/strict';
import { barGeometry, niceStep, payScale } from '../../src/lib/pay-bar.ts';

test('niceStep picks 1, 2 or 5 times a power of ten', () => {
  assert.equal(niceStep(145000), 50000);
  assert.equal(niceStep(30000), 10000);
  assert.equal(niceStep(7), 2);
  assert.equal(niceStep(0), 1);
});

test('payScale covers every band and rounds outwards', () => {
  const scale = payScale(
    [
      { min: 50000, max: 72000 },
      { min: 155000, max: 195000 },
    ],
    600,
  );
  assert.equal(scale.low, 50000);
  assert.equal(scale.high, 200000);
  assert.equal(scale.width, 600);
  assert.ok(scale.low <= 50000 && scale.high >= 195000);
});

test('barGeometry places bands proportionally within the width', () => {
  const scale = { low: 0, high: 200, step: 50, width: 100 };
  assert.deepEqual(barGeometry({ min: 50, max: 150 }, scale), { x: 25, width: 50 });
  assert.deepEqual(barGeometry({ min: 0, max: 200 }, scale), { x: 0, width: 100 });
  // A band of one amount stays visible and inside the drawing.
  assert.deepEqual(barGeometry({ min: 200, max: 200 }, scale, 2), { x: 98, width: 2 });
  // Values outside the scale are clamped.
  assert.deepEqual(barGeometry({ min: -10, max: 300 }, scale), { x: 0, width: 100 });
});

test('a single band still gets a usable scale', () => {
  const scale = payScale([{ min: 100000, max: 100000 }]);
  assert.ok(scale.high > scale.low);
  const g = barGeometry({ min: 100000, max: 100000 }, scale);
  assert.ok(g.width > 0 && g.x >= 0 && g.x + g.width <= scale.width);
});
