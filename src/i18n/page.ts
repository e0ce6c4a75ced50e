/**
 * The language of the page being rendered, from its route: pages of a translation live under
 * src/pages/[...locale]/ with `locale` set to its key, those of the default language without it.
 * Any component reads it from Astro.params, so no prop has to carry it down.
 */
import { site } from '../handbook/settings.ts';
import { url } from '../lib/url.ts';
import { wordsFor, type Words } from './catalogue.ts';
import { localeOf, type Locale } from './locales.ts';

type Params = Record<string, string | undefined>;

export const pageLocale = (params: Params): Locale => localeOf(site, params['locale']);

export const pageWords = (params: Params): Words => wordsFor(pageLocale(params).tag);

/** A link to a page in the language of the page being rendered: pageUrl(Astro.params, 'faq/') is /de/faq/ on a German page. */
export const pageUrl = (params: Params, path = ''): string => url(`${pageLocale(params).prefix}${path.replace(/^\/+/, '')}`);
