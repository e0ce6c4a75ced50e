/**
 * Everything search does in the browser, loaded only when needed: the header dialog on the
 * reader's first sign of intent (SiteSearch.astro) and the /search/ page (SearchPage.astro).
 * One module with no shared chunks, so the scripts every page runs up front stay tiny. Its words are
 * the page's language: both components hand them over in data-words (src/i18n/client-words.ts).
 */
import type { SearchClientWords } from '../i18n/client-words.ts';
import { createInstance, createSearch, loadSearchUI, NoSearchIndex, useResultTemplate, type Filters, type PagefindInstance } from './client.ts';
import { filters } from './config.ts';
import { helpQuery, loadVocabulary, type Correction } from './query-help.ts';

/** The words the component wrote on its root element. */
const wordsOf = (root: HTMLElement) => JSON.parse(root.dataset['words'] ?? '{}') as SearchClientWords;

/**
 * Connects one of Rolebook's search boxes (a plain input, not pagefind's, so that pagefind only
 * ever searches the helped query of query-help.ts) to a Component UI instance, and keeps the
 * notice and the empty state inside root in step, saying so in the page's words. Returns the
 * function that searches what the box holds, with the given filters or the instance's current ones.
 */
async function connect(instance: PagefindInstance, base: string, input: HTMLInputElement, root: HTMLElement, words: SearchClientWords) {
  const [pagefind, vocabulary] = await Promise.all([createSearch(base), loadVocabulary(base)]);
  let latest = 0;
  let correction: Correction | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const search = async (chosen: Filters = instance.searchFilters) => {
    clearTimeout(timer);
    const asked = ++latest;
    const typed = input.value.trim();
    const helped = typed ? await helpQuery(pagefind, vocabulary, typed, chosen) : { term: '' };
    if (asked !== latest) return; // the reader has typed on
    correction = helped.correction;
    instance.triggerSearchWithFilters(helped.term, chosen);
  };
  instance.registerInput(input, { keyboardNavigation: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && instance.focusNextResults(input)) event.preventDefault();
  });
  input.addEventListener('focus', () => instance.registerShortcut({ label: '↓', description: instance.translate('keyboard_navigate') || words.navigate }, input));
  input.addEventListener('blur', () => instance.deregisterAllShortcuts(input));
  // A letter typed on a result goes on in the box: pagefind's results would hand it only to
  // pagefind's own input, so it is taken before them and focus moves where the letter then lands.
  root.addEventListener(
    'keydown',
    (event) => {
      const onResult = event.target instanceof Element && event.target.closest('pagefind-results');
      if (!onResult || event.key.length !== 1 || event.key === '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      event.stopPropagation();
      input.focus();
    },
    true,
  );
  // After each search: say when a corrected spelling was used, and offer ways to browse when nothing matched.
  const notice = root.querySelector<HTMLElement>('[data-search-notice]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  instance.on('results', (response) => {
    if (notice) {
      notice.replaceChildren();
      notice.hidden = !correction;
      if (correction) {
        const { from, to } = correction;
        const strong = document.createElement('strong');
        strong.textContent = to;
        // The templates' {to} and {from} filled in here, not with src/i18n/template.ts's fill: this
        // module shares no code with the other on-demand ones, so it needs no chunk. Split first, so
        // nothing the reader typed is taken for the place of {to}.
        const [before = '', after = ''] = words.corrected.split('{to}').map((part) => part.replace('{from}', () => from));
        notice.append(before, strong, after);
        instance.announceRaw(
          words.correctedAnnounced.replace('{to}', () => to),
          'polite',
        );
      }
    }
    if (empty) empty.hidden = !(instance.searchTerm && response.results.length === 0);
  });
  return search;
}

type Modal = HTMLElement & { open(): void; close(): void; isOpen: boolean };
let modal: Promise<Modal> | undefined;

function mount(root: HTMLElement, trigger: HTMLAnchorElement): Promise<Modal> {
  const template = root.querySelector<HTMLTemplateElement>('[data-search-template]');
  if (!template) return Promise.reject(new Error('search template missing'));
  const base = root.dataset['base'] ?? '/';
  const words = wordsOf(root);
  modal ??= loadSearchUI(base).then(async (components) => {
    const instance = createInstance(components, 'site', base);
    // The dialog lives at the end of <body>, away from the header's link styles.
    const host = document.createElement('div');
    host.className = 'search-ui site-search-host';
    host.append(template.content.cloneNode(true));
    document.body.append(host);
    // After insertion: upgrading an element resets its properties.
    useResultTemplate(host, words.withLevel);
    const element = host.querySelector('pagefind-modal') as Modal;
    const input = host.querySelector<HTMLInputElement>('[data-search-input]')!;
    await connect(instance, base, input, host, words);
    // "Search with filters" opens /search/ with what the reader typed.
    const full = host.querySelector<HTMLAnchorElement>('[data-search-full]');
    instance.on('search', () => {
      const typed = input.value.trim();
      if (full) full.href = typed ? `${trigger.pathname}?q=${encodeURIComponent(typed)}` : trigger.pathname;
    });
    // Focus goes back to the header link when the dialog closes (the "close" event does not bubble).
    // After the browser's own focus restoring, which would otherwise put focus on <body>.
    element.addEventListener('close', () => requestAnimationFrame(() => trigger.focus()), true);
    return element;
  });
  return modal;
}

