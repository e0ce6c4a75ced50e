/** Every step of a career path joins two pages that exist, and never loops onto itself. */
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { missing } from './references.ts';

export function checkCareerPaths(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const nodes = [...content.ids.roles, ...content.ids.levels];
  const known = new Set(nodes);
  for (const path of content.careerPaths) {
    const seen = new Set<string>();
    path.data.steps.forEach((step, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!known.has(step[end])) {
          problems.push(missing(path, ['steps', i, end], step[end], nodes, 'content/roles/ or content/levels/'));
        }
      }
      if (step.from === step.to) {
        problems.push(
          problemAt(path, ['steps', i, 'to'], {
            message: `is the same as from (${step.from})`,
            fix: 'a step must lead somewhere else; change to, or delete the step',
          }),
        );
      }
      const key = `${step.from} -> ${step.to}`;
      if (seen.has(key)) {
        problems.push(
          problemAt(path, ['steps', i], {
            message: `repeats the step ${key}`,
            fix: 'delete the repeated step or merge its changes into the first one',
          }),
        );
      }
      seen.add(key);
    });
  }
  return problems;
}
