/** A job ad leaves out role-wide points by their opening words; a typo there would leave them in unseen. */
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';

export function checkAds(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const roles = new Map(content.roles.map((r) => [r.id, r]));
  const owners = [...content.roles.map((r) => ({ entry: r, role: r })), ...content.levels.map((l) => ({ entry: l, role: roles.get(l.data.role.id) }))];
  for (const { entry, role } of owners) {
    if (!role) continue;
    const points = [...role.data.responsibilities, ...role.data.requirements, ...role.data.niceToHaves].map((p) => p.toLowerCase());
    (entry.data.ad?.omit ?? []).forEach((words, i) => {
      const start = words
        .toLowerCase()
        .replace(/[.…]+$/, '')
        .trim();
      if (points.some((p) => p.startsWith(start))) return;
      problems.push(
        problemAt(entry, ['ad', 'omit', i], {
          message: `("${words}") is not how any of the role's responsibilities, requirements or nice-to-haves starts`,
          fix: `copy the opening words of the point to leave out from ${role.file}`,
        }),
      );
    });
  }
  return problems;
}
