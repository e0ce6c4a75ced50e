/**
 * The pages that stand for each kind: Lighthouse runs on these, and the dark-theme and feature checks
 * use them. Chosen from the sitemap (paths inside the site, without the base), first of each kind.
 */
export interface KeyPage {
  kind: 'home' | 'role' | 'level' | 'compare' | 'search';
  path: string;
}

const patterns: [KeyPage['kind'], RegExp][] = [
  ['home', /^$/],
  ['role', /^roles\/[^/]+\/$/],
  ['level', /^roles\/[^/]+\/(?!compare\/)[^/]+\/$/],
  ['compare', /^roles\/[^/]+\/compare\/$/],
  ['search', /^search\/$/],
];

/** The key pages found, and the kinds the sitemap has no page for. */
export function keyPages(paths: string[]): { pages: KeyPage[]; missing: KeyPage['kind'][] } {
  const pages: KeyPage[] = [];
  const missing: KeyPage['kind'][] = [];
  for (const [kind, pattern] of patterns) {
    // The search page is not in the sitemap when it is marked noindex; it exists all the same.
    const found = paths.find((p) => pattern.test(p)) ?? (kind === 'search' ? 'search/' : undefined);
    if (found === undefined) missing.push(kind);
    else pages.push({ kind, path: found });
  }
  return { pages, missing };
}
