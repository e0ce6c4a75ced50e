/**
 * The job architecture: the pay table is whole and its bands rise with the grades in every zone;
 * every level names a grade that exists; career steps move between grades as their kind says.
 */
import { problemAt, type FieldSource } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { payTableFile } from '../../schemas/collections.ts';
import type { PayTable } from '../../schemas/pay.ts';
import { zoneChoices } from '../pay-zones.ts';
import { settingsFiles } from '../settings-files.ts';
import { missing } from './references.ts';

export function checkPay(content: LoadedContent): Problem[] {
  const pay = content.pay;
  if (!pay) return [];
  return [...checkTable(pay, settingsFiles(content).pay), ...checkLevelGrades(content, pay), ...checkSteps(content, pay)];
}

const share = (n: number) => `${Math.round(n * 100)}%`;

function checkTable(pay: PayTable, table: FieldSource): Problem[] {
  const problems: Problem[] = [];
  const zoneIds = pay.zones.map((z) => z.id);

  for (const [list, what] of [
    [pay.zones, 'zones'],
    [pay.grades, 'grades'],
  ] as const) {
    list.forEach((item, i) => {
      if (list.findIndex((other) => other.id === item.id) < i) problems.push(problemAt(table, [what, i, 'id'], { message: `(${item.id}) is used twice`, fix: `give each of the ${what} its own id` }));
    });
  }
  if (!zoneIds.includes(pay.defaultZone)) {
    problems.push(problemAt(table, ['defaultZone'], { message: `(${pay.defaultZone}) is not one of the zones`, fix: `use one of: ${zoneChoices(pay.zones)}` }));
  }

  // A zone most grades lack is a zone just added: one message at the zone, not one per grade.
  pay.zones.forEach((zone, z) => {
    const lacking = pay.grades.filter((grade) => !grade.bands[zone.id]);
    if (lacking.length < 2) return;
    const names = lacking.length === pay.grades.length ? 'any grade' : `${lacking.length} grades (${lacking.map((grade) => grade.id).join(', ')})`;
    problems.push(problemAt(table, ['zones', z], { message: `has no band in ${names}`, fix: `add ${zone.id}: { min: …, max: … } in ${zone.currency} under bands: in each of them` }));
  });

  pay.grades.forEach((grade, g) => {
    for (const zone of pay.zones) {
      const alone = pay.grades.filter((other) => !other.bands[zone.id]).length === 1;
      if (!grade.bands[zone.id] && alone) problems.push(problemAt(table, ['grades', g, 'bands'], { message: `has no band for the zone ${zone.id} (${zone.name})`, fix: `add ${zone.id}: { min: …, max: … } in ${zone.currency}` }));
    }
    for (const id of Object.keys(grade.bands)) {
      if (!zoneIds.includes(id)) {
        problems.push(problemAt(table, ['grades', g, 'bands', id], { message: 'is not one of the zones', fix: `delete it if the zone is gone, or use one of: ${zoneChoices(pay.zones)}` }));
      }
    }
    const lower = pay.grades[g - 1];
    if (!lower) return;
    for (const zone of pay.zones) {
      const [a, b] = [lower.bands[zone.id], grade.bands[zone.id]];
      if (!a || !b) continue;
      const path = ['grades', g, 'bands', zone.id];
      if (b.min < a.min || b.max < a.max) {
        problems.push(problemAt(table, path, { message: `(${b.min}–${b.max}) does not rise above ${lower.id} (${a.min}–${a.max})`, fix: `a higher grade must start and end higher than the grade below it in every zone` }));
        continue;
      }
      const overlap = Math.max(0, a.max - b.min) / Math.max(1, a.max - a.min);
      if (overlap > pay.maxOverlap) {
        problems.push(
          problemAt(table, path, {
            message: `overlaps ${share(overlap)} of the ${lower.id} band below it, more than the ${share(pay.maxOverlap)} maxOverlap allows`,
            fix: `raise min above ${Math.ceil(a.max - pay.maxOverlap * (a.max - a.min))}, or allow more overlap with maxOverlap`,
          }),
        );
      }
    }
  });
  return problems;
}

function checkLevelGrades(content: LoadedContent, pay: PayTable): Problem[] {
  const problems: Problem[] = [];
  const gradeIds = pay.grades.map((g) => g.id);
  const zoneIds = pay.zones.map((z) => z.id);
  for (const level of content.levels) {
    if (!gradeIds.includes(level.data.grade)) problems.push(missing(level, ['grade'], level.data.grade, gradeIds, `the grades of ${payTableFile}`));
    for (const id of Object.keys(level.data.payException?.bands ?? {})) {
      if (zoneIds.includes(id)) continue;
      problems.push(
        problemAt(level, ['payException', 'bands', id], {
          message: `is a band for the zone "${id}", which ${payTableFile} does not have`,
          fix: `delete it if the zone is gone, or use one of: ${zoneChoices(pay.zones)}`,
        }),
      );
    }
  }
  return problems;
}

/** A promotion goes up a grade, a lateral move keeps it, a track switch keeps it or says why not. */
function checkSteps(content: LoadedContent, pay: PayTable): Problem[] {
  const problems: Problem[] = [];
  const rank = new Map(pay.grades.map((g, i) => [g.id, i]));
  const gradeOf = new Map(content.levels.map((l) => [l.id, l.data.grade]));
  for (const path of content.careerPaths) {
    path.data.steps.forEach((step, i) => {
      const [from, to] = [gradeOf.get(step.from), gradeOf.get(step.to)];
      const [a, b] = [from && rank.get(from), to && rank.get(to)];
      if (typeof a !== 'number' || typeof b !== 'number') return;
      const wrong =
        step.kind === 'promotion' && b <= a
          ? { message: `goes from ${step.from} (${from}) to ${step.to} (${to}), which is not a higher grade`, fix: 'a promotion moves to a higher grade: make it a lateral move, or correct the grades' }
          : step.kind === 'lateral' && a !== b
            ? { message: `is a lateral move from ${from} to ${to}, a different grade`, fix: b > a ? 'a move up a grade is a promotion: change kind to promotion' : 'a lateral move keeps the grade: correct the grades, or describe the step as it is' }
            : step.kind === 'track-switch' && a !== b && !step.reason
              ? { message: `switches track from ${from} to ${to}, a different grade, without saying why`, fix: 'add a reason: one sentence on why this switch changes the grade' }
              : undefined;
      if (wrong) problems.push(problemAt(path, ['steps', i, 'kind'], wrong));
    });
  }
  return problems;
}
