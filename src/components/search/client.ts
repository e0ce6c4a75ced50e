/**
 * Browser side of search, shared by the header search and the /search/ page: loads pagefind's
 * Component UI on demand from the site's own pagefind/ folder, configures an instance, renders
 * results, recovers from typos and says plainly when there is no index to search.
 */
import { didYouMean } from '../../lib/did-you-mean.ts';
import { excerptLength, payWords, ranking, rewrites, vocabularyFile } from './config.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}
interface SearchResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  unfilteredResultCount?: number;
  totalFilters?: Record<string, Record<string, number>>;
}
interface SearchOptions {
  filters?: Record<string, string[]>;
}
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  on(event: 'search', cb: (term: string, filters: Record<string, string[]>) => void, owner?: object): void;
  on(event: 'results', cb: (response: SearchResponse) => void, owner?: object): void;
  on(event: 'error', cb: (error: { message?: string }) => void, owner?: object): void;
  on(event: 'loading', cb: () => void, owner?: object): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  triggerLoad(): Promise<void>;
  registerInput(element: HTMLElement, capabilities: { keyboardNavigation?: boolean }): void;
  focusNextResults(from: HTMLElement): boolean;
  getDisplaySubResults(data: PagefindResultData, max: number): { title: string; url: string; excerpt: string }[];
  announceRaw(text: string, politeness?: 'polite' | 'assertive'): void;
  setTranslations(strings: Record<string, string>): void;
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

/** Configures the named instance before any of its components connect, then returns it. */
export function createInstance(components: PagefindComponents, name: string, base: string): PagefindInstance {
  components.configureInstance(name, {
    bundlePath: bundle(base),
    baseUrl: base,
    excerptLength,
    ranking,
  });
  const instance = components.getInstanceManager().getInstance(name);
  instance.setTranslations({ placeholder: 'Search roles, levels, skills, questions' });
  return instance;
}

/** What to say when search cannot run. In dev the fix is one command away, so name it. */
export function unavailableMessage(dev: boolean): string {
  return dev
    ? 'Search needs an index, and the dev server has none yet. Run “npm run build” once, then reload: the dev server searches the index from your last build.'
    : 'Search is unavailable: this copy of the site has no search index. Browse the roles or the FAQ instead.';
}

let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = (base: string) =>
  (vocabulary ??= fetch(`${bundle(base)}${vocabularyFile}`)
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []));

/**
 * The closest spelling the handbook uses, for a query that found nothing: "kubernets" → "kubernetes".
 * Returns undefined when no word needed fixing.
 */
export async function correctQuery(base: string, query: string): Promise<string | undefined> {
  const words = await loadVocabulary(base);
  if (!words.length) return undefined;
  const known = new Set(words);
  let changed = false;
  const fixed = query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (word.length < 4 || known.has(word) || words.some((w) => w.startsWith(word))) return word;
      const guess = didYouMean(word, words.filter((w) => Math.abs(w.length - word.length) <= 2));
      if (guess && guess !== word) changed = true;
      return guess ?? word;
    })
    .join(' ');
  return changed ? fixed : undefined;
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

/** The query in the handbook's words: "senior salary" → "senior pay" (see rewrites in config.ts). */
export function inHandbookWords(query: string): string {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => rewrites[word.toLowerCase()] ?? word)
    .filter(Boolean)
    .join(' ');
}

