/**
 * The content check's problems in GitHub's terms, for editors who only ever see GitHub's web pages:
 * one workflow command per problem, which GitHub shows as an annotation on that line of the pull
 * request's "Files changed", and a Markdown summary on the run's page ($GITHUB_STEP_SUMMARY) that
 * lists every problem, as GitHub draws only the first few annotations of a step.
 * Pure functions: scripts/check.ts prints and writes them.
 */
import { countBySeverity, describeProblem, plural, sortProblems, type Problem } from './problem.ts';

/** GitHub draws at most this many annotations of each kind (error, warning) per step. */
export const annotationsShownPerKind = 10;

/** Escapes a workflow command's message: % starts an escape, and a line break would end the command. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value, where : and , also end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** `::error file=…,line=…,title=…::message` (line only when known; title is the field, or what the check is). */
export function githubAnnotation(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    ...(problem.line ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(problem.field ?? 'Content check')}`,
  ];
  return `::${problem.severity} ${properties.join(',')}::${escapeData(describeProblem(problem))}`;
}

/** One annotation per problem, errors first, in the report's order. */
export function githubAnnotations(problems: readonly Problem[]): string[] {
  const { errors, warnings } = bySeverity(problems);
  return [...errors, ...warnings].map(githubAnnotation);
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

/** Text shown as written: messages quote editors' content, which may hold Markdown or HTML. */
export function markdownText(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
}
