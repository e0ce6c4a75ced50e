/** The content check: load everything, then run every cross-entry rule, and return all problems. */
import type { Problem } from '../problems/problem.ts';
import { loadContent, type LoadedContent } from './load-content.ts';
import { checkCareerPaths } from './rules/career-paths.ts';
import { checkLevels } from './rules/levels.ts';
import { checkMdx } from './rules/mdx.ts';
import { checkProse } from './rules/prose.ts';
import { checkReferences } from './rules/references.ts';
import { checkSite } from './rules/site.ts';
import { checkTemplateTokens } from './rules/templates.ts';

export const rules: ((content: LoadedContent) => Problem[] | Promise<Problem[]>)[] = [
  checkSite,
  checkReferences,
  checkLevels,
  checkCareerPaths,
  checkTemplateTokens,
  checkMdx,
  checkProse,
];

export async function checkHandbook(root: string): Promise<{ content: LoadedContent; problems: Problem[] }> {
  const { content, problems } = await loadContent(root);
  for (const rule of rules) problems.push(...(await rule(content)));
  return { content, problems };
}
