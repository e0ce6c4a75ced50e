/**
 * CSV as spreadsheets and applicant-tracking systems read it: UTF-8 with a byte-order mark (so
 * Excel reads the accents), rows ended by CRLF, every cell quoted. A cell that starts with = + - @
 * (or a tab or carriage return) would run as a formula when opened, so it is prefixed with an
 * apostrophe, as OWASP's guidance on CSV injection says. Pure: the build and the browser share it.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** One cell, quoted, with its quotes doubled and a formula start defused. */
function csvCell(value: string): string {
  const text = formulaStart.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The whole file: a header row, then the rows. */
export function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
