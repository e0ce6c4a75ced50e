/**
 * The latest content check in this process. The collections' loader publishes it after every
 * check; the dev server shows its report in the browser while an error stands, and the sitemap
 * leaves out the closed openings it found. Astro loads the loader (content config) and the
 * integrations as separate module instances, so they meet on globalThis rather than in a module variable.
 */
import type { LoadedContent } from '../reader/content.ts';
import type { Problem } from './problem.ts';

interface Channel {
  problems: readonly Problem[];
  content?: LoadedContent;
  /** The dev server's refresh that this check answered (undefined for the first load and builds). */
  generation?: number | undefined;
}

const key = Symbol.for('rolebook.content-report');

function channel(): Channel {
  const global = globalThis as { [key]?: Channel };
  const shared = global[key] ?? { problems: [] };
  global[key] = shared;
  return shared;
}

export function publishCheck(problems: readonly Problem[], content: LoadedContent, generation?: number): void {
  const c = channel();
  c.problems = problems;
  c.content = content;
  c.generation = generation;
}

export const latestProblems = (): readonly Problem[] => channel().problems;

export const latestContent = (): LoadedContent | undefined => channel().content;

export const latestGeneration = (): number | undefined => channel().generation;
