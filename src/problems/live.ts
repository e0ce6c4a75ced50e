/**
 * What the latest content check in this process found, for the integrations that act on it: the
 * dev server shows its problems in the browser while an error stands, and the browser editor
 * offers its levels to choose from. The collections' loader publishes it after every check.
 * Astro loads the loader (content config) and the integrations as separate module instances, so
 * they meet on globalThis rather than in a module variable; only this summary crosses, never the content.
 */
import type { Problem } from './problem.ts';

/** A level as the editor lists it. */
export interface LevelName {
  id: string;
  title: string;
}

interface Channel {
  problems: readonly Problem[];
  levels: readonly LevelName[];
  /** The dev server's refresh that this check answered (undefined for the first load and builds). */
  generation?: number | undefined;
  /** Where the check wrote every problem (src/problems/whole-list.ts), if it could. */
  wholeList?: string | undefined;
}

const key = Symbol.for('rolebook.content-report');

function channel(): Channel {
  const global = globalThis as { [key]?: Channel };
  global[key] ??= { problems: [], levels: [] };
  return global[key];
}

export function publishCheck(problems: readonly Problem[], levels: readonly LevelName[], generation?: number, wholeList?: string): void {
  const c = channel();
  c.problems = problems;
  c.levels = levels;
  c.generation = generation;
  c.wholeList = wholeList;
}

export const latestProblems = (): readonly Problem[] => channel().problems;

export const latestLevels = (): readonly LevelName[] => channel().levels;

export const latestGeneration = (): number | undefined => channel().generation;

export const latestWholeList = (): string | undefined => channel().wholeList;
