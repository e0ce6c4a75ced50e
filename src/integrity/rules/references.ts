/** Astro's reference() accepts any id; these rules make a link to a missing entry fail the build. */
import { didYouMean } from '../../lib/did-you-mean.ts';
import { problemAt, type FieldSource } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import type { Checked } from '../checked.ts';

export function checkReferences(content: Checked): Problem[] {
  const problems: Problem[] = [];
  const roleIds = [...content.ids.roles];
  const levelIds = [...content.ids.levels];
  const [isRole, isLevel] = [new Set(roleIds), new Set(levelIds)];
  const drafts = draftIds(content);
  /** A published page that points to a draft loses what it points to on the site, without a word. */
  const toDraft = (source: FieldSource, path: PropertyKey[], id: string, what: string) =>
    problems.push(problemAt(source, path, { message: `points to "${id}", which is a draft, so ${what} would not appear on the site`, fix: `publish ${id} (status: published) or point somewhere else` }));

  for (const level of content.levels) {
    const roleId = level.data.role.id;
    const folder = level.id.split('/')[0]!;
    if (!isRole.has(roleId)) {
      problems.push(missing(level, ['role'], roleId, roleIds, 'content/roles/'));
    } else if (roleId !== folder) {
      problems.push(
        problemAt(level, ['role'], {
          message: `is "${roleId}" but the file is in the folder content/levels/${folder}/`,
          fix: `move the file to content/levels/${roleId}/ or set role to ${folder}`,
        }),
      );
    }
  }

  for (const faq of content.faqs) {
    const published = content.onSite.has(faq.file);
    faq.data.roles.forEach((ref, i) => {
      if (!isRole.has(ref.id)) problems.push(missing(faq, ['roles', i], ref.id, roleIds, 'content/roles/'));
      else if (published && drafts.has(ref.id)) toDraft(faq, ['roles', i], ref.id, 'the question');
    });
    faq.data.levels.forEach((ref, i) => {
      if (!isLevel.has(ref.id)) problems.push(missing(faq, ['levels', i], ref.id, levelIds, 'content/levels/'));
      else if (published && drafts.has(ref.id)) toDraft(faq, ['levels', i], ref.id, 'the question');
    });
  }
  for (const path of content.careerPaths) {
    if (!content.onSite.has(path.file)) continue;
    path.data.steps.forEach((step, i) => {
      for (const end of ['from', 'to'] as const) {
        if (drafts.has(step[end])) toDraft(path, ['steps', i, end], step[end], 'this step');
      }
    });
  }
  return problems;
}

export function missing(source: FieldSource, path: PropertyKey[], id: string, known: string[], folder: string): Problem {
  const suggestion = didYouMean(id, known);
  return problemAt(source, path, {
    message: `points to "${id}", which does not exist`,
    fix: suggestion ? `did you mean ${suggestion}?` : `use the name of a file in ${folder} without .mdx (one of: ${known.join(', ') || 'none yet'})`,
  });
}

/** Ids of the roles and levels the site leaves out as drafts: their own, or (a level) their role's. */
export const draftIds = (content: Checked): Set<string> => new Set([...(content.handbook?.roles ?? []), ...(content.handbook?.levels ?? [])].filter((r) => r.draft).map((r) => r.id));
