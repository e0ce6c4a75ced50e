/**
 * What the shell (src/layouts/Base.astro) shows alike on every page of a language: made once per
 * build and language, not once per page. In that language's words, linking to its pages.
 */
import { wordsFor } from '../../i18n/catalogue.ts';
import { localesOf, type Locale } from '../../i18n/locales.ts';
import { formatDate } from '../../lib/dates.ts';
import { paths, url } from '../../lib/url.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { editHref, showsEditingLinks, type Link, type PageHead } from './common.ts';

export interface Shell {
  nav: { section: NonNullable<PageHead['section']>; label: string; href: string }[];
  /** The day of the build, as YYYY-MM-DD and in the language's words. */
  built: { iso: string; text: string };
  home: string;
}

let last: { site: SiteSettings; today: string; shells: Map<string, Shell> } | undefined;

/** A link to a page of the language: its prefix, then the path, under the base. */
const urlIn = (locale: Locale, path = '') => url(`${locale.prefix}${path}`);

/**
 * The shell of the build on `today` (Settings.today) in a language, the default one unless given;
 * the same object for every page of that language until the settings or the day change.
 */
export function shell(site: SiteSettings, today: string, locale: Locale = localesOf(site)[0]!): Shell {
  if (last?.site !== site || last.today !== today) last = { site, today, shells: new Map() };
  const key = `${locale.prefix}|${locale.tag}`;
  let made = last.shells.get(key);
  if (!made) {
    made = makeShell(today, locale);
    last.shells.set(key, made);
  }
  return made;
}

function makeShell(today: string, locale: Locale): Shell {
  const { nav } = wordsFor(locale.tag).shell;
  return {
    nav: [
      { section: 'roles', label: nav.roles, href: urlIn(locale, paths.roles()) },
      { section: 'grades', label: nav.grades, href: urlIn(locale, paths.jobArchitecture()) },
      { section: 'career-paths', label: nav.careerPaths, href: urlIn(locale, paths.careerPaths()) },
      { section: 'skills', label: nav.skills, href: urlIn(locale, paths.skills()) },
      { section: 'faq', label: nav.faq, href: urlIn(locale, paths.faq()) },
    ],
    built: { iso: today, text: formatDate(today, locale.tag) },
    home: urlIn(locale),
  };
}

/**
 * The links at the foot of a page: the jobs, then those for editors where site.yaml's editingLinks
 * shows them; in the page's language, the default one unless given.
 */
export function footerLinks(site: SiteSettings, page: Pick<PageHead, 'editPath' | 'forCandidates'>, locale: Locale = localesOf(site)[0]!): (Link & { edit?: true })[] {
  const words = wordsFor(locale.tag).shell;
  const links: (Link & { edit?: true })[] = [{ href: urlIn(locale, paths.jobs()), text: words.jobs }];
  if (!showsEditingLinks(site, page)) return links;
  // The editing guide is the tool's, in one language: every language links to the same page.
  links.push({ href: url(paths.handbookGuide()), text: words.editingGuide });
  const edit = page.editPath && editHref(site, page.editPath, page);
  if (edit) links.push({ href: edit, text: words.editPage, edit: true });
  if (site.repository) links.push({ href: site.repository, text: words.fork });
  return links;
}
