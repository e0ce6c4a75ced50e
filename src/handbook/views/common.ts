/**
 * What every page view shares: the page head Base.astro takes, links to places, and the review
 * line. Views take their words from the read model's catalogue (h.words) and link with h.url, so a
 * page of a translation is in its language and links to pages of its language.
 */
import type { Words } from '../../i18n/words/en.ts';
import { formatDate } from '../../lib/dates.ts';
import { absoluteUrl, paths } from '../../lib/url.ts';
import type { SiteSettings } from '../../schemas/site.ts';
import type { Drafted, Handbook, Place } from '../model.ts';

export interface Crumb {
  label: string;
  /** Path inside the site, as given to url(), without the language's prefix (Breadcrumbs adds the page's); leave out for the current page. */
  href?: string;
}

/** Base.astro's props: head tags, breadcrumbs, the edit link and search metadata. */
export interface PageHead {
  title: string;
  description: string;
  crumbs?: Crumb[];
  /** Repository path of the content file, for the edit link. */
  editPath?: string;
  /**
   * Search metadata; leave out on pages search should not index. restate: the page restates others
   * (a job ad, a role's level comparison), so search finds it by title, description and
   * filters only and it never outranks the pages whose text it repeats.
   */
  search?: { type?: string; filters?: Record<string, string | undefined>; restate?: boolean };
  section?: 'roles' | 'grades' | 'career-paths' | 'skills' | 'faq' | 'search';
  /** Read by candidates: the jobs list, an opening, a job ad. site.yaml's editingLinks may keep editing links off it. */
  forCandidates?: boolean;
  /** The file whose `status: draft` keeps the page off the published site: astro dev shows it with a banner. */
  draft?: string;
}

/**
 * The banner astro dev shows on a draft page, and on a draft question in a list: what it is, which
 * file makes it so and how to publish it. The file is the entry's own, or its role's or level's.
 * In the words of the page's language (English where the caller gives none).
 */
export const draftNotice = (file: string, what: 'page' | 'question', words: Pick<Words, 'draft'>) => ({
  lead: words.draft.lead,
  text: words.draft.text(file, what),
});

/** The head's draft for a page about these entries: set when any of them is a draft (in astro dev). */
export function draftHead(entries: readonly Drafted[]): Pick<PageHead, 'draft'> {
  const draft = entries.find((e) => e.draft)?.draft;
  return draft ? { draft } : {};
}

export interface Link {
  href: string;
  text: string;
}

function placePath(place: Place): string {
  return place.kind === 'role' ? paths.role(place.id) : paths.level(place.role.id, place.slug);
}

/** A role or level as a link with its full title, to its page in the model's language. */
export function placeLink(place: Place, h: Pick<Handbook, 'url'>): Link {
  return { href: h.url(placePath(place)), text: place.data.title };
}

/** The absolute address of a page in the model's language, for feeds and JSON-LD. */
export const addressOf = (h: Pick<Handbook, 'site' | 'locale'>, path: string) => absoluteUrl(`${h.locale.prefix}${path}`, h.site.url);

/** Whether a page shows the links for the people who edit the handbook, as site.yaml's editingLinks says. */
export function showsEditingLinks(site: SiteSettings, page: Pick<PageHead, 'forCandidates'>): boolean {
  return site.editingLinks === 'everywhere' || (site.editingLinks === 'except-jobs' && !page.forCandidates);
}

/** "Edit this page" for a content file, where site.yaml sets editUrl and the page shows editing links. */
export function editHref(site: SiteSettings, filePath: string, page: Pick<PageHead, 'forCandidates'>): string | undefined {
  return showsEditingLinks(site, page) ? site.editUrl?.replace('{path}', filePath) : undefined;
}

export interface ReviewLine {
  owner: string;
  lastReviewed: string;
  lastReviewedText: string;
  editHref?: string | undefined;
}

export function reviewLine(h: Pick<Handbook, 'site' | 'locale'>, entity: { data: { owner: string; lastReviewed: string }; filePath: string }, page: Pick<PageHead, 'forCandidates'> = {}): ReviewLine {
  return {
    owner: entity.data.owner,
    lastReviewed: entity.data.lastReviewed,
    lastReviewedText: formatDate(entity.data.lastReviewed, h.locale.tag),
    editHref: editHref(h.site, entity.filePath, page),
  };
}
