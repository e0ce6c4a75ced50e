/**
 * YAML mistakes in words an HR editor can act on: one message per mistake, at its line, saying
 * what to type. The parser's own wording ("Nested mappings are not allowed in compact mappings")
 * names its grammar, not the fix, and one tab can make it report a dozen errors.
 */
import type { Document, LineCounter } from 'yaml';
import type { Problem } from '../problems/problem.ts';

const keyOf = (line: string) => /^\s*(?:-\s+)?([^\s:#][^:]*?)\s*:/.exec(line)?.[1];

/** Mistakes seen in the text before parsing; where there are any, the parser's reports are their echoes. */
export function textMistakes(file: string, text: string, lineOffset: number): Problem[] {
  const lines = text.split(/\r?\n/);
  const problems: Problem[] = [];
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (first >= 0 && /^-\s+[\w-]+:/.test(lines[first]!)) {
    return [{ file, line: first + 1 + lineOffset, message: 'starts its fields with "- ", so they read as one list item instead of fields', fix: 'remove the "- " (and any indentation before the fields)', severity: 'error' }];
  }
  const tab = lines.findIndex((l) => /^[ ]*\t/.test(l));
  if (tab >= 0) {
    problems.push({ file, line: tab + 1 + lineOffset, message: 'is indented with a tab', fix: 'indent with spaces instead (two for each level); tabs cannot be used in the fields', severity: 'error' });
  }
  const nbsp = lines.findIndex((l) => l.includes('\u00a0'));
  if (nbsp >= 0) {
    const key = keyOf(lines[nbsp]!.replace(/\u00a0/g, ' '));
    problems.push({
      file,
      line: nbsp + 1 + lineOffset,
      message: `has a non-breaking space${key ? ` after "${key}:"` : ''} (often pasted from a word processor)`,
      fix: 'delete it and type a normal space',
      severity: 'error',
    });
  }
  return problems;
}

function parserMistake(code: string, text: string, fallback: string): Omit<Problem, 'file' | 'line' | 'severity'> {
  const key = keyOf(text);
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: `has the field "${key ?? 'this'}" a second time`, fix: 'keep one of them and delete the other' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return key
        ? { message: `has a colon followed by a space inside the value of "${key}"`, fix: `put the whole value in double quotes, such as ${key}: "${text.slice(text.indexOf(':') + 1).trim().replace(/"/g, "'")}"` }
        : { message: 'is not a field', fix: 'write a name, a colon and a space, then the value, such as title: Senior Backend Engineer' };
    case 'MISSING_CHAR':
      return { message: 'opens a quotation mark that is never closed', fix: 'add the closing quotation mark at the end of the value' };
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return { message: 'is indented differently from the lines around it', fix: 'line up the fields of one group with the same number of spaces, and start list items with "- " at the same column' };
    default:
      return { message: `has a formatting error in its fields: ${fallback}`, fix: 'check the indentation, and put quotes around a value that contains a colon followed by a space' };
  }
}

/** The parser's complaints about a document, or none: then `shapeMistakes` looks at what it parsed to. */
export function parserMistakes(file: string, text: string, doc: Document, lineCounter: LineCounter, lineOffset: number): Problem[] {
  const lines = text.split(/\r?\n/);
  // One mistake often makes the parser complain on every line after it: report each kind once.
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    let line = lineCounter.linePos(error.pos[0]).line;
    if (seen.has(error.code)) continue;
    seen.add(error.code);
    // The parser notices a missing closing quote where the text ends; the editor needs the line it opened on.
    if (error.code === 'MISSING_CHAR') line = 1 + Math.max(0, lines.findIndex((l) => (l.replace(/\\"/g, '').match(/"/g) ?? []).length % 2 === 1));
    const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file, line: line + lineOffset, ...parserMistake(error.code, lines[line - 1] ?? '', reason), severity: 'error' });
  }
  return problems;
}

/**
 * Mistakes that parse without complaint but lose what the editor meant: fields written as a list
 * item ("- role: …"), and a value starting with # (a colour), which YAML reads as a comment.
 */
export function shapeMistakes(file: string, text: string, data: unknown, lineOffset: number): Problem[] {
  const lines = text.split(/\r?\n/);
  if (Array.isArray(data)) {
    const first = lines.findIndex((l) => /^\s*-\s/.test(l));
    return [{ file, line: first + 1 + lineOffset, message: 'starts its fields with "- ", so they read as one list item instead of fields', fix: 'remove the "- " and the indentation before the fields' }].map((p) => ({ ...p, severity: 'error' as const }));
  }
  if (data !== null && typeof data !== 'object') {
    return [{ file, line: 1 + lineOffset, message: 'has no fields, only text', fix: 'write one field per line: a name, a colon and a space, then the value', severity: 'error' }];
  }
  const problems: Problem[] = [];
  lines.forEach((line, index) => {
    const match = /^(\s*)([\w-]+):\s+(#\S*)/.exec(line);
    if (match) {
      problems.push({
        file,
        line: index + 1 + lineOffset,
        field: match[2]!,
        message: `starts with #, which YAML reads as the start of a comment, so the value is lost`,
        fix: `put the value in double quotes: ${match[2]}: "${match[3]}"`,
        severity: 'error',
      });
    }
  });
  return problems;
}
