/** Every step of a career path joins two pages that exist, and never loops onto itself. */
import { fieldName, valuesIn } from '../../problems/field-name.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { dropUndefinedLine, missing } from './references.ts';

export function checkCareerPaths(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const nodes = [...content.ids.roles, ...content.ids.levels];
  const known = new Set(nodes);
  for (const path of content.careerPaths) {
    const seen = new Set<string>();
    path.data.steps.forEach((step, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!known.has(step[end])) {
          problems.push(missing(path.file, path.locate(['steps', i, end]), fieldName(['steps', i, end], valuesIn(path.data)), step[end], nodes, 'content/roles/ or content/levels/'));
        }
      }
      if (step.from === step.to) {
        problems.push(dropUndefinedLine({
          file: path.file,
          line: path.locate(['steps', i, 'to']),
          field: fieldName(['steps', i, 'to'], valuesIn(path.data)),
          message: `is the same as from (${step.from})`,
          fix: 'a step must lead somewhere else; change to, or delete the step',
          severity: 'error',
        } as Problem));
      }
      const key = `${step.from} -> ${step.to}`;
      if (seen.has(key)) {
        problems.push(dropUndefinedLine({
          file: path.file,
          line: path.locate(['steps', i]),
          field: fieldName(['steps', i], valuesIn(path.data)),
          message: `repeats the step ${key}`,
          fix: 'delete the repeated step or merge its changes into the first one',
          severity: 'error',
        } as Problem));
      }
      seen.add(key);
    });
  }
  return problems;
}
