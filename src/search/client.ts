/**
 * Browser side of search, shared by the header search and the /search/ page: loads pagefind's
 * Component UI and its JS API on demand from the site's own pagefind/ folder, configures an
 * instance and renders results. What it shows in words comes from the page (search-ui.ts).
 */
import { excerptLength, ranking } from './config.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface SearchResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
export type Filters = Record<string, string[]>;
/** pagefind's JS API (pagefind.js), the search the Component UI itself runs on. */
export interface PagefindSearch {
  search(term: string, options?: { filters?: Filters }): Promise<SearchResponse>;
}
/** The public methods of a Component UI instance that Rolebook uses. */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Filters;
  on(event: 'search', cb: (term: string, filters: Filters) => void): void;
  on(event: 'results', cb: (response: SearchResponse) => void): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  registerInput(element: HTMLElement, capabilities: { keyboardNavigation?: boolean }): void;
  registerShortcut(shortcut: { label: string; description: string }, owner: Element): void;
  deregisterAllShortcuts(owner: Element): void;
  translate(key: string): string;
  focusNextResults(from: HTMLElement): boolean;
  announceRaw(text: string, politeness?: 'polite' | 'assertive'): void;
}
interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): void;
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}
declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Thrown when the site has no search index (dev server before a first build, or a broken deploy). */
export class NoSearchIndex extends Error {}

const bundle = (base: string) => `${base.endsWith('/') ? base : `${base}/`}pagefind/`;
let loading: Promise<PagefindComponents> | undefined;

/** Loads pagefind-component-ui.js and its CSS once per page. */
export function loadSearchUI(base: string): Promise<PagefindComponents> {
  loading ??= (async () => {
    const path = bundle(base);
    // One small request first, so a missing index becomes a readable message, not a dead box.
    const probe = await fetch(`${path}pagefind-entry.json`).catch(() => undefined);
    if (!probe?.ok) throw new NoSearchIndex(`no search index at ${path}`);
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${path}pagefind-component-ui.css`;
    // Before our own styles, so the site's theme variables win over pagefind's defaults.
    document.head.prepend(css);
    await import(/* @vite-ignore */ `${path}pagefind-component-ui.js`);
    if (!window.PagefindComponents) throw new NoSearchIndex('pagefind-component-ui.js did not load');
    return window.PagefindComponents;
  })();
  return loading;
}

const options = (base: string) => ({ baseUrl: base, excerptLength, ranking });

/** Configures the named instance before any of its components connect, then returns it. */
export function createInstance(components: PagefindComponents, name: string, base: string): PagefindInstance {
  components.configureInstance(name, { bundlePath: bundle(base), ...options(base) });
  return components.getInstanceManager().getInstance(name);
}

/**
 * pagefind's JS API with the Component UI's settings, for searching without showing the results
 * (query help). The same module the Component UI imports, so its worker and index are shared.
 */
export async function createSearch(base: string): Promise<PagefindSearch> {
  const api = (await import(/* @vite-ignore */ `${bundle(base)}pagefind.js`)) as { createInstance(o: object): PagefindSearch };
  return api.createInstance(options(base));
}

/** The sections of a page that match best (by pagefind's per-word scores), not merely the first ones. */
function bestSections(data: PagefindResultData, max: number): SubResult[] {
  const score = (sub: SubResult) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#'))
    .map((sub) => ({ sub, score: score(sub) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map(({ sub }) => sub);
}

/**
 * One result as a list item: type, title (the link), excerpt, and up to two matching sections.
 * withLevel: the types (in the page's language) whose badge names the level too.
 */
function renderResult(data: PagefindResultData, withLevel: readonly string[]): HTMLElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result-link';
  link.href = data.meta['url'] ?? data.url;
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = data.meta['title'] ?? data.url;
  link.append(title);
  const type = data.meta['type'];
  if (type) {
    const badge = document.createElement('span');
    badge.className = 'search-result-type';
    // "Level · Mid-level" tells apart a level whose title repeats the role's.
    const level = data.meta['level'];
    badge.textContent = level && withLevel.includes(type) ? `${type} · ${level}` : type;
    link.append(' ', badge);
  }
  item.append(link);
  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result-excerpt';
    excerpt.innerHTML = data.excerpt; // pagefind escapes page text and adds only <mark>
    item.append(excerpt);
  }
  const subs = bestSections(data, 2);
  if (subs.length) {
    const list = document.createElement('ul');
    list.className = 'search-result-sections';
    for (const sub of subs) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = sub.url;
      a.textContent = sub.title;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Sets the results template of every <pagefind-results> inside root. */
export function useResultTemplate(root: ParentNode, withLevel: readonly string[]): void {
  for (const results of root.querySelectorAll('pagefind-results')) {
    (results as HTMLElement & { resultTemplate?: (d: PagefindResultData) => HTMLElement }).resultTemplate = (d) => renderResult(d, withLevel);
  }
}
