/** Rules across the levels of one role: a unique order, a ladder for every role, grades that rise with it. */
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { Entry } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';
import type { LevelData } from '../../schemas/level.ts';
import { append } from '../../lib/lists.ts';

type Level = Entry<'levels', LevelData>;

/** Level pages live at /roles/<role>/<level>/, beside these pages of the role itself. */
const reservedLevelNames = ['compare'];

export function checkLevels(content: Checked): Problem[] {
  const problems: Problem[] = [];
  const rank = new Map((content.pay?.grades ?? []).map((g, i) => [g.id, i]));

  const withLevels = new Set([...content.ids.levels].map((id) => id.split('/')[0]));
  for (const role of content.roles) {
    if (!withLevels.has(role.id)) {
      problems.push({
        file: role.file,
        message: 'has no levels',
        fix: `add at least one level as content/levels/${role.id}/<level>.mdx with role: ${role.id}`,
        severity: 'error',
      });
      continue;
    }
    // npm run new writes drafts: a role published before any of its levels has none on the site.
    const levels = content.handbook?.roles.find((r) => r.filePath === role.file)?.levels ?? [];
    if (content.onSite.has(role.file) && levels.length > 0 && levels.every((l) => l.draft)) {
      problems.push(
        problemAt(role, ['status'], {
          message: `is published, but every level of the role is a draft (${levels.map((l) => l.filePath).join(', ')}), so the role's page would show no level`,
          fix: 'publish at least one of them (status: published), or keep the role a draft (status: draft) too',
        }),
      );
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
        problems.push(
          problemAt(level, ['order'], {
            message: `(${order}) is also used by ${others.join(', ')}`,
            fix: `give each level of ${roleId} its own order number`,
          }),
        );
      }
    }

    for (const track of ['ic', 'management'] as const) {
      const ladder = levels.filter((l) => l.data.track === track).sort((a, b) => a.data.order - b.data.order);
      ladder.forEach((level, index) => {
        const below = ladder[index - 1];
        if (below) append(problems, checkGradeRises(below, level, rank));
        if (index > 0 && !level.data.changesFromPrevious) {
          problems.push(
            problemAt(level, [], {
              field: 'changesFromPrevious',
              message: 'is missing',
              fix: `add a list of what changes from ${below!.data.shortTitle} to ${level.data.shortTitle}`,
              severity: 'warning',
            }),
          );
        }
        // npm run new leaves a published level as it is when a draft goes above it: this says what it needs.
        const above = ladder[index + 1];
        if (above && !level.data.toReachNext) {
          problems.push(
            problemAt(level, [], {
              field: 'toReachNext',
              message: 'is missing',
              fix: `add a list of what it takes to reach ${above.data.shortTitle}`,
              severity: 'warning',
            }),
          );
        }
      });
    }
  }
  return problems;
}

/** Up a ladder means up a grade: the pay table, not the level file, decides what a level pays. */
function checkGradeRises(below: Level, level: Level, rank: Map<string, number>): Problem[] {
  const [a, b] = [rank.get(below.data.grade), rank.get(level.data.grade)];
  if (a === undefined || b === undefined || b > a) return [];
  return [
    problemAt(level, ['grade'], {
      message: `(${level.data.grade}) is ${a === b ? 'the same grade as' : 'below the grade of'} ${below.data.shortTitle} (${below.data.grade}, in ${below.file}), the level under it`,
      fix: 'give a more senior level a higher grade in content/pay.yaml, or correct the level order',
    }),
  ];
}
