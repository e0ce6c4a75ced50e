/**
 * The content check's problems in GitHub's terms, for editors who only ever see GitHub's web pages:
 * workflow commands, which GitHub shows as annotations on the lines of the pull request's "Files
 * changed", and a Markdown summary on the run's page ($GITHUB_STEP_SUMMARY) that lists every
 * problem, as GitHub draws only the first few annotations of a step. Both keep to GitHub's limits
 * at any number of problems: annotations for as many as GitHub draws, and past listedInFull
 * problems a summary (src/problems/summary.ts) that names the whole list, attached to the run.
 * Pure functions: scripts/check.ts prints and writes them.
 */
import path from 'node:path';
import { append } from '../lib/lists.ts';
import { inertLines, visibleText } from './printable.ts';
import { countBySeverity, describeProblem, formatReport, listedWords, moreInFile, moreWords, plural, totals, type Problem } from './problem.ts';
import { byFileInOrder, inReportOrder, listedInFull, summarise, type Counts, type Summary } from './summary.ts';
import { wholeListFile } from './whole-list.ts';

/**
 * GitHub draws at most this many annotations of each kind (error, warning) per step, and 50 per
 * job; it drops the rest, so printing them would only lengthen the log.
 */
const annotationsShownPerKind = 10;

/**
 * GitHub refuses a step's summary over 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted, supports
 * content up to a size of 1024k") and then shows none of it. The check's summary keeps to less,
 * as npm test adds its closing words to the same step's summary.
 */
export const summaryBytes = 1024 * 1024 - 64 * 1024;

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

/**
 * The annotations GitHub draws: the first errors and the first warnings, as many of each as it
 * shows, errors first, each kind in the report's order.
 */
export function githubAnnotations(problems: readonly Problem[]): string[] {
  const ordered = inReportOrder(problems);
  const errors = ordered.filter((p) => p.severity === 'error').slice(0, annotationsShownPerKind);
  const warnings = ordered.filter((p) => p.severity === 'warning').slice(0, annotationsShownPerKind);
  return [...errors, ...warnings].map(githubAnnotation);
}

/**
 * Everything `npm run check` prints: the health report when asked for, the report, and on GitHub
 * the annotations after them. Every line but our own annotations goes through inertLines, so even
 * a string a formatter missed cannot start a workflow command: the only lines that start with `::`
 * are the ones githubAnnotation made. `wholeList` is where every problem was written, if it could be.
 */
export function checkOutput(problems: readonly Problem[], { health, github, wholeList }: { health?: string | undefined; github: boolean; wholeList?: string | undefined }): string {
  const annotations = github ? githubAnnotations(problems) : [];
  return [...(health === undefined ? [] : [`${inertLines(health)}\n`]), inertLines(formatReport(problems, wholeList)), ...(annotations.length ? [`\n${annotations.join('\n')}`] : [])].join('\n');
}

/** A problem as a line of the summary, under its file's heading. */
function summaryLine(p: Problem): string {
  const where = p.line ? `, line ${p.line}` : '';
  return `- **${p.severity === 'error' ? 'Error' : 'Warning'}**${where}: ${markdownText(describeProblem(p))}`;
}

const annotationWords = `GitHub marks at most ${annotationsShownPerKind} errors and ${annotationsShownPerKind} warnings on the lines themselves`;

/**
 * The step summary: a heading with the totals, then every problem grouped by file, in line order;
 * past listedInFull problems, the summary of them instead (longSummary).
 */
export function githubSummary(problems: readonly Problem[]): string {
  if (problems.length === 0) return '## Content check: no problems found\n';
  if (problems.length > listedInFull) return longSummary(summarise(problems));
  const counts = countBySeverity(problems);
  const files = byFileInOrder(problems);
  const lines = [`## ${totals({ ...counts, files: files.length })}`, ''];
  if (counts.errors > annotationsShownPerKind || counts.warnings > annotationsShownPerKind) {
    lines.push(`${annotationWords}; this list has every problem.`, '');
  }
  for (const [file, inFile] of files) {
    append(lines, [`### ${markdownText(file)}`, '', ...inFile.map(summaryLine), '']);
  }
  return lines.join('\n');
}

/** The name the workflows give the whole list among the run's artifacts: its file's (upload-artifact with archive: false). */
const artifactName = path.posix.basename(wholeListFile);

/** The listed problems of a long summary, a kind's heading, a file's heading or a problem at a time. */
function* listedPieces(summary: Summary): Generator<string[]> {
  for (const { severity, total, shown, files } of summary.listed) {
    yield [`### ${listedWords(severity, shown, total)}`, ''];
    for (const { file, problems, inFile } of files) {
      yield [`#### ${markdownText(file)}`, ''];
      for (const p of problems) yield [summaryLine(p)];
      yield [...(inFile > problems.length ? [`- ${moreInFile(severity, inFile - problems.length)}`] : []), ''];
    }
  }
}

/**
 * The step summary of a long list: the totals, the problems by rule and the files with the most in
 * tables, then the first problems in full, errors first, and where the whole list is; never more
 * than summaryBytes, however long the lines it quotes.
 */
function longSummary(summary: Summary): string {
  const where = `the whole list is attached to this run as **${markdownText(artifactName)}**, under Artifacts on the run's page`;
  const table = (heading: string, counts: Counts, what: string) => [
    `### ${heading}`,
    '',
    `| ${what === 'rule' ? 'Rule' : 'File'} | Errors | Warnings |`,
    '| --- | ---: | ---: |',
    ...[...counts.named.map((t) => [markdownText(t.name), t] as const), ...(counts.more ? [[moreWords(counts.more.count, what), counts.more] as const] : [])].map(([name, t]) => `| ${name} | ${t.errors.toLocaleString('en-US')} | ${t.warnings.toLocaleString('en-US')} |`),
    '',
  ];
  const head = [
    `## ${totals(summary)}`,
    '',
    `Too many to list here: the problems by rule, the files with the most, then the first ${summary.shown.toLocaleString('en-US')} in full, errors first; ${where}. ${annotationWords}.`,
    '',
    ...table('Problems by rule', summary.rules, 'rule'),
    ...table('Files with the most problems', summary.fileCounts, 'file'),
  ];
  const stop = 'GitHub keeps at most 1 MiB of a summary, so the list stops here.';
  const end = (shown: number) => `The first ${shown.toLocaleString('en-US')} of ${plural(summary.errors + summary.warnings, 'problem')} are listed above; ${where}.`;
  // Added a piece at a time while the UTF-8 bytes leave room for the last two lines; the first piece that would not fit ends the list.
  const lines: string[] = [];
  let room = summaryBytes - Buffer.byteLength(`${stop}\n\n${end(summary.shown)}\n`);
  let fitted = true;
  for (const piece of [head, ...listedPieces(summary)]) {
    room -= piece.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);
    if (room < 0) {
      fitted = false;
      break;
    }
    append(lines, piece);
  }
  if (fitted) return `${lines.join('\n')}\n${end(summary.shown)}\n`;
  const shown = lines.filter((line) => /^- \*\*(Error|Warning)\*\*/.test(line)).length;
  return `${[...lines, stop, ''].join('\n')}\n${end(shown)}\n`;
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
