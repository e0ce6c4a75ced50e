/** Rules across the levels of one role: a unique order, a ladder for every role, bands that rise. */
import type { Problem } from '../../problems/problem.ts';
import type { Entry, LoadedContent } from '../../reader/content.ts';
import { bandCurrency, type LevelData } from '../../schemas/level.ts';
import { dropUndefinedLine } from './references.ts';

type Level = Entry<'levels', LevelData>;

/** Level pages live at /roles/<role>/<level>/, beside these pages of the role itself. */
export const reservedLevelNames = ['compare'];

export function checkLevels(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];

  for (const role of content.roles) {
    const levelFiles = [...content.ids.levels].filter((id) => id.startsWith(`${role.id}/`));
    if (levelFiles.length === 0) {
      problems.push({
        file: role.file,
        message: 'has no levels',
        fix: `add at least one level as content/levels/${role.id}/<level>.mdx with role: ${role.id}`,
        severity: 'error',
      });
    }
  }

  for (const level of content.levels) {
    const name = level.id.split('/')[1]!;
    if (reservedLevelNames.includes(name)) {
      problems.push({
        file: level.file,
        message: `is named "${name}", which the site already uses for the page /roles/${level.data.role.id}/${name}/`,
        fix: `rename the file, for example to ${name}-level.mdx`,
        severity: 'error',
      });
    }
  }

  const byRole = Map.groupBy(content.levels, (l) => l.data.role.id);
  for (const [roleId, levels] of byRole) {
    for (const [order, same] of Map.groupBy(levels, (l) => l.data.order)) {
      if (same.length < 2) continue;
      for (const level of same) {
        const others = same.filter((o) => o !== level).map((o) => o.file);
        problems.push(at(level, ['order'], {
          field: 'order',
          message: `(${order}) is also used by ${others.join(', ')}`,
          fix: `give each level of ${roleId} its own order number`,
        }));
      }
    }

    for (const track of ['ic', 'management'] as const) {
      const ladder = levels.filter((l) => l.data.track === track).sort((a, b) => a.data.order - b.data.order);
      ladder.forEach((level, index) => {
        const below = ladder[index - 1];
        if (below) problems.push(...checkStep(below, level));
        if (index > 0 && !level.data.changesFromPrevious) {
          problems.push(at(level, [], {
            field: 'changesFromPrevious',
            message: 'is missing',
            fix: `add a list of what changes from ${below!.data.shortTitle} to ${level.data.shortTitle}`,
            severity: 'warning',
          }));
        }
      });
    }
  }
  return problems;
}

function checkStep(below: Level, level: Level): Problem[] {
  const problems: Problem[] = [];
  const [a, b] = [below.data.salary, level.data.salary];
  // A band without a currency uses the site's, so comparing with the same fallback on both sides is enough.
  const [currencyA, currencyB] = [bandCurrency(a, 'the site currency'), bandCurrency(b, 'the site currency')];
  if (currencyA !== currencyB || a.period !== b.period) {
    const what = currencyA !== currencyB ? `is in ${currencyB}, but ${below.data.shortTitle} (${below.file}) is in ${currencyA}` : `is paid per ${b.period}, but ${below.data.shortTitle} (${below.file}) per ${a.period}`;
    return [at(level, ['salary', currencyA !== currencyB ? 'currency' : 'period'], {
      field: currencyA !== currencyB ? 'salary.currency' : 'salary.period',
      message: what,
      fix: 'give every level of a role the same currency and period, so their bands can be compared',
    })];
  }
  if (b.min < a.min) {
    problems.push(at(level, ['salary', 'min'], {
      field: 'salary.min',
      message: `(${b.min}) is below the band of ${below.data.shortTitle} (min ${a.min}, in ${below.file})`,
      fix: 'a more senior level must not start lower; raise min or correct the level order',
    }));
  }
  if (b.max < a.max) {
    problems.push(at(level, ['salary', 'max'], {
      field: 'salary.max',
      message: `(${b.max}) is below the top of ${below.data.shortTitle} (max ${a.max}, in ${below.file})`,
      fix: 'a more senior level must not top out lower; raise max or correct the level order',
    }));
  }
  return problems;
}

function at(level: Level, fieldPath: PropertyKey[], problem: Omit<Problem, 'file' | 'severity'> & { severity?: Problem['severity'] }): Problem {
  return dropUndefinedLine({ severity: 'error', ...problem, file: level.file, line: level.locate(fieldPath) } as Problem);
}
