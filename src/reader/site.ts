/** content/site.yaml, read and validated: astro.config.ts does this once per process and shares it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { editorErrorMap, problemsFromZod } from '../problems/from-zod.ts';
import type { Problem } from '../problems/problem.ts';
import { siteSettingsFile } from '../schemas/collections.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { readYaml } from './frontmatter.ts';

export interface SiteResult {
  site?: SiteSettings;
  problems: Problem[];
  /** Line of a field in site.yaml, for rules that judge the settings (absent once serialised for pages). */
  locate?: (fieldPath: PropertyKey[]) => number | undefined;
}

export async function readSiteSettings(root: string): Promise<SiteResult> {
  const file = siteSettingsFile;
  let raw: string;
  try {
    raw = await readFile(path.join(root, file), 'utf8');
  } catch {
    return { problems: [{ file, message: 'is missing', fix: 'restore it from your repository\'s history, or create it with at least company (name, website, about) and url: the editing guide in the README lists every field', severity: 'error' }] };
  }
  const yaml = readYaml(file, raw);
  if (!yaml.ok) return { problems: yaml.problems };
  const { data, locate } = yaml.value;
  const result = siteSchema.safeParse(data, { error: editorErrorMap, reportInput: true });
  if (!result.success) return { problems: problemsFromZod(result.error.issues, { file, schema: siteSchema, data, locate }) };
  return { site: result.data, problems: [], locate };
}
