/**
 * A career graph as a grid: one row per grade (the highest at the top), one column per role, the
 * columns in groups with a wider gap between them (individual contributor, then management). The
 * height of a box is its grade, so nothing is left for a general graph layout to decide, and the
 * cost grows with the boxes drawn rather than with the handbook.
 */
import { largest, smallest } from './lists.ts';

export interface GridInput {
  /** Column ids by group, left to right; empty groups are left out. */
  groups: { id: string; columns: string[] }[];
  /** rank: 0 for the lowest grade. Boxes in the same column and rank sit side by side. */
  nodes: { id: string; column: string; rank: number }[];
  edges: { from: string; to: string }[];
  /** Width of every box, and of the grade labels left of the rows. */
  nodeWidth: number;
  labelWidth: number;
}

interface GridBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridLayout {
  width: number;
  height: number;
  /** Highest rank first; the band a row's boxes (and detours along it) take. */
  rows: ({ rank: number } & GridBox)[];
  columns: ({ id: string; group: string } & GridBox)[];
  groups: ({ id: string } & GridBox)[];
  /** x of the line between two groups. */
  dividers: number[];
  nodes: ({ id: string } & GridBox)[];
  /** up: ends higher than it starts; level: the same row, drawn horizontally. */
  edges: { from: string; to: string; d: string; direction: 'up' | 'level' | 'down' }[];
}

const NODE_HEIGHT = 40;
/** Below the boxes of a row, where a move along the row passes under boxes in its way. */
const LANE = 16;
const ROW_GAP = 34;
const COLUMN_GAP = 44;
const GROUP_GAP = 72;
const SLOT_GAP = 8;
/** Above the first row: group names and role titles. */
const HEADER = 52;
const MARGIN = 6;
/** Moves along a row sit this far off the middle: rightward above, leftward below. */
const SIDE_OFFSET = 6;
const MAX_PERMUTED = 6;

const r = (n: number) => Math.round(n * 10) / 10;

export function gradeGrid(input: GridInput): GridLayout {
  const groups = input.groups.filter((g) => g.columns.length);
  const ranks = input.nodes.map((n) => n.rank);
  const top = largest(ranks);
  const bottom = smallest(ranks);
  const rowStep = NODE_HEIGHT + LANE + ROW_GAP;

  // Boxes sharing a cell sit side by side, so a column is as wide as its fullest cell.
  const slot = new Map<string, number>();
  const cellCount = new Map<string, number>();
  const slots = new Map<string, number>();
  for (const n of input.nodes) {
    const cell = `${n.column}\u0000${n.rank}`;
    const i = cellCount.get(cell) ?? 0;
    slot.set(n.id, i);
    cellCount.set(cell, i + 1);
    slots.set(n.column, Math.max(slots.get(n.column) ?? 0, i + 1));
  }
  const columnWidth = (id: string) => (slots.get(id) ?? 1) * (input.nodeWidth + SLOT_GAP) - SLOT_GAP;
  const ordered = groups.map((g) => ({ id: g.id, columns: bestOrder(g.columns, input) }));

  const columns: GridLayout['columns'] = [];
  const groupBoxes: GridLayout['groups'] = [];
  const dividers: number[] = [];
  const gridTop = MARGIN + HEADER;
  const rowsHeight = (top - bottom) * rowStep + NODE_HEIGHT + LANE;
  let x = MARGIN + input.labelWidth + COLUMN_GAP / 2;
  ordered.forEach((g, gi) => {
    if (gi > 0) {
      dividers.push(r(x - COLUMN_GAP + GROUP_GAP / 2));
      x += GROUP_GAP - COLUMN_GAP;
    }
    const start = x;
    for (const id of g.columns) {
      const width = columnWidth(id);
      columns.push({ id, group: g.id, x, y: gridTop, width, height: rowsHeight });
      x += width + COLUMN_GAP;
    }
    groupBoxes.push({ id: g.id, x: start, y: MARGIN, width: x - COLUMN_GAP - start, height: HEADER + rowsHeight });
  });
  const width = Math.ceil(x - COLUMN_GAP / 2 + MARGIN);
  const rows: GridLayout['rows'] = [];
  for (let rank = top; rank >= bottom; rank--) rows.push({ rank, x: MARGIN, y: gridTop + (top - rank) * rowStep, width: width - 2 * MARGIN, height: NODE_HEIGHT + LANE });

  const columnOf = new Map(columns.map((c) => [c.id, c]));
  const nodes = input.nodes.flatMap((n) => {
    const column = columnOf.get(n.column);
    if (!column) return [];
    return [{ id: n.id, x: column.x + slot.get(n.id)! * (input.nodeWidth + SLOT_GAP), y: gridTop + (top - n.rank) * rowStep, width: input.nodeWidth, height: NODE_HEIGHT }];
  });
  const box = new Map(nodes.map((n) => [n.id, n]));
  const edges = input.edges.flatMap((e) => {
    const a = box.get(e.from);
    const b = box.get(e.to);
    if (!a || !b || a === b) return [];
    const direction = a.y === b.y ? 'level' : b.y < a.y ? 'up' : 'down';
    return [{ from: e.from, to: e.to, direction, d: route(a, b, nodes) } as const];
  });
  return { width, height: Math.ceil(gridTop + rowsHeight + MARGIN), rows, columns, groups: groupBoxes, dividers, nodes, edges };
}

