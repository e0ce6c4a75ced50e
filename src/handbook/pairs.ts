/**
 * The pairs of a role's levels that get their own "what changes" page: each level and the next one
 * on its ladder, and where a role has a second track, the level its ladder starts from on the
 * first. Every other pair is read from the role's side-by-side comparison, so the pages a role
 * adds grow with its levels, not with their square.
 */
import { diffLevels } from '../lib/level-diff.ts';
import type { Level, LevelPair } from './model.ts';

export function levelPairs(levels: readonly Level[]): LevelPair[] {
  const pairs: LevelPair[] = [];
  for (const a of levels) if (a.next) pairs.push(pairOf(a, a.next));
  const first = levels[0]?.data.track;
  for (const b of levels) {
    if (b.data.track === first || b.previous) continue;
    const a = crossing(
      levels.filter((l) => l.data.track === first),
      b,
    );
    if (a) pairs.push(pairOf(a, b));
  }
  return pairs;
}

/** Where a switch onto b's track starts: the first track's highest level at or below b's grade, else its lowest. */
function crossing(from: readonly Level[], b: Level): Level | undefined {
  return from.filter((l) => l.grade.rank <= b.grade.rank).at(-1) ?? from[0];
}

function pairOf(a: Level, b: Level): LevelPair {
  // Pay is compared in the default zone.
  return { a, b, slug: `${a.slug}-vs-${b.slug}`, diff: diffLevels({ ...a.data, salary: a.band }, { ...b.data, salary: b.band }) };
}

/** Neighbours on one ladder, as opposed to a switch between tracks. */
export const isAdjacent = (pair: LevelPair) => pair.a.next === pair.b;
