/** Every pair of a role's levels (lower first), with what changes between them, for the comparison pages. */
import { diffLevels } from '../lib/level-diff.ts';
import type { Level, LevelPair } from './model.ts';

export function levelPairs(levels: readonly Level[]): LevelPair[] {
  const pairs: LevelPair[] = [];
  for (let i = 0; i < levels.length; i++) {
    for (let j = i + 1; j < levels.length; j++) {
      const a = levels[i]!;
      const b = levels[j]!;
      // Pay is compared in the default zone.
      pairs.push({ a, b, slug: `${a.slug}-vs-${b.slug}`, diff: diffLevels({ ...a.data, salary: a.band }, { ...b.data, salary: b.band }) });
    }
  }
  return pairs;
}

/** Pairs of neighbours on a ladder: the step-by-step comparisons. */
export const isAdjacent = (pair: LevelPair) => pair.a.next === pair.b;
