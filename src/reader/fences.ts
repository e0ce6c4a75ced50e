/**
 * The one split of an MDX file into its fields and its body. The check, the build (through the
 * check) and `npm run new` (src/scaffold/edit.ts) all split here, so a line is a field to all of
 * them or to none.
 *
 * The rule is strict so that it also agrees with Astro's MDX compiler, which finds frontmatter
 * with a looser pattern of its own (@astrojs/internal-helpers/frontmatter): after an optional
 * byte order mark, the first line is exactly `---`; the fields end at the next line that is
 * exactly `---`. Astro ends them at the first line that merely starts with `---` or `+++` (and
 * skips blank lines before the opening one), so every such line before ours, and every other
 * spelling of the opening line, is refused rather than read one way here and another there.
 * A Windows line ending (\r\n) is a line ending like \n: `---\r\n` is a fence. Trailing spaces
 * are not forgiven: `--- ` is reported, so no tool has to guess whether it closes the fields.
 */
import type { Problem } from '../problems/problem.ts';
import { visible } from './characters.ts';
import type { Read } from './frontmatter.ts';

export interface Split {
  /** The YAML between the two fences, line endings as written. */
  fields: string;
  /** Everything after the closing fence's line. */
  body: string;
  /** Where the fields start in the text given (after the byte order mark and the opening line). */
  fieldsStart: number;
  /** Where the closing fence's line starts in the text given: a field added there is the last one. */
  closeStart: number;
  /** The closing fence's line; the fields are lines 2 to closeLine - 1 (the opening fence is line 1). */
  closeLine: number;
  /** The body's first line. */
  bodyLine: number;
}

const fence = '---';
const shorten = (text: string) => visible(text.length > 40 ? `${text.slice(0, 37)}...` : text);

/** A line of the text from `start`: its content without the line ending, and where the next begins. */
function lineAt(text: string, start: number): { content: string; next: number | undefined } {
  const end = text.indexOf('\n', start);
  const content = text.slice(start, end < 0 ? text.length : end);
  return { content: content.endsWith('\r') ? content.slice(0, -1) : content, next: end < 0 ? undefined : end + 1 };
}

const problem = (file: string, line: number, message: string, fix: string): Read<never> => ({
  ok: false,
  problems: [{ file, line, message, fix, severity: 'error' } satisfies Problem],
});

export function splitFrontmatter(file: string, text: string): Read<Split> {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const opening = lineAt(text, start);
  if (opening.content !== fence) return problem(file, 1, ...openingMistake(text.slice(start), opening.content));
  let lineStart = opening.next;
  for (let line = 2; lineStart !== undefined; line++) {
    const { content, next } = lineAt(text, lineStart);
    if (content === fence) {
      const fields = text.slice(opening.next, lineStart);
      if (fields.split('\n').every((l) => l.trim() === '' || l.trimStart().startsWith('#'))) {
        return problem(file, line, "is a line of three dashes with no fields above it, so everything below it would be published as the page's text", 'the fields end at the first line of three dashes after the opening one; remove this line, or write the fields above it');
      }
      return { ok: true, value: { fields, body: next === undefined ? '' : text.slice(next), fieldsStart: opening.next!, closeStart: lineStart, closeLine: line, bodyLine: line + 1 } };
    }
    if (content.startsWith(fence) || content.startsWith('+++')) return problem(file, line, ...closingMistake(content));
    lineStart = next;
  }
  return problem(file, 1, 'opens its fields with a line of three dashes, but no line of three dashes closes them', 'add a line of exactly three dashes (---) below the last field');
}

/** Why the first line does not open the fields, and the fix. */
function openingMistake(text: string, first: string): [string, string] {
  const exact = 'so that the first line is exactly ---';
  if (/^[ \t]*$/.test(first) && /^[ \t\r\n]*---/.test(text)) return ['has an empty line above the three dashes that open the fields', `delete it, ${exact}`];
  if (/^[ \t]+---/.test(first)) return ['has spaces before the three dashes that open the fields', `delete them, ${exact}`];
  if (/^----/.test(first)) return [`has ${/^-+/.exec(first)![0].length} dashes where the fields open`, 'make the first line exactly three dashes: ---'];
  if (/^---[ \t]+$/.test(first)) return ['has spaces after the three dashes that open the fields', `delete them, ${exact}`];
  if (first.startsWith(fence)) return [`has "${shorten(first.slice(3))}" after the three dashes that open the fields`, `put it on a line of its own below, ${exact}`];
  if (first.startsWith('+++')) return ['opens its fields with +++, which means fields written in TOML, and the handbook reads YAML', 'write the fields in YAML between two lines of three dashes (---)'];
  return ['has no frontmatter', 'start the file with a line of three dashes (---), the fields, and another line of three dashes'];
}

/** Why a line among the fields that starts like a fence does not close them, and the fix. */
function closingMistake(line: string): [string, string] {
  const first = 'the fields end at the first line of exactly three dashes';
  if (/^----/.test(line)) return [`has ${/^-+/.exec(line)![0].length} dashes where the fields end`, 'make the line exactly three dashes: ---'];
  if (/^---[ \t]+$/.test(line)) return ['has spaces after the three dashes that end the fields', 'delete them, so that the line is exactly ---'];
  if (line.startsWith(fence)) return [`starts with three dashes, as the end of the fields does, and goes on with "${shorten(line.slice(3))}"`, `${first}; make this line exactly --- and put the rest on a line of its own, or remove the line`];
  return ['starts with +++, which the site builder reads as the end of the fields', `${first}; remove the +++`];
}
