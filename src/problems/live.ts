/**
 * What the latest content check in this process found, for the integrations that act on it: the
 * dev server shows its problems (and where the whole list is) in the browser while an error
 * stands, the browser editor offers its levels to choose from, and the downloads beside each
 * level's page (src/integrations/downloads.ts) are written (npm run build) and served (astro dev)
 * from its read model. The collections' loader publishes it after every check. Astro loads the
 * loader (content config) and the integrations as separate module instances, and integrations
 * cannot import astro:content, so they meet on globalThis rather than in a module variable. The
 * read model crosses too, so that the downloads are made from the model built from what the check
 * read (in astro dev, the check's own model), never from a second reading of the content and a
 * model of their own.
 */
import type { Handbook } from '../handbook/model.ts';
import type { Problem } from './problem.ts';

/** A level as the editor lists it. */
export interface LevelName {
  id: string;
  title: string;
}

export interface Check {
  problems: readonly Problem[];
  levels: readonly LevelName[];
  /**
   * The read model the site shows (drafts in, marked, for astro dev), or undefined while the check
   * has found an error: a build stops then, and astro dev serves no download made from it.
   */
  handbook: Handbook | undefined;
  /** The read model of each translation (src/i18n/localized.ts), when there is a handbook. */
  translations: readonly Handbook[];
  /** The dev server's refresh that this check answered (undefined for the first load and builds). */
  generation: number | undefined;
  /** Where the check wrote every problem (src/problems/whole-list.ts), if it could. */
  wholeList: string | undefined;
}

const key = Symbol.for('rolebook.content-report');

function channel(): Check {
  const global = globalThis as { [key]?: Check };
  global[key] ??= { problems: [], levels: [], handbook: undefined, translations: [], generation: undefined, wholeList: undefined };
  return global[key];
}

/** Replaces the last check's report whole, so no reader sees one check's problems with another's model. */
export function publishCheck(check: Check): void {
  (globalThis as { [key]?: Check })[key] = { ...check };
}

export const latestProblems = (): readonly Problem[] => channel().problems;

export const latestLevels = (): readonly LevelName[] => channel().levels;

/** The read model of every language, the default first; none while the check has found an error. */
export const latestHandbooks = (): readonly Handbook[] => {
  const { handbook, translations } = channel();
  return handbook ? [handbook, ...translations] : [];
};

export const latestGeneration = (): number | undefined => channel().generation;

export const latestWholeList = (): string | undefined => channel().wholeList;