/** One result as a list item: type, title (the link), excerpt, and up to two matching sections. */
export function renderResult(data: PagefindResultData): HTMLElement {
  const item = document.createElement('li');
  item.className = 'rb-result';
  const link = document.createElement('a');
  link.className = 'rb-result__link';
  link.href = data.meta['url'] ?? data.url;
  const title = document.createElement('span');
  title.className = 'rb-result__title';
  title.textContent = data.meta['title'] ?? data.url;
  link.append(title);
  const type = data.meta['type'];
  if (type) {
    const badge = document.createElement('span');
    badge.className = 'rb-result__type';
    // "Level · Mid-level" tells apart a level whose title repeats the role's.
    const level = data.meta['level'];
    badge.textContent = level && (type === 'Level' || type === 'Job description') ? `${type} · ${level}` : type;
    link.append(' ', badge);
  }
  item.append(link);
  if (data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'rb-result__excerpt';
    excerpt.innerHTML = data.excerpt; // pagefind escapes page text and adds only <mark>
    item.append(excerpt);
  }
  const subs = bestSections(data, 2);
  if (subs.length) {
    const list = document.createElement('ul');
    list.className = 'rb-result__sections';
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
export function useResultTemplate(root: ParentNode): void {
  for (const results of root.querySelectorAll('pagefind-results')) {
    (results as HTMLElement & { resultTemplate?: (d: PagefindResultData) => HTMLElement }).resultTemplate = (d) =>
      renderResult(d);
  }
}

interface Correction {
  from: string;
  to: string;
}
const corrections = new WeakMap<PagefindInstance, Correction | undefined>();

/**
 * Query help, applied before pagefind searches (its Component UI has no hook for rewriting a query,
 * so this wraps the loaded instance's search):
 * - typos: pagefind matches whole words and prefixes only, so words the handbook never uses are
 *   swapped for the closest word it does use ("kubernets" → "kubernetes"), and the reader is told;
 * - the handbook's words: "salary" → "pay", "vs" → "difference" (rewrites in config.ts);
 * - a level name with a pay word ("senior salary") lists level pages first.
 * A rewritten query is used only when it finds something.
 */
export async function enableQueryHelp(instance: PagefindInstance, base: string): Promise<void> {
  void loadVocabulary(base);
  await instance.triggerLoad();
  type Search = (term: string | null, options?: SearchOptions) => Promise<SearchResponse>;
  const pagefind = (instance as unknown as { __pagefind__?: { search?: Search } }).__pagefind__;
  if (!pagefind?.search) return;
  const original = pagefind.search.bind(pagefind);
  // "senior salary": a level name plus a pay word asks for level pages, so those come first.
  const levelsFirst = async (query: string, options: SearchOptions | undefined, response: SearchResponse) => {
    const words = query.toLowerCase().split(/\s+/);
    const named = Object.keys(response.totalFilters?.['level'] ?? {}).filter((l) => words.includes(l.toLowerCase()));
    if (options?.filters?.['type']?.length || !named.length || !words.some((w) => payWords.includes(w))) return response;
    const onlyLevels = await original(query, { ...options, filters: { ...options?.filters, type: ['Level'], level: named } });
    const first = new Set(onlyLevels.results.map((r) => r.id));
    return { ...response, results: [...onlyLevels.results, ...response.results.filter((r) => !first.has(r.id))] };
  };
  pagefind.search = async (term, options) => {
    corrections.set(instance, undefined);
    if (!term) return original(term, options);
    const fixed = await correctQuery(base, term);
    const rewritten = inHandbookWords(fixed ?? term);
    if (rewritten && rewritten !== term) {
      const response = await original(rewritten, options);
      if (response.results.length > 0) {
        if (fixed) corrections.set(instance, { from: term, to: fixed });
        return levelsFirst(rewritten, options, response);
      }
    }
    return levelsFirst(term, options, await original(term, options));
  };
}

/** After each search: say when a corrected spelling was used, and offer ways to browse when nothing matched. */
export function explainResults(
  instance: PagefindInstance,
  { notice, empty }: { notice: HTMLElement | null; empty: HTMLElement | null },
): void {
  let lastTerm = '';
  instance.on('search', (term) => {
    lastTerm = term;
  });
  instance.on('results', (response) => {
    const none = lastTerm.trim() !== '' && response.results.length === 0;
    const correction = corrections.get(instance);
    if (notice) {
      notice.replaceChildren();
      notice.hidden = !correction;
      if (correction) {
        const strong = document.createElement('strong');
        strong.textContent = correction.to;
        notice.append('Showing results for ', strong, ` (no exact match for “${correction.from}”).`);
        instance.announceRaw(`Showing results for ${correction.to}.`, 'polite');
      }
    }
    if (empty) empty.hidden = !none;
  });
}
