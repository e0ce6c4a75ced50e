/**
 * Which built pages the sitemap lists: all but closed openings, which stay on the site (noindex,
 * with a notice) for anyone holding the link, and the editing guide, which is for the handbook's
 * editors rather than its readers (noindex too). Which openings are closed comes from the content
 * check the collections' loader ran in this build, so no page and no content file is read again.
 */
import { isOpen } from '../handbook/openings.ts';
import { joinBase, paths } from '../lib/url.ts';
import { latestContent } from '../problems/live.ts';
import { today } from '../schemas/fields.ts';

export function sitemapFilter(base: string): (page: string) => boolean {
  let closed: Set<string> | undefined;
  const guide = joinBase(base, paths.handbookGuide());
  return (page) => {
    if (!closed) {
      const content = latestContent();
      // Listing every page would put closed openings back in the sitemap without a word.
      if (!content) throw new Error('The sitemap needs the content check, which has not run in this build.');
      closed = new Set(content.openings.filter((o) => !isOpen(o.data, today())).map((o) => joinBase(base, paths.opening(o.id))));
    }
    const path = new URL(page).pathname;
    return path !== guide && !closed.has(path);
  };
}
