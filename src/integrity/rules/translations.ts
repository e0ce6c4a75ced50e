/**
 * Translation status, per language of site.yaml: translations out of date (the source's text
 * changed after `translatedFrom` was set), fields left untranslated, lists of items that no longer
 * match their source's, pages not translated yet (a count per language), one English competency
 * area translated two ways, and a language Rolebook has no interface words for.
 */
import { catalogueFor, catalogues } from '../../i18n/catalogue.ts';
import { append } from '../../lib/lists.ts';
import { translationsOf } from '../../i18n/localized.ts';
import { languagesMade, localesOf, type Locale } from '../../i18n/locales.ts';
import { problemAt } from '../../problems/at-field.ts';
import { fieldName, valuesIn } from '../../problems/field-name.ts';
import type { Problem } from '../../problems/problem.ts';
import { hiringFile, payTableFile, siteSettingsFile } from '../../schemas/collections.ts';
import { fingerprintOf, translatedPart, untranslatedPaths } from '../../schemas/translated.ts';
import type { Entry } from '../../reader/content.ts';
import { sourceSchemas, type Translatable, type Translation } from '../../reader/translations.ts';
import type { Checked } from '../checked.ts';

/** What a translation is compared with: the data and body of the file it translates. */
function sourceOf(content: Checked, t: Translation): { data: unknown; body: string } | undefined {
  if (t.collection === 'hiring') return content.hiring ? { data: content.hiring, body: '' } : undefined;
  if (t.collection === 'site') return content.site ? { data: content.site, body: '' } : undefined;
  if (t.collection === 'pay') return content.pay ? { data: content.pay, body: '' } : undefined;
  const entries = content[t.collection] as Entry<never, unknown>[];
  const entry = entries.find((e) => e.id === t.id);
  return entry && { data: entry.data, body: entry.body };
}

/** The translation's status against its source: its fingerprint now, and the fields it leaves in the source's language. */
function translationStatus(content: Checked, t: Translation) {
  const source = sourceOf(content, t);
  if (!source) return undefined;
  const schema = sourceSchemas[t.collection];
  const fingerprint = fingerprintOf(schema, source.data, source.body);
  const untranslated = untranslatedPaths(translatedPart(schema, source.data), t.data).map((path) => (path.length ? fieldName(path, valuesIn(source.data)) : 'every field'));
  if (source.body.trim() && !t.body.trim()) untranslated.push('the text below the fields');
  return { fingerprint, outOfDate: t.translatedFrom !== undefined && t.translatedFrom !== fingerprint, untranslated };
}

const translatable: Exclude<Translatable, 'hiring' | 'site' | 'pay'>[] = ['roles', 'levels', 'faqs', 'careerPaths', 'openings'];

export function checkTranslations(content: Checked): Problem[] {
  const problems: Problem[] = [];
  if (!content.site) return problems;
  const made = languagesMade(content.site);
  const siteSource = { file: siteSettingsFile, locate: content.locate.site, data: content.site };
  for (const [index, t] of (content.site.translations ?? []).entries()) {
    if (made.includes(t)) continue;
    const own = t.locale.toLowerCase() === content.site.locale.toLowerCase();
    problems.push(
      problemAt(siteSource, ['translations', index, 'key'], {
        message: own ? `is in ${t.locale}, the handbook's own language (locale), so it makes no pages` : `is a second translation of the key ${t.key} or the language ${t.locale}, so it makes no pages`,
        fix: own ? `delete this translation from translations, and content/${t.key}/ with it, or translate into another language` : 'give each language one entry',
        severity: 'warning',
      }),
    );
  }
  for (const locale of localesOf(content.site).slice(1))
    checkLanguage(
      content,
      locale,
      (content.site.translations ?? []).findIndex((t) => t.key === locale.key),
      problems,
    );
  return problems;
}

