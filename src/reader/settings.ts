/**
 * The settings files, read and validated: content/site.yaml, the pay table (content/pay.yaml) and
 * the hiring defaults (content/hiring.yaml). astro.config.ts reads them once per process and
 * shares them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { editorErrorMap, problemsFromZod } from '../problems/from-zod.ts';
import type { Problem } from '../problems/problem.ts';
import { hiringFile, payTableFile, siteSettingsFile } from '../schemas/collections.ts';
import { hiringSchema, type Hiring } from '../schemas/hiring.ts';
import { payTableSchema, type PayTable } from '../schemas/pay.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { readYaml, type SourceFile } from './frontmatter.ts';
import { hostDefaults, type HostEnv } from './host.ts';

type Locator = SourceFile['locate'];

export interface Settings {
  site?: SiteSettings;
  pay?: PayTable;
  hiring?: Hiring;
  /** content/hiring.yaml as written, for the job-ad checks that read its lines. */
  hiringRaw?: string;
  problems: Problem[];
  /** Where a field is in each file, for rules that judge the settings (absent once serialised for pages). */
  locate?: { site?: Locator; pay?: Locator; hiring?: Locator };
}

async function readSettingsFile<S extends z.ZodType>(root: string, file: string, schema: S, missingFix: string) {
  let raw: string;
  try {
    raw = await readFile(path.join(root, file), 'utf8');
  } catch {
    return { problems: [{ file, message: 'is missing', fix: missingFix, severity: 'error' as const }] };
  }
  const yaml = readYaml(file, raw);
  if (!yaml.ok) return { problems: yaml.problems };
  const { data, locate } = yaml.value;
  const result = schema.safeParse(data, { error: editorErrorMap, reportInput: true });
  if (!result.success) return { problems: problemsFromZod(result.error.issues, { file, schema, data, locate }), locate };
  return { value: result.data as z.infer<S>, problems: [] as Problem[], locate, raw };
}

/** `env` says where this runs: on GitHub Actions, shipped example addresses become the fork's own (host.ts). */
export async function readSettings(root: string, env: HostEnv = process.env): Promise<Settings> {
  const [site, pay, hiring] = await Promise.all([
    readSettingsFile(root, siteSettingsFile, siteSchema, "restore it from your repository's history, or create it with at least company (name, website, about) and url: the editing guide in the README lists every field"),
    readSettingsFile(root, payTableFile, payTableSchema, "restore it from your repository's history: it holds the grades, pay zones and bands every level refers to"),
    readSettingsFile(root, hiringFile, hiringSchema, "restore it from your repository's history: it holds what every job ad says about work mode, benefits and the interview process"),
  ]);
  return {
    ...('value' in site && site.value ? { site: hostDefaults(site.value, env) } : {}),
    ...('value' in pay && pay.value ? { pay: pay.value } : {}),
    ...('value' in hiring && hiring.value ? { hiring: hiring.value, hiringRaw: hiring.raw } : {}),
    problems: [...site.problems, ...pay.problems, ...hiring.problems],
    locate: {
      ...('locate' in site ? { site: site.locate } : {}),
      ...('locate' in pay ? { pay: pay.locate } : {}),
      ...('locate' in hiring ? { hiring: hiring.locate } : {}),
    },
  };
}
