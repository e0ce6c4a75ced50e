/**
 * The health report (`npm run check -- --report`): per role and level, what an HR lead needs to see
 * at a glance: the job ad's coded-word balance and longest sentence, when the page was last
 * reviewed, what is missing, how many problems the check found, how many questions each stage of
 * its interview kit asks; per language, the state of its translation; and every waiver with its reason.
 */
import { append } from '../lib/lists.ts';
import { visibleText as shown } from '../problems/printable.ts';
import type { Problem } from '../problems/problem.ts';
import type { Checked } from './checked.ts';
import { kitCoverage } from './rules/interview-kits.ts';
import { adFindings } from './rules/job-ads.ts';
import { reviewOverdue } from './rules/review.ts';
import { translationReport } from './rules/translations.ts';

export function healthReport(content: Checked, problems: readonly Problem[]): string {
  const { ads, waivers } = adFindings(content);
  const kits = new Map(kitCoverage(content).map((k) => [k.level, k.stages]));
  // Grouped once: looking through every problem for each role and level grows with their product.
  const byFile = Map.groupBy(problems, (p) => p.file);
  const counts = (file: string) => {
    const mine = byFile.get(file) ?? [];
    return `${mine.filter((p) => p.severity === 'error').length} errors, ${mine.filter((p) => p.severity === 'warning').length} warnings`;
  };
  const reviewed = (date: string) => `${date}${reviewOverdue(date, content.today) ? ' (over a year ago)' : ''}`;
  const lines = ['Health report', ''];
  for (const role of [...content.roles].sort((a, b) => a.data.title.localeCompare(b.data.title))) {
    // Titles, reasons and file names are content: one line each, with nothing a terminal or GitHub would obey.
    lines.push(`${shown(role.data.title)} (${shown(role.file)})`, `  reviewed ${reviewed(role.data.lastReviewed)}; ${counts(role.file)}`);
    const levels = content.levels.filter((l) => l.data.role.id === role.id).sort((a, b) => a.data.order - b.data.order);
    levels.forEach((level, i) => {
      const ad = ads.find((a) => a.level === level.id);
      const missing = [...(i > 0 && !level.data.changesFromPrevious ? ['changesFromPrevious'] : []), ...(i < levels.length - 1 && !level.data.toReachNext ? ['toReachNext'] : [])];
      append(lines, [
        `  - ${shown(level.data.title)} (${level.data.grade})`,
        `      job ad: ${ad ? `${ad.balance} (${ad.masculine.length} masculine-coded, ${ad.feminine.length} feminine-coded words); longest sentence ${ad.longestSentence} words` : 'none (draft or invalid)'}`,
        `      reviewed ${reviewed(level.data.lastReviewed)}; missing: ${missing.length ? missing.join(', ') : 'nothing'}; ${counts(level.file)}`,
        ...(kits.has(level.id)
          ? [
              `      interview kit: ${
                kits
                  .get(level.id)!
                  .map((s) => `${shown(s.name)} ${s.questions} question${s.questions === 1 ? '' : 's'}${s.uncovered.length ? ` (none on ${s.uncovered.map(shown).join(', ')})` : ''}`)
                  .join('; ') || 'no stage rates its competencies'
              }`,
            ]
          : []),
      ]);
    });
    lines.push('');
  }
  append(lines, translationReport(content));
  lines.push(`Waived on purpose (${waivers.length})`);
  for (const w of waivers) lines.push(`  ${shown(w.file)}${w.line ? `:${w.line}` : ''}: ${shown(w.words)}: ${shown(w.reason)}`);
  return lines.join('\n');
}