const between = (n: GridBox, a: GridBox, b: GridBox) => n.x > Math.min(a.x, b.x) && n.x < Math.max(a.x, b.x);

function route(a: GridBox, b: GridBox, nodes: readonly GridBox[]): string {
  const cx = (n: GridBox) => n.x + n.width / 2;
  const cy = (n: GridBox) => n.y + n.height / 2;
  if (a.y === b.y) {
    const dir = b.x > a.x ? 1 : -1;
    const x0 = dir > 0 ? a.x + a.width : a.x;
    const x1 = dir > 0 ? b.x : b.x + b.width;
    // Rightward above the middle, leftward below, so a move and its way back (or a move arriving
    // where another leaves) stay two arrows.
    const y = cy(a) - dir * SIDE_OFFSET;
    const blocked = nodes.some((n) => n.y === a.y && between(n, a, b));
    if (!blocked) return `M${r(x0)} ${r(y)}H${r(x1)}`;
    // Under the boxes in the way, along the row's own lane, so the move never leaves its grade.
    const lane = a.y + a.height + LANE / 2 + dir * 3;
    const out = x0 + (dir * COLUMN_GAP) / 2;
    const back = x1 - (dir * COLUMN_GAP) / 2;
    return `M${r(x0)} ${r(y)}H${r(out)}V${r(lane)}H${r(back)}V${r(y)}H${r(x1)}`;
  }
  const up = b.y < a.y;
  const y0 = up ? a.y : a.y + a.height;
  const y1 = up ? b.y + b.height : b.y;
  if (a.x === b.x) {
    const blocked = nodes.some((n) => n.x === a.x && n.y > Math.min(a.y, b.y) && n.y < Math.max(a.y, b.y));
    if (!blocked) return `M${r(cx(a))} ${r(y0)}V${r(y1)}`;
    // Past the boxes in between, through the gap right of the column.
    const side = a.x + a.width + COLUMN_GAP / 3;
    return `M${r(a.x + a.width)} ${r(cy(a))}H${r(side)}V${r(cy(b))}H${r(b.x + b.width)}`;
  }
  // Leave and arrive off-centre, towards the other box, so the step does not merge with a promotion.
  const dir = b.x > a.x ? 1 : -1;
  const x0 = cx(a) + (dir * a.width) / 4;
  const x1 = cx(b) - (dir * b.width) / 4;
  const mid = (y0 + y1) / 2;
  return `M${r(x0)} ${r(y0)}C${r(x0)} ${r(mid)} ${r(x1)} ${r(mid)} ${r(x1)} ${r(y1)}`;
}

/**
 * The order of a group's columns that leaves the fewest moves along a row with boxes in their way,
 * then the shortest moves; ties keep the given order. Only small groups are permuted (6! orders at
 * most), so larger ones keep the order they came in.
 */
function bestOrder(columns: readonly string[], input: GridInput): string[] {
  if (columns.length < 3 || columns.length > MAX_PERMUTED) return [...columns];
  const place = new Map(input.nodes.map((n) => [n.id, n]));
  const inGroup = new Set(columns);
  const cells = new Set(input.nodes.filter((n) => inGroup.has(n.column)).map((n) => `${n.column}\u0000${n.rank}`));
  const moves = input.edges.flatMap((e) => {
    const a = place.get(e.from);
    const b = place.get(e.to);
    return a && b && a.column !== b.column && inGroup.has(a.column) && inGroup.has(b.column) ? [{ a, b }] : [];
  });
  let best = [...columns];
  let bestCost = Infinity;
  for (const order of permutations([...columns])) {
    const at = new Map(order.map((id, i) => [id, i]));
    let cost = 0;
    for (const { a, b } of moves) {
      const [i, j] = [at.get(a.column)!, at.get(b.column)!].sort((p, q) => p - q) as [number, number];
      cost += j - i;
      if (a.rank !== b.rank) continue;
      for (let k = i + 1; k < j; k++) if (cells.has(`${order[k]}\u0000${a.rank}`)) cost += 100;
    }
    if (cost < bestCost) [best, bestCost] = [order, cost];
  }
  return best;
}

function* permutations(items: string[]): Generator<string[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) yield [items[i]!, ...tail];
  }
}
