/**
 * One skill under two names (src/integrity/skill-aliases.ts says which names are the same skill):
 * every spelling but the one most roles use is a warning at each place it is written, naming where
 * the chosen spelling is used. A tie goes to the longer, more descriptive name.
 */
import { problemAt, type FieldSource } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { skillKey } from '../skill-aliases.ts';

interface Use {
  name: string;
  role: FieldSource;
  path: PropertyKey[];
}

export function checkSkillNames(content: LoadedContent): Problem[] {
  const uses: Use[] = content.roles.flatMap((role) => role.data.skills.flatMap((group, g) => group.items.map((name, i) => ({ name, role, path: ['skills', g, 'items', i] }))));
  const problems: Problem[] = [];
  // A name with no letters or digits has no key; checkSkills reports it.
  for (const [key, same] of Map.groupBy(uses, (u) => skillKey(u.name))) {
    if (key === '') continue;
    const byName = Map.groupBy(same, (u) => u.name);
    if (byName.size < 2) continue;
    const [chosen, chosenUses] = [...byName].sort(([a, ua], [b, ub]) => ub.length - ua.length || b.length - a.length || a.localeCompare(b))[0]!;
    const where = [...new Set(chosenUses.map((u) => u.role.file))].join(', ');
    for (const use of same.filter((u) => u.name !== chosen)) {
      problems.push(
        problemAt(use.role, use.path, {
          message: `("${use.name}") is the same skill as "${chosen}" in ${where}, so the site shows it as two skills with a page each`,
          fix: `write "${chosen}" here too`,
          severity: 'warning',
        }),
      );
    }
  }
  return problems;
}
