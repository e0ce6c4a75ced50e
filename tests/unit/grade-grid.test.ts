import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gradeGrid, type GridInput } from '../../src/lib/grade-grid.ts';

/** Two IC ladders and a management one; ranks are grades, 0 the lowest. */
const input = (edges: GridInput['edges'] = []): GridInput => ({
  groups: [
    { id: 'ic', columns: ['be', 'fs'] },
    { id: 'management', columns: ['em'] },
  ],
  nodes: [
    { id: 'be/junior', column: 'be', rank: 0 },
    { id: 'be/senior', column: 'be', rank: 2 },
    { id: 'be/lead', column: 'be', rank: 3 },
    { id: 'be/staff', column: 'be', rank: 4 },
    { id: 'fs/senior', column: 'fs', rank: 2 },
    { id: 'fs/lead', column: 'fs', rank: 3 },
    { id: 'em/manager', column: 'em', rank: 4 },
    { id: 'em/director', column: 'em', rank: 6 },
  ],
  edges,
  nodeWidth: 100,
  labelWidth: 80,
});

const start = (d: string) =>
  d
    .match(/^M(-?[\d.]+) (-?[\d.]+)/)!
    .slice(1)
    .map(Number) as [number, number];
/** The last point of a path made of M, H, V and C commands. */
function end(d: string): [number, number] {
  let [x, y] = start(d);
  for (const [, cmd, args] of d.matchAll(/([HVC])([^HVCM]+)/g)) {
    const n = args!.trim().split(/[ ,]+/).map(Number);
    if (cmd === 'H') x = n[0]!;
    else if (cmd === 'V') y = n[0]!;
    else [x, y] = [n[4]!, n[5]!];
  }
  return [x, y];
}

test('a higher grade is always higher up, and equal grades share a row', () => {
  const g = gradeGrid(input());
  const y = new Map(g.nodes.map((n) => [n.id, n.y]));
  const rank = new Map(input().nodes.map((n) => [n.id, n.rank]));
  for (const a of g.nodes)
    for (const b of g.nodes) {
      const [ra, rb] = [rank.get(a.id)!, rank.get(b.id)!];
      if (ra > rb) assert.ok(y.get(a.id)! < y.get(b.id)!, `${a.id} above ${b.id}`);
      if (ra === rb) assert.equal(y.get(a.id), y.get(b.id), `${a.id} level with ${b.id}`);
    }
  // Every grade between the lowest and highest gets a row, so distance means grade difference.
  assert.deepEqual(
    g.rows.map((r) => r.rank),
    [6, 5, 4, 3, 2, 1, 0],
  );
});

test('columns are roles, IC first, management after a divider; boxes stay inside and apart', () => {
  const g = gradeGrid(input());
  assert.deepEqual(
    g.columns.map((c) => [c.id, c.group]),
    [
      ['be', 'ic'],
      ['fs', 'ic'],
      ['em', 'management'],
    ],
  );
  assert.equal(g.dividers.length, 1);
  const [fs, em] = [g.columns[1]!, g.columns[2]!];
  assert.ok(fs.x + fs.width < g.dividers[0]! && g.dividers[0]! < em.x);
  for (const n of g.nodes) {
    assert.ok(n.x >= 0 && n.y >= 0 && n.x + n.width <= g.width && n.y + n.height <= g.height, n.id);
    for (const m of g.nodes) {
      if (n === m) continue;
      assert.ok(!(n.x < m.x + m.width && m.x < n.x + n.width && n.y < m.y + m.height && m.y < n.y + n.height), `${n.id} overlaps ${m.id}`);
    }
  }
  const column = new Map(g.columns.map((c) => [c.id, c]));
  for (const n of input().nodes) assert.equal(g.nodes.find((b) => b.id === n.id)!.x, column.get(n.column)!.x, `${n.id} in its role's column`);
});

test('no empty group, no divider', () => {
  const g = gradeGrid({
    ...input(),
    groups: [
      { id: 'ic', columns: ['be', 'fs'] },
      { id: 'management', columns: [] },
    ],
    nodes: input().nodes.filter((n) => n.column !== 'em'),
  });
  assert.deepEqual(g.dividers, []);
  assert.deepEqual(
    g.groups.map((x) => x.id),
    ['ic'],
  );
});

