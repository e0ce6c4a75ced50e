/**
 * A page in every language: whether each language has it, and whether it is a real translation
 * there or the default language's page shown with a notice (a fallback). Base.astro draws the
 * language switcher, `lang` and the hreflang alternates from it, so search engines are told of
 * real translations only, never of a fallback (which would be duplicate content).
 */
import { localesOf, type Locale } from '../i18n/locales.ts';
import { getHandbook } from './index.ts';
import { entryOf } from './page-entry.ts';
import { site } from './settings.ts';

export interface PageLanguage {
  locale: Locale;
  /** The page's path in that language, without the base: de/roles/backend-engineer/. */
  path: string;
  /** That language has this page: a real translation, or the default language's text with a notice. */
  exists: boolean;
  /** The page shows the default language's text there. */
  fallback: boolean;
}

/** The page at `path` (without base and language prefix) in every language, the default first. */
export async function pageLanguages(path: string): Promise<PageLanguage[]> {
  return Promise.all(
    localesOf(site).map(async (locale) => {
      const h = await getHandbook(locale.key);
      const entry = entryOf(h, path);
      const fallback = Boolean(entry?.fallback);
      return { locale, path: `${locale.prefix}${path}`, exists: !(fallback && locale.untranslated === 'leave-out'), fallback };
    }),
  );
}

/** A page that exists in one language only, as pageLanguages() gives it. */
export const localeLanguage = (locale: Locale): PageLanguage => ({ locale, path: locale.prefix, exists: true, fallback: false });

/** A page's path without the base and its language's prefix, from its address. */
export function pagePath(pathname: string, base: string, locale: Locale): string {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return locale.prefix && inSite.startsWith(locale.prefix) ? inSite.slice(locale.prefix.length) : inSite;
}
