/**
 * The kinds of page, and the page that stands for each kind: Lighthouse (gate and benchmark) runs on
 * these, and the dark-theme and feature checks use them. Chosen from the sitemap (paths inside the
 * site, without the base), first of each kind.
 */
export type PageKind = 'home' | 'role' | 'level' | 'compare' | 'search';

export interface KeyPage {
  kind: PageKind;
  path: string;
}

const patterns: [PageKind, RegExp][] = [
  ['home', /^$/],
  ['role', /^roles\/[^/]+\/$/],
  ['level', /^roles\/[^/]+\/(?!compare\/)[^/]+\/$/],
  ['compare', /^roles\/[^/]+\/compare\/$/],
  ['search', /^search\/$/],
];

/** The kind of a page (path inside the site, without the base); 'other' for the rest of the site. */
export function pageKind(path: string): PageKind | 'other' {
  return patterns.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
}

/** The key pages found, and the kinds the sitemap has no page for. */
export function keyPages(paths: string[]): { pages: KeyPage[]; missing: PageKind[] } {
  const pages: KeyPage[] = [];
  const missing: PageKind[] = [];
  for (const [kind, pattern] of patterns) {
    // The search page is not in the sitemap when it is marked noindex; it exists all the same.
    const found = paths.find((p) => pattern.test(p)) ?? (kind === 'search' ? 'search/' : undefined);
    if (found === undefined) missing.push(kind);
    else pages.push({ kind, path: found });
  }
  return { pages, missing };
}
