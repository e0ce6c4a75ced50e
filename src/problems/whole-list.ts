/**
 * Every problem of the latest content check, one a line, in a file: a long report shows the counts
 * and the first problems, and names this file for the rest (src/problems/summary.ts). It lives in
 * node_modules/.cache/rolebook/, Rolebook's own folder beside the check's cache: never committed,
 * never a file an editor wrote. On GitHub the workflows attach it to the run, where it is named
 * by its file name (.github/workflows/check.yml).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { problemLine, type Problem } from './problem.ts';
import { inReportOrder } from './summary.ts';

/** Where the whole list is, from the project's root, as reports print it. */
export const wholeListFile = 'node_modules/.cache/rolebook/content-check-problems.txt';

/** The whole list: errors first, then warnings, each by file and line, with the rule that found it. */
export function wholeListText(problems: readonly Problem[]): string {
  return inReportOrder(problems)
    .map((p) => `${problemLine(p)}${p.rule === undefined ? '' : ` [${p.rule}]`}\n`)
    .join('');
}

/**
 * Writes the whole list into the project at `root` and returns where, or undefined when it could
 * not be written (the report then says so; the check itself goes on). With no problems it removes
 * the list, so no list outlives the problems it names. Written beside it and renamed into place, so
 * `astro dev` and `npm run check` at once never leave half a list.
 */
export async function writeWholeList(root: string, problems: readonly Problem[]): Promise<string | undefined> {
  const file = path.join(root, wholeListFile);
  const draft = `${file}.${process.pid}.part`;
  try {
    if (problems.length === 0) {
      await rm(file, { force: true });
      return undefined;
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(draft, wholeListText(problems));
    await rename(draft, file);
    return wholeListFile;
  } catch {
    await rm(draft, { force: true }).catch(() => undefined);
    return undefined;
  }
}
