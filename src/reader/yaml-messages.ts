/**
 * YAML mistakes in words an HR editor can act on: one message per mistake, at its line, saying
 * what to type. The parser's own wording ("Nested mappings are not allowed in compact mappings")
 * names its grammar, not the fix, and one tab can make it report a dozen errors.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Scalar, type YAMLError } from 'yaml';
import { fieldName } from '../problems/field-name.ts';
import type { Problem } from '../problems/problem.ts';
import type { Place } from './yaml-data.ts';

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

/**
 * Values YAML reads differently from what the editor wrote, with no complaint or a misleading one:
 * a number with thousands separators inside { } or [ ], where each comma ends a value (so
 * `{ min: 138,000, max: 180,000 }` reads as min 138 and a field "000" twice), and a list item
 * indented one space too far, which YAML joins to the item above it as more of its text.
 */
export function valueMistakes(place: Place, doc: Document): Problem[] {
  const { text } = place;
  const problems: Problem[] = [];
  const lines = text.split(/\r?\n/);
  const at = (offset: number, path: PropertyKey[], message: string, fix: string): Problem => ({
    file: place.file,
    line: place.lineCounter.linePos(offset).line + (place.frontmatter ? 1 : 0),
    ...(path.length ? { field: fieldName(path, (p) => doc.getIn(p)) } : {}),
    message,
    fix,
    severity: 'error',
  });
  const plain = (node: unknown): node is Scalar & { range: [number, number, number] } => isScalar(node) && node.type === 'PLAIN' && node.range !== undefined;
  /** In a flow collection's values, in order: a number, a comma with no space, then three digits, perhaps again. */
  const separated = (values: { node: unknown; path: PropertyKey[] }[]) => {
    let after = 0;
    values.forEach(({ node, path }, i) => {
      if (i < after || !plain(node) || typeof node.value !== 'number') return;
      let end = node.range[1];
      for (let j = i + 1; j < values.length; j++) {
        const next = values[j]!.node;
        if (next === null) continue;
        if (!plain(next) || text[end] !== ',' || next.range[0] !== end + 1 || !/^\d{3}$/.test(text.slice(next.range[0], next.range[1]))) break;
        end = next.range[1];
        after = j + 1;
      }
      if (end === node.range[1]) return;
      const written = text.slice(node.range[0], end);
      const name = path.at(-1);
      const number = written.replace(/,/g, '');
      problems.push(at(node.range[0], path, `(${written}) has a comma as thousands separator, and between brackets a comma ends the value, so YAML reads ${node.value}`, `write numbers without separators: ${typeof name === 'string' ? `${name}: ${number}` : number}`));
    });
  };
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      if (node.flow)
        separated(
          node.items.flatMap((pair) => [
            { node: pair.key, path },
            { node: pair.value, path: [...path, isScalar(pair.key) ? (pair.key.value as PropertyKey) : '?'] },
          ]),
        );
      for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? (pair.key.value as PropertyKey) : '?']);
    } else if (isSeq(node)) {
      if (node.flow) separated(node.items.map((item, i) => ({ node: item, path: [...path, i] })));
      for (const [i, item] of node.items.entries()) walk(item, [...path, i]);
    } else if (plain(node) && typeof node.value === 'string') {
      const first = place.lineCounter.linePos(node.range[0]).line - 1;
      const last = place.lineCounter.linePos(node.range[1]).line - 1;
      for (let n = first + 1; n <= last; n++) {
        if (!/^\s*-\s/.test(lines[n]!)) continue;
        const item = rowOf(lines[first]!);
        const column = item.dash ? item.indent : item.key;
        const above = item.dash ? 'the list item' : (keyOf(lines[first]!) ?? 'the line');
        // No field: it names the item above, and this line is meant as another.
        problems.push({
          ...at(node.range[0], [], `${indented(rowOf(lines[n]!).indent)}, more than ${above} above it, so YAML reads it as more of that text ("${short(node.value)}") instead of an item of its own`, lineUp(item.dash ? 'the "- " above it' : above, column)),
          line: n + 1 + (place.frontmatter ? 1 : 0),
        });
        break;
      }
    }
  };
  walk(doc.contents as Node | null, []);
  return problems;
}

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37).trimEnd()}...` : text);

const spaces = (n: number) => (n === 1 ? '1 space' : `${n} spaces`);
const indented = (n: number) => (n === 0 ? 'is not indented' : `is indented by ${spaces(n)}`);
/** The fix for a line at the wrong column: line it up with `name`, which is at `column`. */
const lineUp = (name: string, column: number) => (column === 0 ? `remove the spaces before it, as ${name} has none` : `line it up with ${name}: indent it by ${spaces(column)}`);
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');

/** Where a line's text starts (indent) and where the name or value after any "- " starts (key). */
function rowOf(line: string) {
  const [, indent = '', dashes = ''] = /^( *)((?:- +)*)/.exec(line)!;
  return { indent: indent.length, key: indent.length + dashes.length, dash: dashes !== '' };
}

/**
 * How far this file indents a group of fields (or a list) under the field that holds it: what most
 * of its groups do, so that one line out of place can be told from the lines around it.
 */
function indentStep(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  let holder: number | undefined;
  for (const line of lines) {
    if (!isContent(line)) continue;
    const step = holder === undefined ? 0 : rowOf(line).indent - holder;
    if (step > 0) counts.set(step, (counts.get(step) ?? 0) + 1);
    // A name with nothing after its colon holds the lines below it.
    holder = /^\s*(?:-\s+)?[^\s:#][^:]*:\s*(?:#.*)?$/.test(line) ? rowOf(line).key : undefined;
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}

/** Lines that line up above a line: each group's column, its first and nearest lines, and the line that holds it. */
interface Group {
  column: number;
  list: boolean;
  first: number;
  nearest: number;
  /** The field that holds the group, or the "- " that starts a list item holding fields; none at the top of the file. */
  holder?: number;
}

function groupsAbove(lines: readonly string[], n: number): Group[] {
  const groups: Group[] = [];
  for (let i = n - 1; i >= 0; i--) {
    if (!isContent(lines[i]!)) continue;
    const row = rowOf(lines[i]!);
    const inner = groups.at(-1);
    if (inner && row.indent > inner.column) continue;
    if (inner && row.indent === inner.column && row.dash === inner.list) {
      inner.first = i;
      continue;
    }
    if (inner && inner.holder === undefined) inner.holder = i;
    // A list item's first field is on the line of its "- ": it starts the item's group of fields.
    if (row.dash && inner && !inner.list && row.key === inner.column) inner.first = i;
    else if (row.dash) groups.push({ column: row.key, list: false, first: i, nearest: i, holder: i });
    groups.push({ column: row.indent, list: row.dash, first: i, nearest: i });
  }
  return groups;
}

const nameOf = (line: string) => (rowOf(line).dash ? 'the list item' : (keyOf(line) ?? 'the line'));

/**
 * A line that lines up with no group above it, which the parser reports where it notices, often a
 * line later: the line at fault is the one at odds with how this file indents, so a first line
 * indented too far is named rather than the correct line after it.
 */
function indentMistake(lines: readonly string[], n: number): { line: number; message: string; fix: string } | undefined {
  const row = rowOf(lines[n] ?? '');
  const candidates = groupsAbove(lines, n).filter((g) => g.list === row.dash);
  if (!candidates.length) return undefined;
  // The nearest column; between two as near, the deeper, as a line usually belongs with the one above it.
  const group = candidates.reduce((best, g) => (Math.abs(g.column - row.indent) < Math.abs(best.column - row.indent) ? g : best));
  const holder = group.holder === undefined ? undefined : rowOf(lines[group.holder]!);
  const expected = holder === undefined ? 0 : holder.dash && !group.list ? holder.key : holder.key + indentStep(lines);
  const here = nameOf(lines[n]!);
  if (group.column !== expected && row.indent === expected) {
    return {
      line: group.first + 1,
      message: `${indented(group.column)}, but ${here} below it ${indented(row.indent)}`,
      fix: lineUp(here, row.indent),
    };
  }
  const above = nameOf(lines[group.nearest]!);
  return {
    line: n + 1,
    message: `${indented(row.indent)}, but ${above} above it ${indented(group.column)}`,
    fix: lineUp(above, group.column),
  };
}

/** `key: value` followed by a line indented further, which YAML reads as more of that value. */
function overIndented(lines: readonly string[], n: number) {
  const row = rowOf(lines[n]!);
  const key = keyOf(lines[n]!);
  for (let i = n + 1; i < lines.length; i++) {
    if (!isContent(lines[i]!)) continue;
    const next = rowOf(lines[i]!);
    if (next.indent <= row.key || !key) return undefined;
    if (!keyOf(lines[i]!)) continue;
    return {
      line: i + 1,
      message: `${indented(next.indent)}, more than ${key} above it, so YAML reads it as part of the value of ${key}`,
      fix: `${lineUp(key, row.key)}; if it is text that belongs to ${key}, put the whole value in double quotes`,
    };
  }
  return undefined;
}

/** A value in quotation marks with the same mark inside it: the value ends at the inner one. */
function innerQuotes(line: string) {
  const key = keyOf(line);
  const value = line.replace(/^\s*(?:-\s+)?(?:[^\s:#"'][^:]*?:\s+)?/, '').trimEnd();
  const outer = value[0];
  if (outer !== '"' && outer !== "'") return undefined;
  const inner = value.slice(1, value.length > 1 && value.endsWith(outer) ? -1 : undefined);
  const example = (quoted: string) => (key ? `${key}: ${quoted}` : quoted);
  return outer === '"'
    ? {
        message: 'has quotation marks inside a value that is itself in double quotation marks, so the value ends at the second one',
        fix: `put single quotation marks around the value instead, such as ${example(`'${inner.replace(/'/g, "''")}'`)}, or leave out the inner quotation marks`,
      }
    : {
        message: 'has an apostrophe or single quotation mark inside a value that is itself in single quotation marks, so the value ends there',
        fix: inner.includes('"') ? `write each single quotation mark inside the value twice, such as ${example(`'${inner.replace(/'/g, "''")}'`)}` : `put double quotation marks around the value instead, such as ${example(`"${inner}"`)}`,
      };
}

function parserMistake(error: YAMLError, lines: readonly string[], text: string, lineCounter: LineCounter): { line: number; message: string; fix: string } {
  const at = lineCounter.linePos(error.pos[0]);
  const n = at.line - 1;
  const line = lines[n] ?? '';
  const key = keyOf(line);
  const startsLine = line.slice(0, at.col - 1).trim() === '';
  const here = (problem: { message: string; fix: string }) => ({ line: at.line, ...problem });
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const name = /^[^\s:,{}[\]#]+/.exec(text.slice(error.pos[0]))?.[0] ?? key ?? 'this';
      return here({ message: `has the field "${name}" a second time`, fix: 'keep one of them and delete the other' });
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      if (/block sequence/.test(error.message)) return indentMistake(lines, n) ?? here(misaligned);
      const value = line.slice(line.indexOf(':') + 1).trim();
      if (key && /:(\s|$)/.test(value)) {
        return here({ message: `has a colon followed by a space inside the value of "${key}"`, fix: `put the whole value in double quotes, such as ${key}: "${value.replace(/"/g, "'")}"` });
      }
      return overIndented(lines, n) ?? here(key ? misaligned : notAField);
    }
    case 'MISSING_CHAR':
      if (/^Missing closing/.test(error.message)) {
        // The parser notices a missing closing quote where the text ends; the editor needs the line it opened on.
        const opened = error.message.includes("'") ? lines.findIndex((l) => /^\s*(?:-\s+)?(?:[^\s:#'][^:]*:\s+)?'/.test(l) && (l.replace(/''/g, '').match(/'/g) ?? []).length % 2 === 1) : lines.findIndex((l) => (l.replace(/\\"/g, '').match(/"/g) ?? []).length % 2 === 1);
        return { line: 1 + Math.max(0, opened), message: 'opens a quotation mark that is never closed', fix: 'add the closing quotation mark at the end of the value' };
      }
      if (/without - indicator/.test(error.message)) return indentMistake(lines, n) ?? here(misaligned);
      if (/followed by map values/.test(error.message)) return here(notAField);
      break;
    case 'BAD_INDENT':
      if (/All (mapping|sequence) items/.test(error.message)) return indentMistake(lines, n) ?? here(misaligned);
      return here(misaligned);
    case 'UNEXPECTED_TOKEN': {
      const before = line.slice(0, at.col - 1).trimEnd();
      const quotes = /["']$/.test(before) ? innerQuotes(line) : undefined;
      if (quotes) return here(quotes);
      if (startsLine) return indentMistake(lines, n) ?? here(misaligned);
      return here(misaligned);
    }
  }
  const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  return here({ message: `has a formatting error in its fields: ${reason}`, fix: 'check the indentation, and put quotes around a value that contains a colon followed by a space' });
}

const misaligned = { message: 'is indented differently from the lines around it', fix: 'line up the fields of one group with the same number of spaces, and start list items with "- " at the same column' };
const notAField = { message: 'is not a field', fix: 'write a name, a colon and a space, then the value, such as title: Senior Backend Engineer' };

/**
 * The parser's complaints about a document, or none: then `shapeMistakes` looks at what it parsed
 * to. Its first complaint names the mistake; what follows it is mostly the same mistake seen from
 * further on, so only a field written twice, which is a mistake of its own each time, is added.
 */
export function parserMistakes(file: string, text: string, doc: Document, lineCounter: LineCounter, lineOffset: number): Problem[] {
  const lines = text.split(/\r?\n/);
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const reported = errors.filter((error, i) => i === 0 || error.code === 'DUPLICATE_KEY');
  const problems = reported.map((error) => ({ file, ...parserMistake(error, lines, text, lineCounter), severity: 'error' as const }));
  const seen = new Set<string>();
  return problems.map((p) => ({ ...p, line: p.line + lineOffset })).filter((p) => !seen.has(`${p.line} ${p.message}`) && seen.add(`${p.line} ${p.message}`));
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
