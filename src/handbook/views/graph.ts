/**
 * A career graph ready to draw: dagre lays it out at build time, so the page is a static SVG with
 * no client JavaScript, plus the same steps as a list for readers who cannot use the drawing.
 */
import { layoutGraph, nodeWidth } from '../../lib/graph-layout.ts';
import type { GraphEdge, GraphNode, Place } from '../model.ts';
import { roleOf } from '../career.ts';
import { inSentence, plural, stepKindNames } from '../words.ts';
import { placeLink, type Link } from './common.ts';

export interface GraphView {
  /** Unique on the page; prefixes ids inside the SVG. */
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  nodes: { href: string; kind: Place['kind']; track: string; x: number; y: number; width: number; height: number; rx: number; main: string; sub: string }[];
  edges: { kind: GraphEdge['kind']; d: string }[];
  /** Every step in words, grouped under the role it starts from. */
  list: { role: Link; steps: { from: Link; to: Link; kind: string }[] }[];
}

const HEIGHT = 46;

const label = (place: Place) =>
  place.kind === 'role' ? { main: place.data.title, sub: plural(place.levels.length, 'level') } : { main: place.data.shortTitle, sub: place.role.data.title };

function edgeName(edge: GraphEdge, from: Place): string {
  const kind = edge.kind === 'ladder' && from.kind === 'role' ? 'first level' : inSentence(stepKindNames[edge.kind]);
  return kind + (edge.paths.length ? `: ${edge.paths.map((p) => p.data.title).join(', ')}` : '');
}

export function graphView(nodes: readonly GraphNode[], edges: readonly GraphEdge[], text: { id: string; title: string; description: string }): GraphView {
  const sized = nodes.map((node) => {
    const l = label(node.place);
    return { node, label: l, width: Math.max(nodeWidth([l.main], 8.2, 28, 104), nodeWidth([l.sub], 6.6, 28, 104)) };
  });
  const layout = layoutGraph(
    sized.map((s) => ({ id: s.node.id, width: s.width, height: HEIGHT })),
    edges.map((e) => ({ from: e.from, to: e.to })),
    { direction: 'BT', nodeSep: 22, rankSep: 44, margin: 6 },
  );
  const positions = new Map(layout.nodes.map((n) => [n.id, n]));
  const routes = new Map(layout.edges.map((e) => [`${e.from}>${e.to}`, e.d]));
  const byId = new Map(nodes.map((n) => [n.id, n.place]));
  const list = new Map<string, GraphView['list'][number]>();
  for (const edge of edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) continue;
    const role = roleOf(from);
    const group = list.get(role.id) ?? { role: placeLink(role), steps: [] };
    group.steps.push({ from: placeLink(from), to: placeLink(to), kind: edgeName(edge, from) });
    list.set(role.id, group);
  }
  return {
    ...text,
    width: layout.width,
    height: layout.height,
    nodes: sized.map(({ node, label: l }) => {
      const p = positions.get(node.id)!;
      return { href: placeLink(node.place).href, kind: node.place.kind, track: node.track, x: p.x, y: p.y, width: p.width, height: p.height, rx: node.track === 'management' ? HEIGHT / 2 : 3, main: l.main, sub: l.sub };
    }),
    edges: edges.flatMap((e) => {
      const d = routes.get(`${e.from}>${e.to}`);
      return d ? [{ kind: e.kind, d }] : [];
    }),
    list: [...list.values()],
  };
}