test('promotions go straight up; moves within a grade are horizontal; a move across grades still rises', () => {
  const g = gradeGrid(
    input([
      { from: 'be/senior', to: 'be/lead' },
      { from: 'be/senior', to: 'fs/senior' },
      { from: 'fs/senior', to: 'be/senior' },
      { from: 'be/lead', to: 'em/manager' },
      { from: 'em/manager', to: 'be/staff' },
    ]),
  );
  const edge = (from: string, to: string) => g.edges.find((e) => e.from === from && e.to === to)!;
  const promo = edge('be/senior', 'be/lead');
  assert.equal(promo.direction, 'up');
  assert.equal(start(promo.d)[0], end(promo.d)[0], 'vertical');
  assert.ok(end(promo.d)[1] < start(promo.d)[1], 'upwards');
  for (const [a, b] of [
    ['be/senior', 'fs/senior'],
    ['fs/senior', 'be/senior'],
    ['em/manager', 'be/staff'],
  ] as const) {
    const e = edge(a, b);
    assert.equal(e.direction, 'level');
    assert.equal(start(e.d)[1], end(e.d)[1], `${a} → ${b} ends at the height it starts`);
    assert.ok(!/C/.test(e.d), `${a} → ${b} has no slope`);
  }
  assert.notEqual(start(edge('be/senior', 'fs/senior').d)[1], start(edge('fs/senior', 'be/senior').d)[1], 'a move and its way back stay apart');
  const sw = edge('be/lead', 'em/manager');
  assert.equal(sw.direction, 'up');
  assert.ok(end(sw.d)[1] < start(sw.d)[1]);
});

test('a move along a row passes under boxes in its way and never into another row', () => {
  const g = gradeGrid({ ...input([{ from: 'em/manager', to: 'be/staff' }]), nodes: [...input().nodes, { id: 'fs/staff', column: 'fs', rank: 4 }] });
  const e = g.edges[0]!;
  const row = g.rows.find((r) => r.rank === 4)!;
  const ys = [...e.d.matchAll(/V(-?[\d.]+)/g)].map((m) => Number(m[1]));
  assert.ok(ys.length > 0, 'detours');
  const fs = g.nodes.find((n) => n.id === 'fs/staff')!;
  for (const y of ys) assert.ok(y >= row.y && y <= row.y + row.height && (y === start(e.d)[1] || y > fs.y + fs.height), `${y} stays in the row, below the box`);
});

test('columns are ordered so that moves along a row cross no box when that is possible', () => {
  const g = gradeGrid({
    groups: [{ id: 'ic', columns: ['a', 'b', 'c'] }],
    nodes: [
      { id: 'a/1', column: 'a', rank: 1 },
      { id: 'b/1', column: 'b', rank: 1 },
      { id: 'c/1', column: 'c', rank: 1 },
    ],
    edges: [
      { from: 'a/1', to: 'c/1' },
      { from: 'a/1', to: 'b/1' },
    ],
    nodeWidth: 100,
    labelWidth: 80,
  });
  assert.deepEqual(
    g.columns.map((c) => c.id),
    ['b', 'a', 'c'],
  );
  assert.ok(
    g.edges.every((e) => /^M[\d.]+ [\d.]+H[\d.]+$/.test(e.d)),
    'straight',
  );
});

test('boxes of one role in one grade sit side by side', () => {
  const g = gradeGrid({
    groups: [{ id: 'ic', columns: ['a'] }],
    nodes: [
      { id: 'x', column: 'a', rank: 0 },
      { id: 'y', column: 'a', rank: 0 },
    ],
    edges: [],
    nodeWidth: 100,
    labelWidth: 0,
  });
  const [x, y] = g.nodes;
  assert.equal(x!.y, y!.y);
  assert.ok(x!.x + x!.width < y!.x);
  assert.ok(g.columns[0]!.width >= 200);
});
