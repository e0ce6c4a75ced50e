/**
 * Lays out a directed graph at build time with dagre and returns plain coordinates, so the page
 * can draw a static SVG without any client JavaScript.
 */
import dagre from '@dagrejs/dagre';

export interface GraphNodeInput {
  id: string;
  width: number;
  height: number;
}

export interface GraphEdgeInput {
  from: string;
  to: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutNode extends GraphNodeInput {
  /** Top-left corner. */
  x: number;
  y: number;
}

export interface LaidOutEdge extends GraphEdgeInput {
  points: Point[];
  /** SVG path data through the points, smoothed. */
  d: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

export interface LayoutOptions {
  /** Direction ranks flow: BT puts the first node at the bottom, like a ladder. */
  direction?: 'TB' | 'BT' | 'LR' | 'RL';
  nodeSep?: number;
  rankSep?: number;
  margin?: number;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** Smooth SVG path through dagre's control points: straight ends, quadratic bends between. */
export function pathThrough(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${r(first!.x)} ${r(first!.y)}`;
  if (rest.length === 1) return `${d}L${r(rest[0]!.x)} ${r(rest[0]!.y)}`;
  for (let i = 0; i < rest.length - 1; i++) {
    const p = rest[i]!;
    const next = rest[i + 1]!;
    const mid = i === rest.length - 2 ? next : { x: (p.x + next.x) / 2, y: (p.y + next.y) / 2 };
    d += `Q${r(p.x)} ${r(p.y)} ${r(mid.x)} ${r(mid.y)}`;
  }
  return d;
}

/**
 * Positions for every node and a route for every edge. Duplicate edges (same from and to) are laid
 * out once; edges naming unknown nodes are ignored.
 */
export function layoutGraph(nodes: readonly GraphNodeInput[], edges: readonly GraphEdgeInput[], options: LayoutOptions = {}): GraphLayout {
  const { direction = 'BT', nodeSep = 28, rankSep = 48, margin = 8 } = options;
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: direction, nodesep: nodeSep, ranksep: rankSep, marginx: margin, marginy: margin });
  g.setDefaultEdgeLabel(() => ({}));
  const known = new Set<string>();
  for (const node of nodes) {
    known.add(node.id);
    g.setNode(node.id, { width: node.width, height: node.height });
  }
  const seen = new Set<string>();
  const kept: GraphEdgeInput[] = [];
  for (const edge of edges) {
    const key = `${edge.from}\u0000${edge.to}`;
    if (seen.has(key) || !known.has(edge.from) || !known.has(edge.to) || edge.from === edge.to) continue;
    seen.add(key);
    kept.push(edge);
    g.setEdge(edge.from, edge.to);
  }
  dagre.layout(g);
  const graph = g.graph();
  const laidNodes = nodes.map((node): LaidOutNode => {
    const n = g.node(node.id) as { x: number; y: number };
    return { ...node, x: r(n.x - node.width / 2), y: r(n.y - node.height / 2) };
  });
  const laidEdges = kept.map((edge): LaidOutEdge => {
    const e = g.edge(edge.from, edge.to) as { points?: Point[] };
    const points = (e.points ?? []).map((p) => ({ x: r(p.x), y: r(p.y) }));
    return { ...edge, points, d: pathThrough(points) };
  });
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes: laidNodes, edges: laidEdges };
}

/** Width of a node that fits `lines` of text at roughly `charWidth` per character. */
export function nodeWidth(lines: readonly string[], charWidth = 7.4, padding = 24, min = 96): number {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  return Math.max(min, Math.ceil(longest * charWidth + padding));
}
