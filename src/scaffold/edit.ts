/**
 * The smallest edits to an editor's existing file: one line added to its frontmatter, or one
 * number changed. Every other byte, line endings included, stays as the editor wrote it. Where
 * the fields end is the reader's split (src/reader/fences.ts), never a guess of this module's:
 * a file the reader cannot split is refused with the reader's words, and nothing is written.
 */
import { formatProblem } from '../problems/problem.ts';
import { splitFrontmatter, type Split } from '../reader/fences.ts';
import { ScaffoldError } from './error.ts';

/** The line ending the file already uses, so an added line matches its neighbours. */
const newlineOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

function fieldsOf(file: string, text: string): Split {
  const split = splitFrontmatter(file, text);
  if (!split.ok) throw new ScaffoldError(`${formatProblem(split.problems[0]!)} Nothing was changed; fix that first, then run npm run new again`);
  return split.value;
}

/** Adds `line` as the last line of the frontmatter, just above its closing `---`. */
export function addFrontmatterLine(file: string, text: string, line: string): string {
  const { closeStart } = fieldsOf(file, text);
  return `${text.slice(0, closeStart)}${line}${newlineOf(text)}${text.slice(closeStart)}`;
}

/** Changes the number of the frontmatter's top-level `order:` line, and nothing else. */
export function setOrder(file: string, text: string, order: number): string {
  const { fieldsStart, closeStart } = fieldsOf(file, text);
  // Lines start after \n only: the `m` flag would also start one after \r or U+2028, inside a value.
  const match = /(?:^|\n)(order:[ \t]*)(\d+)/.exec(text.slice(fieldsStart, closeStart));
  if (!match) throw new ScaffoldError(`${file} has no order line among its fields; add one, such as order: 3, then run npm run new again`);
  const start = fieldsStart + match.index + match[0].length - match[2]!.length;
  return `${text.slice(0, start)}${order}${text.slice(start + match[2]!.length)}`;
}
