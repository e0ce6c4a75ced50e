/** The content check: read everything with the one reader, run every cross-entry rule, return all problems. */
import type { Problem } from '../problems/problem.ts';
import { readContent, type LoadedContent } from '../reader/content.ts';
import { readSettings, type Settings } from '../reader/settings.ts';
import { checkAds } from './rules/ads.ts';
import { checkCareerPaths } from './rules/career-paths.ts';
import { checkExamples } from './rules/examples.ts';
import { checkJobAds } from './rules/job-ads.ts';
import { checkLevels } from './rules/levels.ts';
import { checkMdx } from './rules/mdx.ts';
import { checkOpenings } from './rules/openings.ts';
import { checkPayInProse } from './rules/pay-in-prose.ts';
import { checkPayPlaces } from './rules/pay-places.ts';
import { checkPublicFiles } from './rules/public-files.ts';
import { checkPay } from './rules/pay.ts';
import { checkProse } from './rules/prose.ts';
import { checkReferences } from './rules/references.ts';
import { checkReviews } from './rules/review.ts';
import { checkSections } from './rules/sections.ts';
import { checkSite } from './rules/site.ts';
import { checkSkillNames } from './rules/skill-names.ts';
import { checkSkills } from './rules/skills.ts';
import { checkTemplateTokens } from './rules/templates.ts';
import { checkTodos } from './rules/todos.ts';
import { checkUnlinked } from './rules/unlinked.ts';
import { findFileFindings, type FileCheckOptions } from './files/run.ts';

const rules: ((content: LoadedContent) => Problem[] | Promise<Problem[]>)[] = [
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
  checkSkillNames,
  checkTemplateTokens,
  checkTodos,
  checkMdx,
  checkPayPlaces,
  checkPublicFiles,
  checkProse,
  checkExamples,
  checkReviews,
  checkSections,
  checkUnlinked,
];

/**
 * `given` settings are passed in where they were already read (the build reads them once, in
 * astro.config.ts); `day` is today unless a test needs a fixed one; `options` say whether
 * each file's own findings come from the cache and how many threads find the rest.
 */
export async function checkHandbook(root: string, given?: Settings, day?: string, options?: FileCheckOptions): Promise<{ content: LoadedContent; problems: Problem[] }> {
  const settings = given ?? (await readSettings(root));
  const { content, problems } = await readContent(root, settings, day);
  problems.unshift(...settings.problems);
  content.findings = await findFileFindings(content, options);
  for (const rule of rules) problems.push(...(await rule(content)));
  return { content, problems };
}
