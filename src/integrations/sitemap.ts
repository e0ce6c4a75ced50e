/**
 * The sitemap lists what search engines may index: every built page but those that say
 * `noindex` (a closed opening, which stays at its address for anyone holding the link; the
 * editing guide, which is for the handbook's editors). The pages say it themselves, so the sitemap
 * reads it from them once they are built, rather than working out a second time which openings
 * are open. Hooks run in the order of the integrations, so this one goes before the sitemap's.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { eachPage, listPages, readHead, urlPathOf } from '../lib/built-pages.ts';

/** A page's own word that it is not for search engines: `<meta name="robots" content="noindex">`. */
export const saysNoindex = (html: string) => /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);

export function indexedSitemap(base: string): AstroIntegration[] {
  let noindex: Set<string> | undefined;
  const pagesSayingNoindex: AstroIntegration = {
    name: 'rolebook:noindex-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = await listPages(out);
        const said = await eachPage(out, pages, async (file) => saysNoindex(await readHead(file)));
        noindex = new Set(pages.filter((_, i) => said[i]).map((page) => urlPathOf(page, base)));
      },
    },
  };
  const filter = (page: string) => {
    // Listing every page would put closed openings back in the sitemap without a word.
    if (!noindex) throw new Error('The sitemap was written before the pages were read for noindex: rolebook:noindex-pages must come before it.');
    return !noindex.has(new URL(page).pathname);
  };
  return [pagesSayingNoindex, sitemap({ filter })];
}
