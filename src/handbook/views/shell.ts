/** What the shell (src/layouts/Base.astro) shows alike on every page: made once per build, not once per page. */
import { formatDate } from '../../lib/dates.ts';
import { paths, url } from '../../lib/url.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import { editHref, showsEditingLinks, type Link, type PageHead } from './common.ts';

export interface Shell {
  nav: { section: NonNullable<PageHead['section']>; label: string; href: string }[];
  /** The day of the build, as YYYY-MM-DD and in the site's words. */
  built: { iso: string; text: string };
  home: string;
}

let last: { site: SiteSettings; shell: Shell } | undefined;

/** The shell of the build on `today` (Settings.today); the same object for every page until the settings or the day change. */
export function shell(site: SiteSettings, today: string): Shell {
  if (last?.site === site && last.shell.built.iso === today) return last.shell;
  last = { site, shell: makeShell(site, today) };
  return last.shell;
}

function makeShell(site: SiteSettings, today: string): Shell {
  return {
    nav: [
      { section: 'roles', label: 'Roles', href: url(paths.roles()) },
      { section: 'grades', label: 'Grades & pay', href: url(paths.jobArchitecture()) },
      { section: 'career-paths', label: 'Career paths', href: url(paths.careerPaths()) },
      { section: 'skills', label: 'Skills', href: url(paths.skills()) },
      { section: 'faq', label: 'FAQ', href: url(paths.faq()) },
    ],
    built: { iso: today, text: formatDate(today, site.locale) },
    home: url(),
  };
}

/** The links at the foot of a page: the jobs, then those for editors where site.yaml's editingLinks shows them. */
export function footerLinks(site: SiteSettings, page: Pick<PageHead, 'editPath' | 'forCandidates'>): (Link & { edit?: true })[] {
  const links: (Link & { edit?: true })[] = [{ href: url(paths.jobs()), text: 'Jobs' }];
  if (!showsEditingLinks(site, page)) return links;
  links.push({ href: url(paths.handbookGuide()), text: 'Editing guide' });
  const edit = page.editPath && editHref(site, page.editPath, page);
  if (edit) links.push({ href: edit, text: 'Edit this page', edit: true });
  if (site.repository) links.push({ href: site.repository, text: 'Fork this handbook' });
  return links;
}
