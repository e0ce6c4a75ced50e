/**
 * What in `npm run build`'s output reads as a warning, apart from the content check's report. The
 * report is for editors and may hold warnings (example content, TODOs); anything else warning in a
 * build is Rolebook's to fix, as an editor cannot tell it from a problem of theirs: the MDX
 * compilation of content once printed some 650 lines of Vite warnings on the shipped handbook.
 */

// Colour codes, should a build be run with FORCE_COLOR.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matches the escape character of terminal colour codes
const ansi = /\u001b\[[0-9;]*m/g;

/** Astro prints the report through the loader's logger: a `[WARN] [rolebook:<collection>]` line, the report, its totals. */
const reportStart = /\[WARN\] \[rolebook:[a-z-]+\]\s*$/;
const reportEnd = /^Content check: /;
/** Its other lines: a file's heading with its counts, a problem under it, a blank line between files. */
const reportLine = /^$|^ {2}(error {2}|warning) |^.+ \(\d+ (errors?|warnings?)(, \d+ warnings?)?\)$/;

/** Vite's and Astro's `[WARN]`, rolldown's `(!)`, Node's `Warning:` and every other line naming a warning. */
const warning = /\bwarn(ing)?s?\b|\(!\)|⚠|deprecat/i;

export function buildWarnings(output: string): string[] {
  const lines = output.replace(ansi, '').split(/\r?\n/);
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = reportStart.test(lines[i]!) ? lines.findIndex((line, j) => j > i && !reportLine.test(line)) : -1;
    // Only lines of the report up to its totals: any other `[rolebook:…]` warning is a warning.
    if (end > i && reportEnd.test(lines[end]!)) i = end;
    else if (warning.test(lines[i]!)) found.push(lines[i]!);
  }
  return found;
}
