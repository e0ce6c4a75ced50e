/** The content check: read everything with the one reader, run every cross-entry rule, return all problems. */
import type { Problem } from '../problems/problem.ts';
import { readContent, type LoadedContent } from '../reader/content.ts';
import { readSettings, type Settings } from '../reader/settings.ts';
import { checkAds } from './rules/ads.ts';
import { checkCareerPaths } from './rules/career-paths.ts';
import { checkJobAds } from './rules/job-ads.ts';
import { checkLevels } from './rules/levels.ts';
import { checkMdx } from './rules/mdx.ts';
import { checkOpenings } from './rules/openings.ts';
import { checkPayInProse } from './rules/pay-in-prose.ts';
import { checkPay } from './rules/pay.ts';
import { checkProse } from './rules/prose.ts';
import { checkReferences } from './rules/references.ts';
import { checkSite } from './rules/site.ts';
import { checkSkills } from './rules/skills.ts';
import { checkTemplateTokens } from './rules/templates.ts';
import { checkTodos } from './rules/todos.ts';

export const rules: ((content: LoadedContent) => Problem[] | Promise<Problem[]>)[] = [
  checkSite,
  checkReferences,
  checkLevels,
  checkPay,
  checkPayInProse,
  checkCareerPaths,
  checkAds,
  checkJobAds,
  checkOpenings,
  checkSkills,
  checkTemplateTokens,
  checkTodos,
  checkMdx,
  checkProse,
];

/** `given` settings are passed in where they were already read (the build reads them once, in astro.config.ts). */
export async function checkHandbook(root: string, given?: Settings): Promise<{ content: LoadedContent; problems: Problem[] }> {
  const settings = given ?? (await readSettings(root));
  const { content, problems } = await readContent(root, settings);
  problems.unshift(...settings.problems);
  for (const rule of rules) problems.push(...(await rule(content)));
  return { content, problems };
}
