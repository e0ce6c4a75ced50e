/** Career paths: steps resolved to the roles and levels they join, the moves between roles attached to both ends. */
import type { CareerPathData } from '../schemas/career-path.ts';
import type { CareerPath, Level, Place, Role, Source } from './model.ts';
import { byText, draftOf, fallbackOf } from './order.ts';

export function roleOf(place: Place): Role {
  return place.kind === 'role' ? place : place.role;
}

const pathTracks = ['ic', 'management', 'lateral'];

export function buildCareerPaths(entries: readonly Source<CareerPathData>[], roles: readonly Role[], levels: readonly Level[]): CareerPath[] {
  const places = new Map<string, Place>([...roles.map((r) => [r.id, r] as const), ...levels.map((l) => [l.id, l] as const)]);
  const paths = entries
    .map(
      (entry): CareerPath => ({
        id: entry.id,
        data: entry.data,
        filePath: entry.filePath ?? `content/career-paths/${entry.id}.mdx`,
        ...draftOf(entry, entry.filePath ?? `content/career-paths/${entry.id}.mdx`),
        ...fallbackOf(entry),
        steps: entry.data.steps.flatMap((step) => {
          const from = places.get(step.from);
          const to = places.get(step.to);
          return from && to ? [{ from, to, kind: step.kind, changes: step.changes, ...(step.reason ? { reason: step.reason } : {}) }] : [];
        }),
      }),
    )
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
