/**
 * One career path as a graph ready to draw: its steps and the ladders they touch, laid out at build
 * time in rows by grade (src/lib/grade-grid.ts), so the page is a static SVG with no client
 * JavaScript, plus the same graph as a list by grade for phones, print and screen readers.
 */
import { gradeGrid } from '../../lib/grade-grid.ts';
import type { StepKind } from '../../schemas/career-path.ts';
import type { Track } from '../../schemas/level.ts';
import { roleOf } from '../career.ts';
import type { CareerPath, Handbook, Level, Place, Role } from '../model.ts';
import { placeLink, type Link } from './common.ts';
import { largest } from '../../lib/lists.ts';

interface GraphStep {
  kind: string;
  /** Left out for the entry level of a ladder. */
  from?: Link;
  to: Link;
  reason?: string;
}

/**
 * A box's accessible name: the level's full title, as a box shows only its short one, and the
 * short one first where the title does not hold it ("Mid-level, Backend Engineer"), so the name
 * holds what the box shows (WCAG 2.5.3, label in name) and speech input can follow it.
 */
export function nodeName(shown: string, title: string): string {
  return title.toLowerCase().includes(shown.toLowerCase()) ? title : `${shown}, ${title}`;
}

export interface GraphView {
  /** Unique on the page; prefixes ids inside the SVG. */
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  rows: { y: number; height: number; label: string; shaded: boolean }[];
  groups: { x: number; width: number; label: string }[];
  dividers: { x: number; y1: number; y2: number }[];
  columns: { x: number; width: number; label: string }[];
  /**
   * A box per level: main is the text it shows, name its link's accessible name (nodeName).
   * onPath: a level the path's steps start or end at; the others complete the ladders.
   */
  nodes: { href: string; name: string; main: string; track: Track; onPath: boolean; x: number; y: number; width: number; height: number }[];
  edges: { kind: StepKind; d: string; onPath: boolean }[];
  /** Every box and arrow in words, by the grade each step leads to, highest grade first. */
  list: { grade: string; steps: GraphStep[] }[];
}

interface Edge {
  from: Level;
  to: Level;
  kind: StepKind;
  onPath: boolean;
  step?: { from: Place; to: Place; reason?: string | undefined };
}

/** A step naming a whole role is drawn at the role's first level: where someone joining it starts. */
const levelOf = (place: Place): Level | undefined => (place.kind === 'level' ? place : place.levels[0]);

const order: (StepKind | 'entry')[] = ['entry', 'promotion', 'lateral', 'track-switch'];

/** "Senior to Lead Backend Engineer" within one role; full titles across roles. */
function stepLinks(from: Place, to: Place, h: Pick<Handbook, 'url'>): { from: Link; to: Link } {
  const sameRole = from.kind === 'level' && to.kind === 'level' && from.role === to.role;
  return { from: { ...placeLink(from, h), ...(sameRole ? { text: from.data.shortTitle } : {}) }, to: placeLink(to, h) };
}

const textWidth = (text: string, perChar: number, padding: number) => Math.ceil(text.length * perChar + padding);

export function pathGraph(path: CareerPath, h: Pick<Handbook, 'url' | 'words'>, text: { id: string; title: string }): GraphView {
  const { words } = h;
  const roles: Role[] = [];
  for (const step of path.steps) for (const role of [roleOf(step.from), roleOf(step.to)]) if (!roles.includes(role)) roles.push(role);
  const levels = roles.flatMap((r) => r.levels);
  const onPath = new Set(path.steps.flatMap((s) => [levelOf(s.from), levelOf(s.to)]));

  const edges = new Map<string, Edge>();
  for (const level of levels) if (level.next) edges.set(`${level.id}>${level.next.id}`, { from: level, to: level.next, kind: 'promotion', onPath: false });
  for (const step of path.steps) {
    const from = levelOf(step.from);
    const to = levelOf(step.to);
    if (!from || !to || from === to) continue;
    edges.set(`${from.id}>${to.id}`, { from, to, kind: step.kind, onPath: true, step });
  }

  const nodeWidth = largest([96, ...levels.map((l) => textWidth(l.data.shortTitle, 7.6, 24)), ...roles.map((r) => textWidth(r.data.title, 7, 8))]);
  const grades = [...new Set(levels.map((l) => l.grade))];
  const layout = gradeGrid({
    groups: (['ic', 'management'] as const).map((track) => ({ id: track, columns: roles.filter((r) => r.track === track).map((r) => r.id) })),
    nodes: levels.map((l) => ({ id: l.id, column: l.role.id, rank: l.grade.rank })),
    edges: [...edges.values()].map((e) => ({ from: e.from.id, to: e.to.id })),
    nodeWidth,
    labelWidth: largest(grades.map((g) => textWidth(g.name, 6.6, 4))),
  });
  const box = new Map(layout.nodes.map((n) => [n.id, n]));
  const routes = new Map(layout.edges.map((e) => [`${e.from}>${e.to}`, e.d]));
  const gradeName = new Map(levels.map((l) => [l.grade.rank, l.grade.name]));
  const bottom = layout.rows.at(-1)!.y + layout.rows.at(-1)!.height;

  const byGrade = new Map<number, (GraphStep & { order: number })[]>();
  const add = (level: Level, kind: StepKind | 'entry', step: GraphStep) => {
    const list = byGrade.get(level.grade.rank) ?? [];
    list.push({ ...step, order: order.indexOf(kind) });
    byGrade.set(level.grade.rank, list);
  };
  for (const level of levels) if (!level.previous) add(level, 'entry', { kind: words.entryLevelName, to: placeLink(level, h) });
  for (const e of edges.values()) {
    const links = stepLinks(e.step?.from ?? e.from, e.step?.to ?? e.to, h);
    add(e.to, e.kind, { kind: words.stepKindNames[e.kind], ...links, ...(e.step?.reason ? { reason: e.step.reason } : {}) });
  }

  return {
    ...text,
    description: words.career.graphDescription(levels.length, roles.length),
    width: layout.width,
    height: layout.height,
    rows: layout.rows.map((row, i) => ({ y: row.y, height: row.height, label: gradeName.get(row.rank) ?? '', shaded: i % 2 === 0 })),
    groups: layout.groups.map((g) => ({ x: g.x, width: g.width, label: words.trackNames[g.id as Track] })),
    dividers: layout.dividers.map((x) => ({ x, y1: layout.groups[0]!.y, y2: bottom })),
    columns: layout.columns.map((c) => ({ x: c.x, width: c.width, label: roles.find((r) => r.id === c.id)!.data.title })),
    nodes: levels.map((l) => ({ href: placeLink(l, h).href, name: nodeName(l.data.shortTitle, l.data.title), main: l.data.shortTitle, track: l.data.track, onPath: onPath.has(l), ...box.get(l.id)! })),
    edges: [...edges.values()].map((e) => ({ kind: e.kind, d: routes.get(`${e.from.id}>${e.to.id}`)!, onPath: e.onPath })),
    list: [...byGrade.entries()].sort(([a], [b]) => b - a).map(([rank, steps]) => ({ grade: gradeName.get(rank)!, steps: steps.sort((a, b) => a.order - b.order).map(({ order: _, ...s }) => s) })),
  };
}