/** The dialog saying search cannot run, as SiteSearch.astro wrote it in the page's language. */
function unavailable(root: HTMLElement, error: unknown) {
  if (!(error instanceof NoSearchIndex)) console.error(error);
  root.querySelector<HTMLDialogElement>('[data-search-unavailable]')?.showModal();
}

/** Starts loading so the dialog opens at once when asked. */
export function warm(root: HTMLElement, trigger: HTMLAnchorElement) {
  mount(root, trigger).catch(() => (modal = undefined));
}

/** Opens the dialog; `typedSoFar` is what the reader typed while this module loaded (site.js). */
export function open(root: HTMLElement, trigger: HTMLAnchorElement, typedSoFar = '') {
  const typed = keepTyping(typedSoFar);
  return mount(root, trigger).then(
    (m) => {
      m.open();
      // Once the dialog has focused its input, hand over what the reader typed while it loaded.
      requestAnimationFrame(() => {
        const text = typed.stop();
        const input = m.querySelector('input');
        if (!text || !input) return;
        input.value += text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    (error) => {
      typed.stop();
      modal = undefined;
      unavailable(root, error);
    },
  );
}

/**
 * Readers type straight after pressing / and the dialog's code may still be loading: keep those
 * keystrokes instead of losing them, until stop() hands them over.
 */
function keepTyping(typedSoFar: string) {
  let text = typedSoFar;
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.length === 1) text += event.key;
    else if (event.key === 'Backspace') text = text.slice(0, -1);
    else return;
    event.preventDefault();
  };
  document.addEventListener('keydown', onKey, true);
  return {
    stop() {
      document.removeEventListener('keydown', onKey, true);
      return text;
    },
  };
}

/**
 * The /search/ page: restores the query and filters from the address and keeps them there.
 * pagefind (its UI, WebAssembly and index) loads at once only for a query in the address; an
 * empty page loads it when the reader turns to the box, so opening the page costs no main-thread time.
 */
export function startSearchPage() {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  if (!root || !form || !input || !status) return;
  const base = root.dataset['base'] ?? '/';
  const words = wordsOf(root);
  const params = new URLSearchParams(location.search);
  const initialFilters: Filters = {};
  for (const { key } of filters) {
    const values = params.getAll(key);
    if (values.length) initialFilters[key] = values;
  }
  input.value = params.get('q') ?? '';

  // Keep the address bar in step with what is on screen, without piling up history entries.
  const remember = (term: string, chosen: Filters) => {
    const next = new URLSearchParams();
    if (term) next.set('q', term);
    for (const { key } of filters) for (const value of chosen[key] ?? []) next.append(key, value);
    const query = next.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    loadSearchUI(base).then(
      async (components) => {
        // The instance must be configured before its components upgrade, so configure first.
        const instance = createInstance(components, 'page', base);
        for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-search-mount]')) {
          template.replaceWith(template.content.cloneNode(true));
        }
        // After insertion: upgrading an element resets its properties.
        useResultTemplate(root, words.withLevel);
        const search = await connect(instance, base, input, root, words);
        const filterPane = root.querySelector<HTMLElement>('[data-search-filters]')!;
        filterPane.hidden = false;
        nameFilterTriggers(filterPane);
        // The address keeps the reader's words, not the helped query pagefind was given.
        instance.on('search', (_term, chosen) => remember(input.value.trim(), chosen ?? {}));
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          void search();
        });
        // Also what the reader typed while pagefind loaded.
        if (input.value.trim() || Object.keys(initialFilters).length) void search(initialFilters);
      },
      (error: unknown) => {
        console.error(error);
        status.textContent = root.dataset['unavailable'] ?? '';
        status.classList.add('search-status-problem');
      },
    );
  };
  if (input.value || Object.keys(initialFilters).length) start();
  else for (const type of ['focus', 'pointerenter', 'input']) input.addEventListener(type, start, { once: true });
}

/**
 * pagefind draws each filter trigger as a button with role="combobox", and a combobox takes no
 * name from its text, so screen readers would announce an unnamed control: name each one after
 * its visible label, also when pagefind redraws it.
 */
function nameFilterTriggers(pane: HTMLElement) {
  const name = () => {
    for (const trigger of pane.querySelectorAll<HTMLElement>('.pf-dropdown-trigger:not([aria-label])')) {
      const label = trigger.querySelector('.pf-dropdown-trigger-label')?.textContent?.trim();
      if (label) trigger.setAttribute('aria-label', label);
    }
  };
  name();
  new MutationObserver(name).observe(pane, { childList: true, subtree: true });
}
