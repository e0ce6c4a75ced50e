/**
 * The sitemap lists what search engines may index: every built page but those that say
 * `noindex` (a closed opening, which stays at its address for anyone holding the link; the
 * editing guide, which is for the handbook's editors) and those whose canonical address is another
 * page's (a page not yet translated, which shows the default language's page). Each page listed
 * carries the alternates its own head declares (hreflang: real translations only). The pages say
 * it all themselves, so the sitemap reads it from them once they are built, rather than working
 * out a second time which openings are open or which pages are translated. Hooks run in the order
 * of the integrations, so this one goes before the sitemap's.
 */
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { eachPage, listPages, readHead, urlPathOf } from '../lib/built-pages.ts';

/** A page's own word that it is not for search engines: `<meta name="robots" content="noindex">`. */
export const saysNoindex = (html: string) => /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);

/** The page's canonical address, where it names one. */
const canonicalOf = (html: string) => /<link\s+rel="canonical"\s+href="([^"]+)"/i.exec(html)?.[1];

/** The translations a page declares: `<link rel="alternate" hreflang="de-DE" href="…">`, x-default left out. */
const alternatesOf = (html: string) => [...html.matchAll(/<link\s+rel="alternate"\s+hreflang="([^"]+)"\s+href="([^"]+)"/gi)].filter(([, lang]) => lang !== 'x-default').map(([, lang, url]) => ({ lang: lang!, url: url! }));

export function indexedSitemap(base: string): AstroIntegration[] {
  let noindex: Set<string> | undefined;
  const alternates = new Map<string, { lang: string; url: string }[]>();
  const pagesSayingNoindex: AstroIntegration = {
    name: 'rolebook:noindex-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = await listPages(out);
        const heads = await eachPage(out, pages, (file) => readHead(file));
        noindex = new Set();
        pages.forEach((page, i) => {
          const path = urlPathOf(page, base);
          const head = heads[i]!;
          const canonical = canonicalOf(head);
          if (saysNoindex(head) || (canonical && new URL(canonical).pathname !== path)) noindex!.add(path);
          const links = alternatesOf(head);
          if (links.length) alternates.set(path, links);
        });
      },
    },
  };
  const filter = (page: string) => {
    // Listing every page would put closed openings back in the sitemap without a word.
    if (!noindex) throw new Error('The sitemap was written before the pages were read for noindex: rolebook:noindex-pages must come before it.');
    return !noindex.has(new URL(page).pathname);
  };
  const serialize = (item: SitemapItem): SitemapItem => {
    const links = alternates.get(new URL(item.url).pathname);
    return links ? { ...item, links } : item;
  };
  return [pagesSayingNoindex, sitemap({ filter, serialize })];
}
