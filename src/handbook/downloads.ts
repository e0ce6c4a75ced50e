/**
 * The files published beside each level's page, made from the read model by the views that word
 * them: the job ad as .txt (plain text for any form), .md, .html (a fragment for rich-text editors)
 * and .json (every field, structured), and, where site.yaml makes interview kits public, the kit
 * as Markdown and as a CSV for applicant-tracking systems (internal kits are written by npm run
 * kits, outside the site). src/integrations/downloads.ts writes them into the built site and
 * serves them in astro dev: as routes, each file was a render through Astro's page pipeline,
 * 8,000 of them for 2,000 levels. Each file is in the read model's language and lies under its
 * prefix (de/roles/…/job-ad.md for a German model), where its pages link to it.
 */
import { adHtml, adMarkdown, adText } from '../lib/ad-copy.ts';
import { contentTypeOf } from '../lib/content-types.ts';
import { paths } from '../lib/url.ts';
import { levelAd, type Ad } from './ads.ts';
import type { Handbook, Level } from './model.ts';
import { adFormats, adJson, type AdFormat } from './views/ad.ts';
import { kitCsv, kitMarkdown, levelKit } from './views/kit.ts';

export interface Download {
  /** Where it is in the site, without the base: roles/backend-engineer/senior/job-ad.md, de/roles/… in German */
  path: string;
  /** What it is served as: astro dev sends it, and a host goes by the same extension. */
  type: string;
  text: string;
}

const adFile: Record<AdFormat, (ad: Ad, level: Level, h: Handbook) => string> = {
  txt: (ad, _, h) => adText(ad.copy, h.words),
  md: (ad, _, h) => adMarkdown(ad.copy, h.words),
  html: (ad, _, h) => adHtml(ad.copy, h.words),
  json: (ad, level, h) => `${JSON.stringify(adJson(level, ad, h), null, 2)}\n`,
};

const kitFile = { md: kitMarkdown, csv: kitCsv };

const download = (path: string, text: string): Download => ({ path, type: contentTypeOf(path), text });

/** A level's files, from one ad and one kit, under the model's language's prefix. `base` is the site's, for the ad's link to the level. */
function levelDownloads(level: Level, h: Handbook, base: string): Download[] {
  const { role, slug } = level;
  const at = (path: string) => `${h.locale.prefix}${path}`;
  const ad = levelAd(level, h, {}, base);
  const files = adFormats.map((format) => download(at(paths.adFile(role.id, slug, format)), adFile[format](ad, level, h)));
  if (h.site.interviewKits !== 'public') return files;
  const kit = levelKit(level, h);
  return [...files, ...(['md', 'csv'] as const).map((format) => download(at(paths.kitFile(role.id, slug, format)), kitFile[format](kit)))];
}

/** Every level's files, a level at a time: a large handbook's are never all in memory at once. */
export function* allDownloads(h: Handbook, base: string): Generator<Download> {
  for (const level of h.levels) {
    // A language that leaves out what it has not translated has no page for such a level, so no files beside it.
    if (level.fallback && h.locale.untranslated === 'leave-out') continue;
    yield* levelDownloads(level, h, base);
  }
}

/** The file at a path in the site (without the base), or undefined: only its level's files are made. */
export function downloadAt(h: Handbook, base: string, path: string): Download | undefined {
  if (!path.startsWith(h.locale.prefix)) return undefined;
  const [, role, slug] = /^roles\/([^/]+)\/([^/]+)\/[^/]+$/.exec(path.slice(h.locale.prefix.length)) ?? [];
  const level = h.levels.find((l) => l.role.id === role && l.slug === slug);
  return level && levelDownloads(level, h, base).find((file) => file.path === path);
}