function checkLanguage(content: Checked, locale: Locale, index: number, problems: Problem[]): void {
  const site = content.site!;
  const siteSource = { file: siteSettingsFile, locate: content.locate.site, data: site };
  const key = locale.key!;
  if (pageSections.has(key)) problems.push(problemAt(siteSource, ['translations', index, 'key'], { message: `is also a section of the site (/${key}/), so its pages and the section's would clash`, fix: 'use the language code, such as de or fr' }));
  {
    if (!catalogueFor(locale.tag)) {
      problems.push(
        problemAt(siteSource, ['translations', index, 'locale'], {
          message: `is a language Rolebook has no interface words for yet, so its pages show the English labels around your translation`,
          fix: `add src/i18n/words/${new Intl.Locale(locale.tag).language}.ts (a copy of en.ts with each text translated), or use a language Rolebook has: ${Object.keys(catalogues).join(', ')}`,
          severity: 'warning',
        }),
      );
    }
    const own = translationsOf(content, key);
    for (const t of own.values()) {
      const status = translationStatus(content, t);
      if (!status) continue;
      // A problem about the whole translation goes on its first line, where translatedFrom belongs.
      const at = { file: t.file, locate: (path: PropertyKey[]) => t.locate(path) ?? 1, data: t.data };
      if (t.translatedFrom === undefined) {
        problems.push(
          problemAt(at, [], {
            message: `does not say which version of ${t.source} it translates, so the check cannot tell when that file changes`,
            fix: `add the line translatedFrom: ${status.fingerprint} at the top once it says what ${t.source} says`,
            severity: 'warning',
            field: null,
          }),
        );
      } else if (status.outOfDate) {
        problems.push(
          problemAt({ ...at, locate: (p) => t.locate(p) ?? t.locate([]) }, ['translatedFrom'], {
            message: `is out of date: ${t.source} has changed since this translation was made`,
            fix: `bring the translation up to date with ${t.source}, then set translatedFrom: ${status.fingerprint}`,
            severity: 'warning',
            field: null,
          }),
        );
      }
      if (status.untranslated.length) {
        const shown = status.untranslated.slice(0, 5).join(', ') + (status.untranslated.length > 5 ? ` and ${status.untranslated.length - 5} more` : '');
        problems.push(
          problemAt(at, [], { message: `leaves ${status.untranslated.length === 1 ? 'one part' : `${status.untranslated.length} parts`} of ${t.source} untranslated (${shown}), which show in the default language`, fix: 'translate them here', severity: 'warning', field: null }),
        );
      }
      const source = sourceOf(content, t)!.data as Record<string, unknown>;
      for (const [field, value] of Object.entries(t.data)) {
        const from = source[field];
        if (!Array.isArray(value) || !Array.isArray(from) || !from.some((i) => i && typeof i === 'object') || value.length === from.length) continue;
        problems.push(
          problemAt(at, [field], {
            message: `has ${value.length} items and ${t.source} has ${from.length}, so the page shows ${t.source}'s: a translation gives each item, in the same order`,
            fix: `translate the ${from.length} items of ${t.source}'s ${field}, one for one`,
            severity: 'warning',
          }),
        );
      }
    }
    // One count per language: a handbook being translated has many pages still to do.
    const missing = translatable.flatMap((collection) => (content[collection] as Entry<never, unknown>[]).filter((e) => !own.has(`${collection}/${e.id}`)).map((e) => e.file));
    if (content.hiring && !own.has('hiring/')) missing.push(hiringFile);
    if (!own.has('site/')) missing.push(siteSettingsFile);
    if (content.pay && !own.has('pay/')) missing.push(payTableFile);
    if (missing.length) {
      const shown = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ` and ${missing.length - 3} more` : '');
      problems.push(
        problemAt(siteSource, ['translations', index, 'key'], {
          message: `has ${missing.length === 1 ? 'one file' : `${missing.length} files`} not translated in content/${key}/ yet (${shown}): ${locale.untranslated === 'notice' ? 'their pages show in the default language, with a notice' : 'their pages are left out of this language'}`,
          fix: `translate them into content/${key}/, with the same paths; npm run check -- --report lists them all`,
          severity: 'warning',
          field: `translations ${key}`,
        }),
      );
    }
    append(problems, areaSpellings(content, own));
  }
}

/** The first segments of the site's own pages and files, which no translation's key may take. */
const pageSections = new Set(['roles', 'jobs', 'faq', 'skills', 'search', 'career-paths', 'job-architecture', 'handbook-guide', 'admin', 'pagefind', 'brand', 'site']);

/** One English competency area translated two ways in one language: the comparison and the kits need one name. */
function areaSpellings(content: Checked, own: Map<string, Translation>): Problem[] {
  const names = new Map<string, Map<string, Translation>>();
  for (const level of content.levels) {
    const t = own.get(`levels/${level.id}`);
    const items = t?.data['competencies'] as { area?: string }[] | undefined;
    level.data.competencies.forEach((c, i) => {
      const name = items?.[i]?.area;
      if (!t || !name) return;
      const seen = names.get(c.area) ?? new Map<string, Translation>();
      if (!seen.has(name)) seen.set(name, t);
      names.set(c.area, seen);
    });
  }
  return [...names].flatMap(([area, spellings]) => {
    if (spellings.size < 2) return [];
    const [first, ...others] = [...spellings.keys()];
    return others
      .map((name) => [name, spellings.get(name)!] as const)
      .map(([name, t]) => {
        const i = (content.levels.find((l) => `levels/${l.id}` === `${t.collection}/${t.id}`)?.data.competencies ?? []).findIndex((c) => c.area === area);
        return problemAt({ file: t.file, locate: t.locate, data: t.data }, ['competencies', i, 'area'], { message: `translates "${area}" as "${name}", and another level as "${first}"`, fix: `use one name for it on every level: ${first}`, severity: 'warning' });
      });
  });
}

/** `--report`'s status per language: translated, out of date, untranslated parts, and the files still to translate. */
export function translationReport(content: Checked): string[] {
  if (!content.site) return [];
  const lines: string[] = [];
  for (const locale of localesOf(content.site).slice(1)) {
    const own = translationsOf(content, locale.key!);
    const all = translatable.flatMap((collection) => (content[collection] as Entry<never, unknown>[]).map((e) => ({ file: e.file, key: `${collection}/${e.id}` })));
    if (content.hiring) all.push({ file: hiringFile, key: 'hiring/' });
    all.push({ file: siteSettingsFile, key: 'site/' });
    if (content.pay) all.push({ file: payTableFile, key: 'pay/' });
    const statuses = [...own.values()].map((t) => ({ t, status: translationStatus(content, t) }));
    const outOfDate = statuses.filter((s) => s.status?.outOfDate).map((s) => s.t.file);
    const partial = statuses.filter((s) => s.status?.untranslated.length).map((s) => `${s.t.file} (${s.status!.untranslated.length})`);
    const missing = all.filter((a) => !own.has(a.key)).map((a) => a.file);
    append(lines, [
      `Translation ${locale.key} (${locale.tag}): ${own.size} of ${all.length} files translated, ${outOfDate.length} out of date, ${partial.length} with untranslated parts, ${missing.length} not translated`,
      ...outOfDate.map((f) => `  out of date: ${f}`),
      ...partial.map((f) => `  untranslated parts: ${f}`),
      ...missing.map((f) => `  not translated: ${f}`),
      '',
    ]);
  }
  return lines;
}
