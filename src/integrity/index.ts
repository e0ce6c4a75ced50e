/**
 * The content check: read everything with the one reader, find each file's own problems, build
 * the read model once, run every cross-entry rule, return all problems with what they were found
 * in (the collections' loader renders bodies with that same model; --report reads it too). Each
 * problem carries the name of the rule that found it, which the report counts problems by.
 */
import { handbookOf } from '../handbook/build.ts';
import { append } from '../lib/lists.ts';
import { ofRule, type Problem } from '../problems/problem.ts';
import { readContent } from '../reader/content.ts';
import { readSettings, type Settings } from '../reader/settings.ts';
import type { Checked } from './checked.ts';
import { findFileFindings, type FileCheckOptions } from './files/run.ts';
import { checkAdLanguages } from './rules/ad-languages.ts';
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
import { checkTranslations } from './rules/translations.ts';
import { checkUnlinked } from './rules/unlinked.ts';

export type { Checked } from './checked.ts';

type Rule<C> = (content: C) => Problem[] | Promise<Problem[]>;

/** Every rule across entries, in the order they run, by the name reports give it: its file's in rules/. */
const rules: Record<string, Rule<Checked>> = {
  site: checkSite,
  references: checkReferences,
  levels: checkLevels,
  pay: checkPay,
  'pay-in-prose': checkPayInProse,
  'career-paths': checkCareerPaths,
  ads: checkAds,
  'job-ads': checkJobAds,
  'ad-languages': checkAdLanguages,
  'interview-kits': checkInterviewKits,
  openings: checkOpenings,
  skills: checkSkills,
  'skill-names': checkSkillNames,
  templates: checkTemplateTokens,
  todos: checkTodos,
  mdx: checkMdx,
  'pay-places': checkPayPlaces,
  'public-files': checkPublicFiles,
  prose: checkProse,
  examples: checkExamples,
  review: checkReviews,
  sections: checkSections,
  unlinked: checkUnlinked,
  translations: checkTranslations,
};

/** The rules' names, as problems and reports carry them. */
export const ruleNames = Object.keys(rules);

/**
 * Runs each rule in turn and adds what it finds to `problems`, marked with the rule's name. Added
 * one by one: a rule may find hundreds of thousands (prose across 10,000 levels), more than a
 * spread into push can pass (issue 25).
 */
export async function runRules<C>(ruleSet: Readonly<Record<string, Rule<C>>>, content: C, problems: Problem[]): Promise<Problem[]> {
  for (const [name, rule] of Object.entries(ruleSet)) append(problems, ofRule(name, await rule(content)));
  return problems;
}

/**
 * `given` settings are passed in where they were already read (the build reads them once, in
 * astro.config.ts), with the day to judge dates against; `options` say whether each file's own
 * findings come from the cache and how many threads find the rest.
 */
export async function checkHandbook(root: string, given?: Settings, options?: FileCheckOptions): Promise<{ content: Checked; problems: Problem[] }> {
  const settings = given ?? (await readSettings(root));
  const read = await readContent(root, settings);
  // The settings' problems first, as they are read first.
  const problems = append([...settings.problems], read.problems);
  const handbook = handbookOf(read.content, true);
  const onSite = new Set<string>();
  if (handbook) {
    for (const entry of [...handbook.roles, ...handbook.levels, ...handbook.faqs, ...handbook.careerPaths, ...handbook.openings]) if (!entry.draft) onSite.add(entry.filePath);
  }
  const content: Checked = Object.assign(read.content, { findings: await findFileFindings(read.content, options), handbook, onSite });
  return { content, problems: await runRules(rules, content, problems) };
}
