/**
 * One shape for everything that can be wrong with the content: schema errors, integrity rules and
 * MDX compile errors all become a Problem, and one reporter prints them for the check and the build.
 */
import { inertLine, visibleText } from './printable.ts';

export interface Problem {
  /** Path relative to the repository, with forward slashes: content/levels/backend-engineer/senior.mdx */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** The field in the editor's words (src/problems/field-name.ts), such as salary.max or grade g3 (G3 · Senior), bands.uk. */
  field?: string;
  /** What is wrong, written to follow the field name: "is missing", "(9) is below salary.min (10)". */
  message: string;
  /** What to do about it, as an instruction: "make max the top of the band". */
  fix?: string;
  severity: 'error' | 'warning';
  /**
   * The rule that found it, as reports name it: the name of its file in src/integrity/rules/
   * (prose, pay-in-prose), or what the reader found: files (a file's name, folder, kind, size or
   * encoding), syntax (frontmatter, YAML, hidden characters), fields (the schema). The check marks
   * each problem with it (ofRule); a problem made anywhere else has none.
   */
  rule?: string;
}

/** The problems, each marked with the rule that found them. */
export const ofRule = (rule: string, problems: Iterable<Problem>): Problem[] => Array.from(problems, (p) => ({ ...p, rule }));

/**
 * The problem with every string in it as a report may show it (src/problems/printable.ts). Its
 * strings quote content (a file's name, a field an editor typed, a link with a line break encoded
 * in it), so every report formats problems through this, never from the raw fields.
 */
export function shownProblem(problem: Problem): Problem {
  const { file, field, message, fix } = problem;
  return {
    ...problem,
    file: visibleText(file),
    ...(field === undefined ? {} : { field: visibleText(field) }),
    message: visibleText(message),
    ...(fix === undefined ? {} : { fix: visibleText(fix) }),
  };
}

export function formatProblem(problem: Problem): string {
  const shown = shownProblem(problem);
  const where = shown.line ? `${shown.file}:${shown.line}` : shown.file;
  return `${where}: ${describeProblem(shown)}`;
}

/** The problem as one sentence without its place (which annotations carry apart): field, what is wrong, the fix. */
export function describeProblem(problem: Problem): string {
  const shown = shownProblem(problem);
  const what = shown.field ? `${shown.field} ${shown.message}` : shown.message;
  const fix = shown.fix ? `; ${shown.fix}` : '';
  const sentence = `${what}${fix}`;
  return `${sentence}${/[.?!]$/.test(sentence) ? '' : '.'}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''));
}

export function countBySeverity(problems: readonly Problem[]) {
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

export interface FileProblems {
  file: string;
  /** In line order; problems without a line (about the whole file) first. */
  problems: Problem[];
  errors: number;
  warnings: number;
}

/** Problems by file: files with errors first, each group in file-name order, each file's problems in line order. */
export function groupByFile(problems: readonly Problem[]): FileProblems[] {
  return [...Map.groupBy(sortProblems(problems), (p) => p.file)].map(([file, list]) => ({ file, problems: list, ...countBySeverity(list) })).sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || a.file.localeCompare(b.file));
}

/** `3 errors, 1 warning`, leaving out a kind there is none of (but never saying nothing). */
export function countText({ errors, warnings }: { errors: number; warnings: number }): string {
  const parts = [...(errors ? [plural(errors, 'error')] : []), ...(warnings || !errors ? [plural(warnings, 'warning')] : [])];
  return parts.join(', ');
}

/**
 * The whole report: a heading per file with its counts, then that file's problems in line order,
 * each on its own line starting with the severity and file:line (editors and terminals open the
 * file at that line when it is clicked); files with errors come first; a one-line total ends it.
 */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'Content check: no problems found.';
  const groups = groupByFile(problems);
  const lines = groups.flatMap(({ file, problems: list, errors, warnings }) => [
    // The only line that starts with content: inertLine keeps it from reading as a GitHub command.
    inertLine(`${visibleText(file)} (${countText({ errors, warnings })})`),
    ...list.map((p) => `  ${p.severity === 'error' ? 'error  ' : 'warning'} ${formatProblem(p)}`),
    '',
  ]);
  const { errors, warnings } = countBySeverity(problems);
  return [...lines, `Content check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(groups.length, 'file')}.`].join('\n');
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
