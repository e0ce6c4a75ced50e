/**
 * What a report shows of a list too long to read: at 2,000 levels the build printed 37,000
 * warnings into every log (issue 25). The counts by rule and by file, most problems first, then
 * the first problems in full, errors before warnings; the rest are in the whole list
 * (src/problems/whole-list.ts). One shape for every report that summarises: the terminal and the
 * build (formatReport), GitHub's step summary and the page astro dev shows; each only words it.
 * A short list is shown whole, as it always was.
 */
import type { Problem } from './problem.ts';

/** How many problems a report lists in full; a longer list is summarised. */
export const listedInFull = 200;

/** How many rules and files the counts name before "and N more". */
const countsNamed = 10;

/** How many problems of each kind one rule or file has. */
interface Tally {
  name: string;
  errors: number;
  warnings: number;
}

/** The tallies named, and what the others add up to. */
export interface Counts {
  named: Tally[];
  more?: { count: number; errors: number; warnings: number };
}

/** The problems of one kind listed in full, by file. */
interface Listed {
  severity: Problem['severity'];
  /** How many of this kind there are in all, and how many of them are listed. */
  total: number;
  shown: number;
  /** Files in name order, each with its listed problems in line order and how many of this kind it has. */
  files: { file: string; problems: Problem[]; inFile: number }[];
}

export interface Summary {
  errors: number;
  warnings: number;
  files: number;
  rules: Counts;
  fileCounts: Counts;
  /** Errors first, then warnings while there is room; a kind with none listed is left out. */
  listed: Listed[];
  /** How many problems `listed` holds. */
  shown: number;
}

/** The name reports count a problem under when nothing marked its rule (a problem made outside the check). */
const noRule = 'other';

/**
 * Problems by file: files in name order, each file's problems in line order (those without a line,
 * about the whole file, first), then by field. Grouped before sorting, so 100,000 problems sort as
 * their files and each file's few lines, not as one long list.
 */
export function byFileInOrder(problems: readonly Problem[]): [string, Problem[]][] {
  const files = [...Map.groupBy(problems, (p) => p.file)].sort(([a], [b]) => a.localeCompare(b));
  for (const [, list] of files) list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''));
  return files;
}

/** Every problem in the order reports list them: errors first, then warnings, each by file and line. */
export function inReportOrder(problems: readonly Problem[]): Problem[] {
  const { errors, warnings } = Object.groupBy(problems, (p) => (p.severity === 'error' ? 'errors' : 'warnings'));
  return [...byFileInOrder(errors ?? []), ...byFileInOrder(warnings ?? [])].flatMap(([, list]) => list);
}

/** How many problems each name has (a rule's or a file's), most first, then by name. */
function tallies(problems: readonly Problem[], nameOf: (problem: Problem) => string): Tally[] {
  const byName = new Map<string, Tally>();
  for (const p of problems) {
    const name = nameOf(p);
    const tally = byName.get(name) ?? byName.set(name, { name, errors: 0, warnings: 0 }).get(name)!;
    if (p.severity === 'error') tally.errors++;
    else tally.warnings++;
  }
  return [...byName.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || b.errors - a.errors || a.name.localeCompare(b.name));
}

function counts(all: Tally[], limit: number): Counts {
  // "and 1 more" would take the line the one it stands for could have.
  if (all.length <= limit + 1) return { named: all };
  const rest = all.slice(limit);
  return { named: all.slice(0, limit), more: { count: rest.length, errors: rest.reduce((n, t) => n + t.errors, 0), warnings: rest.reduce((n, t) => n + t.warnings, 0) } };
}

function listed(severity: Problem['severity'], problems: readonly Problem[], room: number): Listed | undefined {
  if (room <= 0 || problems.length === 0) return undefined;
  const files: Listed['files'] = [];
  let shown = 0;
  for (const [file, list] of byFileInOrder(problems)) {
    if (shown === room) break;
    const listed = list.slice(0, room - shown);
    files.push({ file, problems: listed, inFile: list.length });
    shown += listed.length;
  }
  return { severity, total: problems.length, shown, files };
}

/** The summary of a long list: the counts, and listedInFull problems listed, errors first. */
export function summarise(problems: readonly Problem[]): Summary {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  const byFile = tallies(problems, (p) => p.file);
  const errorList = listed('error', errors, listedInFull);
  const warningList = listed('warning', warnings, listedInFull - errors.length);
  const list = [errorList, warningList].filter((l) => l !== undefined);
  return {
    errors: errors.length,
    warnings: warnings.length,
    files: byFile.length,
    rules: counts(
      tallies(problems, (p) => p.rule ?? noRule),
      countsNamed,
    ),
    fileCounts: counts(byFile, countsNamed),
    listed: list,
    shown: list.reduce((n, l) => n + l.shown, 0),
  };
}
