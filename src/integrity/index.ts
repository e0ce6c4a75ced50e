/**
 * The content check: read everything with the one reader, find each file's own problems, build
 * the read model once, run every cross-entry rule, return all problems with what they were found
 * in (the collections' loader renders bodies with that same model; --report reads it too).
 */
import { handbookOf } from '../handbook/build.ts';
import type { Problem } from '../problems/problem.ts';
import { readContent } from '../reader/content.ts';
import { readSettings, type Settings } from '../reader/settings.ts';
import type { Checked } from './checked.ts';
import { findFileFindings, type FileCheckOptions } from './files/run.ts';
import { checkAds } from './rules/ads.ts';
import { checkCareerPaths } from './rules/career-paths.ts';
import { checkExamples } from './rules/examples.ts';
import { checkInterviewKits } from './rules/interview-kits.ts';
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

export type { Checked } from './checked.ts';

const rules: ((content: Checked) => Problem[] | Promise<Problem[]>)[] = [
  checkSite,
  checkReferences,
  checkLevels,
  checkPay,
  checkPayInProse,
  checkCareerPaths,
  checkAds,
  checkJobAds,
  checkInterviewKits,
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
 * astro.config.ts), with the day to judge dates against; `options` say whether each file's own
 * findings come from the cache and how many threads find the rest.
 */
export async function checkHandbook(root: string, given?: Settings, options?: FileCheckOptions): Promise<{ content: Checked; problems: Problem[] }> {
  const settings = given ?? (await readSettings(root));
  const { content: read, problems } = await readContent(root, settings);
  problems.unshift(...settings.problems);
  const handbook = handbookOf(read, true);
  const onSite = new Set<string>();
  if (handbook) {
    for (const entry of [...handbook.roles, ...handbook.levels, ...handbook.faqs, ...handbook.careerPaths, ...handbook.openings]) if (!entry.draft) onSite.add(entry.filePath);
  }
  const content: Checked = Object.assign(read, { findings: await findFileFindings(read, options), handbook, onSite });
  for (const rule of rules) problems.push(...(await rule(content)));
  return { content, problems };
}
