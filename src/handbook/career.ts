/**
 * Career paths and the graph: steps resolved to the roles and levels they join, the moves between
 * roles attached to both ends, and one graph of every role, level and step.
 */
import type { CareerPathData } from '../schemas/career-path.ts';
import type { CareerGraph, CareerPath, GraphEdge, GraphNode, Level, Place, Role, Source } from './model.ts';
import { byText, published } from './order.ts';

export function nodeId(place: Place): string {
  return `${place.kind}:${place.id}`;
}

export function roleOf(place: Place): Role {
  return place.kind === 'role' ? place : place.role;
}

const pathTracks = ['ic', 'management', 'lateral'];

export function buildCareerPaths(entries: readonly Source<CareerPathData>[], roles: readonly Role[], levels: readonly Level[]): CareerPath[] {
  const places = new Map<string, Place>([...roles.map((r) => [r.id, r] as const), ...levels.map((l) => [l.id, l] as const)]);
  const paths = entries
    .filter(published)
    .map((entry): CareerPath => ({
      id: entry.id,
      data: entry.data,
      filePath: entry.filePath ?? `content/career-paths/${entry.id}.mdx`,
      steps: entry.data.steps.flatMap((step) => {
        const from = places.get(step.from);
        const to = places.get(step.to);
        return from && to ? [{ from, to, kind: step.kind, changes: step.changes }] : [];
      }),
    }))
    .sort((a, b) => pathTracks.indexOf(a.data.track) - pathTracks.indexOf(b.data.track) || byText(a.data.title, b.data.title));
  for (const path of paths) {
    for (const step of path.steps) {
      const fromRole = roleOf(step.from);
      const toRole = roleOf(step.to);
      if (fromRole === toRole) continue;
      const transition = { from: step.from, to: step.to, kind: step.kind, path };
      fromRole.leadsTo.push(transition);
      toRole.comesFrom.push(transition);
    }
  }
  return paths;
}

/**
 * Nodes are every role and level. Each role node leads into its first level and each level to the
 * next on its ladder (ladder edges), and every career-path step adds an edge, merged when several
 * paths take the same step.
 */
export function careerGraph(roles: readonly Role[], paths: readonly CareerPath[]): CareerGraph {
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  const add = (from: Place, to: Place, kind: GraphEdge['kind'], path?: CareerPath) => {
    const key = `${nodeId(from)}>${nodeId(to)}`;
    const existing = edges.get(key);
    if (existing) {
      if (path && !existing.paths.includes(path)) existing.paths.push(path);
      if (existing.kind === 'ladder' && kind !== 'ladder') existing.kind = kind;
      return;
    }
    edges.set(key, { from: nodeId(from), to: nodeId(to), kind, paths: path ? [path] : [] });
  };
  for (const role of roles) {
    nodes.push({ id: nodeId(role), place: role, track: role.track });
    for (const level of role.levels) nodes.push({ id: nodeId(level), place: level, track: level.data.track });
    for (const track of role.tracks) add(role, role.levels.find((l) => l.data.track === track)!, 'ladder');
    for (const level of role.levels) if (level.next) add(level, level.next, 'ladder');
  }
  for (const path of paths) for (const step of path.steps) add(step.from, step.to, step.kind, path);
  return { nodes, edges: [...edges.values()] };
}
