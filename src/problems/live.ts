/**
 * The latest content report in this process. The collections' loader publishes it after every
 * check; the dev server shows it in the browser while an error stands. Astro loads the loader
 * (content config) and the integrations as separate module instances, so the two meet on
 * globalThis rather than in a module variable.
 */
import type { Problem } from './problem.ts';

type Listener = (problems: readonly Problem[]) => void;
interface Channel {
  problems: readonly Problem[];
  listeners: Set<Listener>;
}

const key = Symbol.for('rolebook.content-report');

function channel(): Channel {
  const global = globalThis as { [key]?: Channel };
  return (global[key] ??= { problems: [], listeners: new Set() });
}

export function publishProblems(problems: readonly Problem[]): void {
  const c = channel();
  c.problems = problems;
  for (const listener of c.listeners) listener(problems);
}

export const latestProblems = (): readonly Problem[] => channel().problems;

export function onProblems(listener: Listener): () => void {
  channel().listeners.add(listener);
  return () => channel().listeners.delete(listener);
}
