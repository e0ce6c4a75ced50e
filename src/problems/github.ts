/**
 * The content check's problems in GitHub's terms, for editors who only ever see GitHub's web pages:
 * one workflow command per problem, which GitHub shows as an annotation on that line of the pull
 * request's "Files changed", and a Markdown summary on the run's page ($GITHUB_STEP_SUMMARY) that
 * lists every problem, as GitHub draws only the first few annotations of a step.
 * Pure functions: scripts/check.ts prints and writes them.
 */
import { inertLines, visibleText } from './printable.ts';
import { countBySeverity, describeProblem, formatReport, plural, sortProblems, type Problem } from './problem.ts';

/** GitHub draws at most this many annotations of each kind (error, warning) per step. */
const annotationsShownPerKind = 10;

/** Escapes a workflow command's message: % starts an escape, and a line break would end the command. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value, where : and , also end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * `::error file=…,line=…,title=…::message` (line only when known; title is the field, or what the
 * check is). Always one line: content's line breaks are already written out by visibleText, and
 * GitHub's own escaping stands behind it.
 */
export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(visibleText(problem.file))}`, ...(problem.line ? [`line=${problem.line}`] : []), `title=${escapeProperty(problem.field === undefined ? 'Content check' : visibleText(problem.field))}`];
  return `::${problem.severity} ${properties.join(',')}::${escapeData(describeProblem(problem))}`;
}

/** One annotation per problem, errors first, in the report's order. */
export function githubAnnotations(problems: readonly Problem[]): string[] {
  const { errors, warnings } = bySeverity(problems);
  return [...errors, ...warnings].map(githubAnnotation);
}

/**
 * Everything `npm run check` prints: the health report when asked for, the report, and on GitHub
 * the annotations after them. Every line but our own annotations goes through inertLines, so even
 * a string a formatter missed cannot start a workflow command: the only lines that start with `::`
 * are the ones githubAnnotation made, one per problem.
 */
export function checkOutput(problems: readonly Problem[], { health, github }: { health?: string | undefined; github: boolean }): string {
  const annotations = github ? githubAnnotations(problems) : [];
  return [...(health === undefined ? [] : [`${inertLines(health)}\n`]), inertLines(formatReport(problems)), ...(annotations.length ? [`\n${annotations.join('\n')}`] : [])].join('\n');
}

/** The step summary: a heading with the totals, then every problem grouped by file, in line order. */
export function githubSummary(problems: readonly Problem[]): string {
  if (problems.length === 0) return '## Content check: no problems found\n';
  const counts = countBySeverity(problems);
  const files = Map.groupBy(sortProblems(problems), (p) => p.file);
  const lines = [`## Content check: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')} in ${plural(files.size, 'file')}`, ''];
  if (counts.errors > annotationsShownPerKind || counts.warnings > annotationsShownPerKind) {
    lines.push(`GitHub marks at most ${annotationsShownPerKind} errors and ${annotationsShownPerKind} warnings on the lines themselves; this list has every problem.`, '');
  }
  for (const [file, inFile] of files) {
    lines.push(`### ${markdownText(file)}`, '');
    for (const p of inFile) {
      const where = p.line ? `, line ${p.line}` : '';
      lines.push(`- **${p.severity === 'error' ? 'Error' : 'Warning'}**${where}: ${markdownText(describeProblem(p))}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function bySeverity(problems: readonly Problem[]) {
  return {
    errors: sortProblems(problems.filter((p) => p.severity === 'error')),
    warnings: sortProblems(problems.filter((p) => p.severity === 'warning')),
  };
}

/**
 * Text shown as written: messages quote editors' content, which may hold Markdown or HTML (a tag,
 * a link to javascript:, a | that would end a table cell, a # that would start a heading, $ that
 * starts math). Every character that could begin markup gets a backslash, which CommonMark and
 * GitHub read as "this character itself"; line breaks are written out (visibleText), so nothing
 * from content can start a line of the summary.
 */
export function markdownText(text: string): string {
  return visibleText(text).replace(/[\\`*_[\]<>|~&#$]/g, '\\$&');
}
