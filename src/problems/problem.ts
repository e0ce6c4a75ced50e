/**
 * One shape for everything that can be wrong with the content: schema errors, integrity rules and
 * MDX compile errors all become a Problem, and one reporter prints them for the check and the build.
 */
import { inertLine, visibleText } from './printable.ts';
import { byFileInOrder, listedInFull, summarise, type Counts, type Summary } from './summary.ts';

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
  return `${where}: ${sentenceOf(shown)}`;
}

/** The problem as one sentence without its place (which annotations carry apart): field, what is wrong, the fix. */
export const describeProblem = (problem: Problem): string => sentenceOf(shownProblem(problem));

/** describeProblem of a problem already shown (shownProblem): the whole list words 100,000 of them. */
function sentenceOf(shown: Problem): string {
  const what = shown.field ? `${shown.field} ${shown.message}` : shown.message;
  const fix = shown.fix ? `; ${shown.fix}` : '';
  const sentence = `${what}${fix}`;
  return `${sentence}${/[.?!]$/.test(sentence) ? '' : '.'}`;
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
  return byFileInOrder(problems)
    .map(([file, list]) => ({ file, problems: list, ...countBySeverity(list) }))
    .sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0));
}

/** `3 errors, 1 warning`, leaving out a kind there is none of (but never saying nothing). */
export function countText({ errors, warnings }: { errors: number; warnings: number }): string {
  const parts = [...(errors ? [plural(errors, 'error')] : []), ...(warnings || !errors ? [plural(warnings, 'warning')] : [])];
  return parts.join(', ');
}

/** A problem on one line, as the report and the whole list show it: severity, file:line, the sentence. */
export const problemLine = (p: Problem): string => `${p.severity === 'error' ? 'error  ' : 'warning'} ${formatProblem(p)}`;

/** A file's heading in the report. The only line that starts with content: inertLine keeps it from reading as a GitHub command. */
const fileHeading = (file: string, counts: { errors: number; warnings: number }) => inertLine(`${visibleText(file)} (${countText(counts)})`);

/** `Content check: 3 errors, 1 warning in 2 files` */
export const totals = (s: { errors: number; warnings: number; files: number }) => `Content check: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${plural(s.files, 'file')}`;

/**
 * The whole report: a heading per file with its counts, then that file's problems in line order,
 * each on its own line starting with the severity and file:line (editors and terminals open the
 * file at that line when it is clicked); files with errors come first; a one-line total ends it.
 * Past listedInFull problems it is summarised instead (longReport); `wholeList` is where every
 * problem was written (src/problems/whole-list.ts), if it could be.
 */
export function formatReport(problems: readonly Problem[], wholeList?: string): string {
  if (problems.length === 0) return 'Content check: no problems found.';
  if (problems.length > listedInFull) return longReport(summarise(problems), wholeList);
  const groups = groupByFile(problems);
  const lines = groups.flatMap(({ file, problems: list, errors, warnings }) => [fileHeading(file, { errors, warnings }), ...list.map((p) => `  ${problemLine(p)}`), '']);
  return [...lines, `${totals({ ...countBySeverity(problems), files: groups.length })}.`].join('\n');
}

/** Where the whole list is, in the words every report uses; `written` is undefined when it could not be written. */
export const wholeListWords = (written: string | undefined) => (written === undefined ? 'The whole list could not be written to a file.' : `The whole list: ${written}`);

/** The words every report uses for one kind's listed problems: "Errors, all 12" or "Warnings, the first 188 of 98,766". */
export function listedWords(kind: 'error' | 'warning', shown: number, total: number): string {
  const name = kind === 'error' ? 'Errors' : 'Warnings';
  if (shown < total) return `${name}, the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
  return total === 1 ? `The one ${kind}` : `${name}, all ${total.toLocaleString('en-US')}`;
}

/** `and 4 more rules`, for what a list leaves out. */
export const moreWords = (count: number, what: string) => `and ${plural(count, `more ${what}`)}`;

/** The line under a file's listed problems that says how many of them the list leaves out. */
export const moreInFile = (kind: 'error' | 'warning', more: number) => `${moreWords(more, kind)} in this file`;

/**
 * The report of a list too long to read (src/problems/summary.ts): the totals and where the whole
 * list is, the problems by rule and the files with the most, then the first problems in full by
 * file, errors first; it ends with the totals and where the whole list is again, as a terminal
 * shows the end first.
 */
function longReport(summary: Summary, wholeList: string | undefined): string {
  const where = wholeListWords(wholeList);
  const table = (counts: Counts, what: string) => {
    const rows = [...counts.named.map((t) => [visibleText(t.name), countText(t)] as const), ...(counts.more ? [[moreWords(counts.more.count, what), countText(counts.more)] as const] : [])];
    const width = Math.min(
      60,
      rows.reduce((w, [name]) => Math.max(w, name.length), 0),
    );
    // A rule's or a file's name starts the line after two spaces: inertLine, as for a heading.
    return rows.map(([name, count]) => inertLine(`  ${name.padEnd(width)}  ${count}`));
  };
  const listed = summary.listed.flatMap(({ severity, total, shown, files }) => [
    `${listedWords(severity, shown, total)}:`,
    '',
    ...files.flatMap(({ file, problems, inFile }) => [
      fileHeading(file, severity === 'error' ? { errors: inFile, warnings: 0 } : { errors: 0, warnings: inFile }),
      ...problems.map((p) => `  ${problemLine(p)}`),
      ...(inFile > problems.length ? [`  ${moreInFile(severity, inFile - problems.length)}`] : []),
      '',
    ]),
  ]);
  return [
    `${totals(summary)}, too many to list here.`,
    `Below: the problems by rule, the files with the most, then the first ${summary.shown.toLocaleString('en-US')} in full, errors first. ${where}`,
    '',
    'Problems by rule:',
    ...table(summary.rules, 'rule'),
    '',
    'Files with the most problems:',
    ...table(summary.fileCounts, 'file'),
    '',
    ...listed,
    `${totals(summary)}; the first ${summary.shown.toLocaleString('en-US')} are listed above.`,
    where,
  ].join('\n');
}

/** `1 file`, `2 files`, `12,500 files`. */
export const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
