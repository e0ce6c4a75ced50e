/**
 * The smallest edits to an editor's existing file: one line added to its frontmatter, or one
 * number changed. Every other byte, line endings included, stays as the editor wrote it.
 */

/** The line ending the file already uses, so an added line matches its neighbours. */
const newlineOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** Where the frontmatter's closing `---` line starts, or undefined when the file has none. */
function closingFence(text: string): number | undefined {
  const match = /^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n(?=---\r?\n|---$)/.exec(text);
  return match ? match[0].length : undefined;
}

/** Adds `line` as the last line of the frontmatter, just above its closing `---`. */
export function addFrontmatterLine(text: string, line: string): string {
  const at = closingFence(text);
  if (at === undefined) throw new Error('has no frontmatter between two lines of three dashes');
  return `${text.slice(0, at)}${line}${newlineOf(text)}${text.slice(at)}`;
}

/** Changes the number of the frontmatter's top-level `order:` line, and nothing else. */
export function setOrder(text: string, order: number): string {
  const end = closingFence(text);
  if (end === undefined) throw new Error('has no frontmatter between two lines of three dashes');
  const frontmatter = text.slice(0, end);
  const match = /^(order:[ \t]*)\d+/m.exec(frontmatter);
  if (!match) throw new Error('has no order line');
  const start = match.index + match[1]!.length;
  return `${text.slice(0, start)}${order}${text.slice(match.index + match[0].length)}`;
}
