/**
 * The settings files, read and validated: content/site.yaml, the pay table (content/pay.yaml) and
 * the hiring defaults (content/hiring.yaml). astro.config.ts reads them once per process and
 * shares them.
 */
import type { z } from 'astro/zod';
import { editorErrorMap, problemsFromZod } from '../problems/from-zod.ts';
import { ofRule, type Problem } from '../problems/problem.ts';
import { hiringFile, payTableFile, siteSettingsFile } from '../schemas/collections.ts';
import { hiringSchema, type Hiring } from '../schemas/hiring.ts';
import { payTableSchema, type PayTable } from '../schemas/pay.ts';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { readYaml, type Read } from './frontmatter.ts';
import { hostDefaults, type HostEnv } from './host.ts';
import { readText } from './text.ts';

export interface Settings {
  site?: SiteSettings;
  pay?: PayTable;
  hiring?: Hiring;
  problems: Problem[];
  /**
   * Each valid file as written, for rules that point at its lines or read them (the job-ad checks).
   * Text rather than locators, so the settings survive serialising for the build's collections and
   * every report names the line, in `npm run check`, the build and `astro dev` alike.
   */
  sources: { site?: string; pay?: string; hiring?: string };
  /**
   * The day of the build or check, YYYY-MM-DD (UTC), read once with the settings: which openings
   * are open, which reviews are overdue and the date pages show all judge against this one day.
   */
  today: string;
}

/** Today as YYYY-MM-DD (UTC). The one reading of the clock: everything else takes Settings.today. */
const buildDay = () => new Date().toISOString().slice(0, 10);

/** `locale` is the handbook's language, whose names of countries and currencies messages understand too. */
async function readSettingsFile<S extends z.ZodType>(root: string, file: string, schema: S, missingFix: string, locale?: string) {
  let text: Read<string>;
  try {
    text = await readText(root, file, 'settings');
  } catch {
    return { problems: ofRule('files', [{ file, message: 'is missing', fix: missingFix, severity: 'error' }]) };
  }
  if (!text.ok) return { problems: ofRule('files', text.problems) };
  const raw = text.value;
  const yaml = readYaml(file, raw);
  if (!yaml.ok) return { problems: ofRule('syntax', yaml.problems) };
  const { data, locate } = yaml.value;
  const result = schema.safeParse(data, { error: editorErrorMap, reportInput: true });
  if (!result.success) return { problems: ofRule('fields', problemsFromZod(result.error.issues, { file, schema, data, locate, locale })) };
  return { value: result.data as z.infer<S>, problems: [] as Problem[], raw };
}

/**
 * `env` says where this runs: on GitHub Actions, shipped example addresses become the fork's own
 * (host.ts). `today` is the day to judge dates against: today, unless a test needs a fixed day.
 */
export async function readSettings(root: string, env: HostEnv = process.env, today = buildDay()): Promise<Settings> {
  const site = await readSettingsFile(root, siteSettingsFile, siteSchema, "restore it from your repository's history, or create it with at least company (name, website, about) and url: the editing guide in the README lists every field");
  const locale = 'value' in site ? site.value?.locale : undefined;
  const [pay, hiring] = await Promise.all([
    readSettingsFile(root, payTableFile, payTableSchema, "restore it from your repository's history: it holds the grades, pay zones and bands every level refers to", locale),
    readSettingsFile(root, hiringFile, hiringSchema, "restore it from your repository's history: it holds what every job ad says about work mode, benefits and the interview process", locale),
  ]);
  return {
    ...('value' in site && site.value ? { site: hostDefaults(site.value, env) } : {}),
    ...('value' in pay && pay.value ? { pay: pay.value } : {}),
    ...('value' in hiring && hiring.value ? { hiring: hiring.value } : {}),
    problems: [...site.problems, ...pay.problems, ...hiring.problems],
    sources: {
      ...('raw' in site ? { site: site.raw } : {}),
      ...('raw' in pay ? { pay: pay.raw } : {}),
      ...('raw' in hiring ? { hiring: hiring.raw } : {}),
    },
    today,
  };
}
