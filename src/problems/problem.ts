/**
 * One shape for everything that can be wrong with the content: schema errors, integrity rules and
 * MDX compile errors all become a Problem, and one reporter prints them for the check and the build.
 */
export interface Problem {
  /** Path relative to the repository, with forward slashes: content/levels/backend-engineer/senior.mdx */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Dotted field path, such as salary.max or skills[2].items. */
  field?: string;
  /** What is wrong, written to follow the field name: "is missing", "(9) is below salary.min (10)". */
  message: string;
  /** What to do about it, as an instruction: "make max the top of the band". */
  fix?: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${describeProblem(problem)}`;
}

/** The problem as one sentence without its place (which annotations carry apart): field, what is wrong, the fix. */
export function describeProblem(problem: Problem): string {
  const what = problem.field ? `${problem.field} ${problem.message}` : problem.message;
  const fix = problem.fix ? `; ${problem.fix}` : '';
  const sentence = `${what}${fix}`;
  return `${sentence}${/[.?!]$/.test(sentence) ? '' : '.'}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

export function countBySeverity(problems: readonly Problem[]) {
  return {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/** The whole report: one problem per line, errors first, then a one-line total. */
export function formatReport(problems: readonly Problem[]): string {
  const { errors, warnings } = countBySeverity(problems);
  const files = new Set(problems.map((p) => p.file)).size;
  if (problems.length === 0) return 'Content check: no problems found.';
  const lines = [
    ...sortProblems(problems.filter((p) => p.severity === 'error')).map((p) => `error   ${formatProblem(p)}`),
    ...sortProblems(problems.filter((p) => p.severity === 'warning')).map((p) => `warning ${formatProblem(p)}`),
  ];
  const total = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
  return [...lines, '', `Content check: ${total}`].join('\n');
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
