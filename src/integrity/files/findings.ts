/**
 * What each content file says on its own, found once per file: the template, pay, MDX, section,
 * wording and job-ad line rules. The result depends only on the file and the settings passed in,
 * so it can be found in a worker thread and kept in the cache; the rules across files (a component
 * naming a level, an image in public/, a place named beside a pay figure) judge it afterwards in
 * the main thread.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from '../../problems/problem.ts';
import { bodyFeatures } from '../../render/markdown.ts';
import { tooDeep } from '../../schemas/body.ts';
import type { SourceFile } from '../../reader/frontmatter.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import type { AdChecks } from '../../schemas/hiring.ts';
import { adLineFindings, isAdFile, type Waiver } from '../rules/job-ads.ts';
import { mdxFindings, TooDeep, type MdxFinding, type Node } from '../rules/mdx.ts';
import { payAmountsIn } from '../rules/pay-in-prose.ts';
import { payBlocks, type PayBlock } from '../rules/pay-places.ts';
import { proseProblems } from '../rules/prose.ts';
import { sectionProblems } from '../rules/sections.ts';
import { templateTokensIn } from '../rules/templates.ts';

export interface FileInput extends Pick<SourceFile, 'file' | 'raw' | 'body' | 'bodyLine'> {
  /** The collection of a valid entry; absent for a file whose fields are wrong. */
  collection?: CollectionName;
}

/** The settings that change what a file's own rules say. */
export interface FileSettings {
  currencies: string[];
  /** Absent without valid hiring defaults: then no ad lines are judged. */
  adChecks?: AdChecks;
}

export interface FileFindings {
  templates: Problem[];
  payInProse: Problem[];
  mdx: MdxFinding[];
  payBlocks: PayBlock[];
  prose: Problem[];
  sections: Problem[];
  adLines: { problems: Problem[]; waivers: Waiver[] };
}

export async function fileFindings(input: FileInput, settings: FileSettings): Promise<FileFindings> {
  // Parsed once for the MDX and the section rules alike.
  let parsed: { tree: Node } | { error: unknown };
  try {
    parsed = { tree: mdxToMdast(input.body, { features: bodyFeatures, position: true }) as Node };
  } catch (error) {
    parsed = { error };
  }
  // The rules below walk the tree; one nested past any sense is one problem, and not walked.
  const deep = 'tree' in parsed ? tooDeep(parsed.tree) : undefined;
  if (deep) parsed = { error: new TooDeep(deep.position?.start.line ?? 1) };
  return {
    templates: templateTokensIn(input),
    payInProse: payAmountsIn(input, settings.currencies),
    mdx: mdxFindings(input, parsed),
    payBlocks: 'tree' in parsed ? payBlocks(parsed.tree, input) : [],
    prose: await proseProblems(input),
    // The MDX rule reports what cannot be parsed.
    sections: 'tree' in parsed ? sectionProblems(parsed.tree, input, input.collection) : [],
    adLines: settings.adChecks && isAdFile(input.file) ? adLineFindings(input, settings.adChecks) : { problems: [], waivers: [] },
  };
}
