/**
 * Each language's own rules for job ads, beside the coded-word check (job-ads.ts): what a
 * candidate's country expects of an ad in its language.
 * - German: a job title names no single gender. The ad adds "(m/w/d)" to every title by itself
 *   (src/lib/gender-marker.ts); a title that says "(m)" or "(w)" would still exclude.
 * - A language of an EU country: a pay range on every ad (Directive (EU) 2023/970), so hiring.yaml
 *   cannot turn rangeOnEveryAd off while the handbook has such a language.
 */
import { localesOf, type Locale } from '../../i18n/locales.ts';
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import { hiringFile } from '../../schemas/collections.ts';
import type { Checked } from '../checked.ts';

/** The member states of the European Union, by ISO 3166 code. */
const euCountries = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

/** The country a language tag is for: its region, or the one the language is most likely written in (de → DE). */
const countryOf = (tag: string) => new Intl.Locale(tag).maximize().region;

/** A title that names one gender only: "(m)", "(w)", "(f)", "(männlich)", "(weiblich)". */
const oneGender = /\((?:m|w|f|männlich|weiblich)\)/i;

export function checkAdLanguages(content: Checked): Problem[] {
  const problems: Problem[] = [];
  if (!content.site) return problems;
  const languages = localesOf(content.site);
  for (const t of content.translations) {
    const locale = languages.find((l) => l.key === t.key);
    if (!locale || new Intl.Locale(locale.tag).language !== 'de') continue;
    if (t.collection !== 'levels' && t.collection !== 'openings') continue;
    const title = t.data['title'];
    if (typeof title === 'string' && oneGender.test(title)) {
      problems.push(problemAt({ file: t.file, locate: t.locate, data: t.data }, ['title'], { message: `names one gender ("${oneGender.exec(title)![0]}"): a German job ad's title is for every gender`, fix: 'take the marker out: the ad adds (m/w/d) to the title by itself' }));
    }
  }
  const eu = languages.filter((l: Locale) => euCountries.has(countryOf(l.tag) ?? ''));
  const hiring = content.hiring;
  if (eu.length && hiring && !hiring.adChecks.payTransparency.rangeOnEveryAd && content.hiringSource) {
    problems.push(
      problemAt({ ...content.hiringSource, data: hiring }, ['adChecks', 'payTransparency', 'rangeOnEveryAd'], {
        message: `is false, but the handbook's ads are published in ${eu.map((l) => l.tag).join(' and ')}, where the EU pay-transparency directive asks every ad to show a pay range`,
        fix: `set rangeOnEveryAd: true in ${hiringFile}`,
      }),
    );
  }
  return problems;
}
