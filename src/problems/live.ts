/**
 * The latest content report in this process. The collections' loader publishes it after every
 * check; the dev server shows it in the browser while an error stands. Astro loads the loader
 * (content config) and the integrations as separate module instances, so the two meet on
 * globalThis rather than in a module variable.
 */
import type { Problem } from './problem.ts';

interface Channel {
  problems: readonly Problem[];
}

const key = Symbol.for('rolebook.content-report');

function channel(): Channel {
  const global = globalThis as { [key]?: Channel };
  return (global[key] ??= { problems: [] });
}

export function publishProblems(problems: readonly Problem[]): void {
  channel().problems = problems;
}

export const latestProblems = (): readonly Problem[] => channel().problems;
