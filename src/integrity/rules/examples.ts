/**
 * Files Rolebook ships as examples say so with `example: true`. They show how a file is written,
 * but a fork that publishes them shows readers a vacancy or a page nobody at the company wrote.
 */
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { allEntries, entryNoun } from './entries.ts';

const instead: Record<string, string> = {
  openings: 'replace it with a real vacancy or delete the file',
};

export function checkExamples(content: LoadedContent): Problem[] {
  return allEntries(content)
    .filter((entry) => entry.data.example)
    .map((entry) =>
      problemAt(entry, ['example'], {
        field: null,
        message: `is an example ${entryNoun[entry.collection]}: ${instead[entry.collection] ?? 'rewrite it for your company and remove the line example: true, or delete the file'}`,
        severity: 'warning',
      }),
    );
}
