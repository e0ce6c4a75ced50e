/** Every skill gets a page whose address is made from its name, so a name needs letters or digits. */
import { slugify } from '../../lib/slug.ts';
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';

export function checkSkills(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const role of content.roles) {
    role.data.skills.forEach((group, g) => {
      group.items.forEach((name, i) => {
        if (slugify(name) !== '') return;
        problems.push(
          problemAt(role, ['skills', g, 'items', i], {
            message: `("${name}") has no letters or digits, so the skill cannot have a page`,
            fix: 'name the skill in words, such as "Rapid delivery"',
          }),
        );
      });
    });
  }
  return problems;
}
