/**
 * The handbook's languages (content/site.yaml): the default, whose content is content/ and whose
 * pages have no prefix, and each translation, whose content is content/<key>/ and whose pages are
 * /<key>/…. Pure, so the check, the build and unit tests agree on them.
 */
import type { SiteSettings } from '../schemas/site.ts';

export interface Locale {
  /** A translation's key, as its folder and route prefix name it (de); undefined for the default language. */
  key: string | undefined;
  /** The language tag (BCP 47): the words, dates and amounts, and `lang` on the page. */
  tag: string;
  /** Derived from the language: right to left for Arabic, Hebrew, Persian, Urdu… */
  dir: 'ltr' | 'rtl';
  /** What a page with no translation becomes: the default language's page with a notice, or no page. */
  untranslated: 'notice' | 'leave-out';
  /** '' for the default language, 'de/' for a translation: what every path of its pages starts with. */
  prefix: string;
}

/** The writing direction of a language, as the browser's own data has it. */
export function dirOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

type Translation = NonNullable<SiteSettings['translations']>[number];

/**
 * The translations that make pages: not one in the handbook's own language (a fork that made its
 * default German keeps the shipped German translation until it deletes it), nor a second one of a
 * key or a language. The content check says why each other one makes none.
 */
export function languagesMade(site: Pick<SiteSettings, 'locale' | 'translations'>): Translation[] {
  const seen = new Set([site.locale.toLowerCase()]);
  const keys = new Set<string>();
  return (site.translations ?? []).filter((t) => {
    const made = !seen.has(t.locale.toLowerCase()) && !keys.has(t.key);
    seen.add(t.locale.toLowerCase());
    keys.add(t.key);
    return made;
  });
}

/** Every language of the handbook, the default first. */
export function localesOf(site: Pick<SiteSettings, 'locale' | 'translations'>): Locale[] {
  const main: Locale = { key: undefined, tag: site.locale, dir: dirOf(site.locale), untranslated: 'notice', prefix: '' };
  return [main, ...languagesMade(site).map((t): Locale => ({ key: t.key, tag: t.locale, dir: dirOf(t.locale), untranslated: t.untranslated, prefix: `${t.key}/` }))];
}

/** The locale a translation's key names, or the default for undefined. */
export function localeOf(site: Pick<SiteSettings, 'locale' | 'translations'>, key: string | undefined): Locale {
  const all = localesOf(site);
  const found = all.find((l) => l.key === key);
  if (!found) throw new Error(`content/site.yaml has no translation "${key}"`);
  return found;
}

/** The language of a tag, as catalogues and search indexes are keyed: de-DE and de-AT are both de. */
export const languageOf = (tag: string) => new Intl.Locale(tag).language;
