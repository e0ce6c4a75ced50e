/**
 * A page nobody has checked for a year may describe a team, a process or a tool that has changed.
 * Every entry on the site with a lastReviewed date is held to it; drafts are left alone until
 * published. A date after the check's day has not happened yet.
 */
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { Checked } from '../checked.ts';
import { allEntries } from './entries.ts';

const reviewMonths = 12;

/** The same day `months` months before `day` (YYYY-MM-DD); dates compare as text. */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** Reviewed before the same day twelve months ago. */
export const reviewOverdue = (lastReviewed: string, today: string) => lastReviewed < monthsBefore(today, reviewMonths);

export function checkReviews(content: Checked): Problem[] {
  return allEntries(content).flatMap((entry) => {
    const { lastReviewed } = entry.data;
    if (!lastReviewed) return [];
    if (lastReviewed > content.today) {
      return [problemAt(entry, ['lastReviewed'], { message: `(${lastReviewed}) is in the future`, fix: 'use the date the page was actually checked, today at the latest' })];
    }
    // Drafts are left alone until published.
    if (!content.onSite.has(entry.file) || !reviewOverdue(lastReviewed, content.today)) return [];
    return [
      problemAt(entry, ['lastReviewed'], {
        message: `(${lastReviewed}) is more than ${reviewMonths} months ago`,
        fix: 'read the page against how things are done today, correct what has changed, then set lastReviewed to the day you checked it',
        severity: 'warning',
      }),
    ];
  });
}
