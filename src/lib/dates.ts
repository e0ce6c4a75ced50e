/** Dates in content are calendar days; time zones must never shift them. */
export function toIsoDate(value: string | Date): string {
  if (typeof value === 'string') return value.trim();
  return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
}

/** True for YYYY-MM-DD strings naming a day that exists (no 2026-02-30, no 2026-13-01). */
export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Building a formatter costs far more than using one, and every page shows a date. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-01" → "1 November 2026" in the site's locale, without time-zone drift. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A date as YYYY-MM-DD, from orders that say which number is the day: 2026/1/31, 31.01.2026, 1/31/2026, 31/1/2026. */
export function isoDateFrom(written: string): string | undefined {
  const text = written.trim();
  const pad = (n: string) => n.padStart(2, '0');
  const real = (y: string, m: string, d: string) => {
    const date = `${y}-${pad(m)}-${pad(d)}`;
    return isRealIsoDate(date) ? date : undefined;
  };
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (yearFirst) return real(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!);
  // Day first with dots, as German and most of Europe write it.
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (dotted) return real(dotted[3]!, dotted[2]!, dotted[1]!);
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!slashed) return undefined;
  const [a, b, year] = [Number(slashed[1]), Number(slashed[2]), slashed[3]!];
  // 03/04/2026 is March or April as the reader's country has it: only a number above 12 says which.
  if (a > 12 && b <= 12) return real(year, slashed[2]!, slashed[1]!);
  if (b > 12 && a <= 12) return real(year, slashed[1]!, slashed[2]!);
  return undefined;
}
