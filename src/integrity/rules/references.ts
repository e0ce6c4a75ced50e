/** Astro's reference() accepts any id; these rules make a link to a missing entry fail the build. */
import { didYouMean } from '../../lib/did-you-mean.ts';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';

export function checkReferences(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const roleIds = [...content.ids.roles];
  const levelIds = [...content.ids.levels];

  for (const level of content.levels) {
    const roleId = level.data.role.id;
    const folder = level.id.split('/')[0]!;
    if (!roleIds.includes(roleId)) {
      problems.push(missing(level.file, level.locate(['role']), 'role', roleId, roleIds, 'content/roles/'));
    } else if (roleId !== folder) {
      problems.push({
        file: level.file,
        line: level.locate(['role']),
        field: 'role',
        message: `is "${roleId}" but the file is in the folder content/levels/${folder}/`,
        fix: `move the file to content/levels/${roleId}/ or set role to ${folder}`,
        severity: 'error',
      } as Problem);
    }
  }

  for (const faq of content.faqs) {
    faq.data.roles.forEach((ref, i) => {
      if (!roleIds.includes(ref.id)) problems.push(missing(faq.file, faq.locate(['roles', i]), `roles[${i}]`, ref.id, roleIds, 'content/roles/'));
    });
    faq.data.levels.forEach((ref, i) => {
      if (!levelIds.includes(ref.id)) problems.push(missing(faq.file, faq.locate(['levels', i]), `levels[${i}]`, ref.id, levelIds, 'content/levels/'));
    });
  }
  return problems.map(dropUndefinedLine);
}

export function missing(file: string, line: number | undefined, field: string, id: string, known: string[], folder: string): Problem {
  const suggestion = didYouMean(id, known);
  return dropUndefinedLine({
    file,
    line,
    field,
    message: `points to "${id}", which does not exist`,
    fix: suggestion ? `did you mean ${suggestion}?` : `use the name of a file in ${folder} without .mdx (one of: ${known.join(', ') || 'none yet'})`,
    severity: 'error',
  } as Problem);
}

/** Problems are built with optional lines; exactOptionalPropertyTypes wants absent, not undefined. */
export function dropUndefinedLine(problem: Problem & { line?: number | undefined }): Problem {
  if (problem.line === undefined) delete problem.line;
  return problem;
}
