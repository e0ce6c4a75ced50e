/**
 * Text taken from content (a file name, a field, a quoted value in a message) as every report
 * prints it: the terminal and the build's report, the page `astro dev` shows, GitHub's annotations
 * and step summary. Content must never act on what shows it, so what could is written out instead.
 *
 * GitHub's runner reads every line a step prints (the runner's ActionCommand.cs): a line that
 * starts with `::` once leading spaces are trimmed is a workflow command (`::error …`,
 * `::stop-commands::token`, which silences every later annotation, or the old `::set-output` and
 * `::set-env`), and so is `##[command]…` anywhere in a line. A line break inside one problem would
 * let content start a line of its own; a terminal obeys escape sequences (ESC [2J clears the
 * screen, a carriage return writes over the line before it); bidirectional controls show text in
 * an order other than the one in the file.
 */

/**
 * Line breaks of every kind (CR, LF, NEL, U+2028, U+2029), every other control character (C0, DEL,
 * C1) and the bidirectional controls. Tabs too: a tab in a link looks like spaces, and the editor
 * looking for what to fix needs to see that it is there. Joiners (U+200C, U+200D) are not here:
 * Persian words and emoji need them.
 */
const unseen = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/gu;
const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `\n`, `\r`, `\t`, or `\u001b` for the rest, as JSON and most editors' search write them. */
const escapeOne = (c: string) => named[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/**
 * Content's text as a report shows it: on one line, with nothing a terminal or GitHub's runner
 * would obey. Backslashes are left as they are, so fixes that quote what to type (`\{`) still read
 * right. Applying it twice changes nothing.
 */
export function visibleText(text: string): string {
  return text.replace(unseen, escapeOne).replaceAll('##[', '#\\u0023[');
}

/**
 * A whole printed line that GitHub's runner cannot read as a command: a `::` that starts it (after
 * any spaces) and any `##[` are written out. For lines that are not our own commands, as a second
 * guard behind visibleText: a heading that begins with a file name, a role's title in the health report.
 */
export function inertLine(line: string): string {
  return visibleText(line).replace(/^(\s*)::/, '$1\\u003a:');
}

/** inertLine for each line of a printed block. */
export const inertLines = (text: string): string => text.split('\n').map(inertLine).join('\n');
