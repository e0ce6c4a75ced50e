/**
 * Drops whole-line comments, indentation and blank lines: all the minifying the hand-written
 * src/scripts/site.js needs, whose code is written so that this is safe.
 */
export function compactScript(code: string): string {
  return code
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
}
