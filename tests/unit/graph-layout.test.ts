import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutGraph, nodeWidth, pathThrough } from '../../src/lib/graph-layout.ts';

const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, width: 100, height: 40 }));

test('layoutGraph places every node inside the drawing without overlaps', () => {
  const g = layoutGraph(nodes, [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'a', to: 'd' },
  ]);
  assert.equal(g.nodes.length, 4);
  for (const n of g.nodes) {
    assert.ok(n.x >= 0 && n.y >= 0 && n.x + n.width <= g.width + 0.5 && n.y + n.height <= g.height + 0.5, n.id);
  }
  for (const n of g.nodes) {
    for (const m of g.nodes) {
      if (n === m) continue;
      const overlap = n.x < m.x + m.width && m.x < n.x + n.width && n.y < m.y + m.height && m.y < n.y + n.height;
      assert.equal(overlap, false, `${n.id} overlaps ${m.id}`);
    }
  }
});

test('bottom-to-top puts a step above where it starts', () => {
  const g = layoutGraph(nodes, [{ from: 'a', to: 'b' }], { direction: 'BT' });
  const y = (id: string) => g.nodes.find((n) => n.id === id)!.y;
  assert.ok(y('b') < y('a'));
});

test('edges get routes; duplicates, self-loops and unknown nodes are dropped', () => {
  const g = layoutGraph(nodes, [
    { from: 'a', to: 'b' },
    { from: 'a', to: 'b' },
    { from: 'a', to: 'a' },
    { from: 'a', to: 'zzz' },
  ]);
  assert.equal(g.edges.length, 1);
  assert.ok(g.edges[0]!.points.length >= 2);
  assert.match(g.edges[0]!.d, /^M[\d.]+ [\d.]+/);
});

test('pathThrough draws straight lines and smooth bends', () => {
  assert.equal(pathThrough([{ x: 0, y: 0 }, { x: 10, y: 10 }]), 'M0 0L10 10');
  assert.equal(pathThrough([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }]), 'M0 0Q10 0 10 10');
  assert.equal(pathThrough([]), '');
});

test('nodeWidth grows with the longest line and has a minimum', () => {
  assert.equal(nodeWidth(['Hi']), 96);
  assert.ok(nodeWidth(['Principal Backend Engineer']) > nodeWidth(['Senior']));
});
