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

// Making a formatter costs far more than using one, and every page formats dates: one per locale.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "2026-11-01" → "1 November 2026" in the site's locale, without time-zone drift. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  let format = formatters.get(locale);
  if (!format) formatters.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}
