/**
 * Everything search does in the browser, loaded only when needed: the header dialog on the
 * reader's first sign of intent (SiteSearch.astro) and the /search/ page (SearchPage.astro).
 * One module with no shared chunks, so the scripts every page runs up front stay tiny.
 */
import { createInstance, enableQueryHelp, explainResults, loadSearchUI, NoSearchIndex, unavailableMessage, useResultTemplate } from './client.ts';
import { filters } from './config.ts';

type Modal = HTMLElement & { open(): void; close(): void; isOpen: boolean };
let modal: Promise<Modal> | undefined;

function mount(root: HTMLElement, trigger: HTMLAnchorElement): Promise<Modal> {
  const template = root.querySelector<HTMLTemplateElement>('[data-search-template]');
  if (!template) return Promise.reject(new Error('search template missing'));
  const base = root.dataset['base'] ?? '/';
  return (modal ??= loadSearchUI(base).then(async (components) => {
    const instance = createInstance(components, 'site', base);
    await enableQueryHelp(instance, base);
    // The dialog lives at the end of <body>, away from the header's link styles.
    const host = document.createElement('div');
    host.className = 'rb-search site-search__host';
    host.append(template.content.cloneNode(true));
    document.body.append(host);
    // After insertion: upgrading an element resets its properties.
    useResultTemplate(host);
    const element = host.querySelector('pagefind-modal') as Modal;
    explainResults(instance, {
      notice: host.querySelector('[data-search-notice]'),
      empty: host.querySelector('[data-search-empty]'),
    });
    const full = host.querySelector<HTMLAnchorElement>('[data-search-full]');
    instance.on('search', (term) => {
      if (full) full.href = term ? `${trigger.pathname}?q=${encodeURIComponent(term)}` : trigger.pathname;
    });
    // Focus goes back to the header link when the dialog closes (the "close" event does not bubble).
    // After the browser's own focus restoring, which would otherwise put focus on <body>.
    element.addEventListener('close', () => requestAnimationFrame(() => trigger.focus()), true);
    return element;
  }));
}

function unavailable(root: HTMLElement, error: unknown) {
  if (!(error instanceof NoSearchIndex)) console.error(error);
  const dialog = root.querySelector<HTMLDialogElement>('[data-search-unavailable]');
  const text = root.querySelector('[data-search-unavailable-text]');
  if (text) text.textContent = unavailableMessage(root.dataset['dev'] === 'true');
  dialog?.showModal();
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

/** The /search/ page: restores the query and filters from the address and keeps them there. */
export function startSearchPage() {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  if (root && form && input && status) {
    const base = root.dataset['base'] ?? '/';
    const params = new URLSearchParams(location.search);
    const initial = params.get('q') ?? '';
    const initialFilters: Record<string, string[]> = {};
    for (const { key } of filters) {
      const values = params.getAll(key);
      if (values.length) initialFilters[key] = values;
    }
    input.value = initial;

    // Keep the address bar in step with what is on screen, without piling up history entries.
    const remember = (term: string, chosen: Record<string, string[]>) => {
      const next = new URLSearchParams();
      if (term) next.set('q', term);
      for (const { key } of filters) for (const value of chosen[key] ?? []) next.append(key, value);
      const query = next.toString();
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
    };

    loadSearchUI(base).then(
      async (components) => {
        // The instance must be configured before its components upgrade, so configure first.
        const instance = createInstance(components, 'page', base);
        await enableQueryHelp(instance, base);
        for (const template of root.querySelectorAll<HTMLTemplateElement>('template[data-search-mount]')) {
          template.replaceWith(template.content.cloneNode(true));
        }
        // After insertion: upgrading an element resets its properties.
        useResultTemplate(root);
        instance.registerInput(input, { keyboardNavigation: true });
        explainResults(instance, {
          notice: root.querySelector('[data-search-notice]'),
          empty: root.querySelector('[data-search-empty]'),
        });
        const filterPane = root.querySelector<HTMLElement>('[data-search-filters]')!;
        filterPane.hidden = false;
        nameFilterTriggers(filterPane);
        instance.on('search', (term, chosen) => {
          if (document.activeElement !== input && input.value !== term) input.value = term;
          remember(term, chosen ?? {});
        });
        let timer: ReturnType<typeof setTimeout> | undefined;
        input.addEventListener('input', () => {
          clearTimeout(timer);
          timer = setTimeout(() => instance.triggerSearch(input.value.trim()), 120);
        });
        input.addEventListener('keydown', (event) => {
          if (event.key === 'ArrowDown' && instance.focusNextResults(input)) event.preventDefault();
        });
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          clearTimeout(timer);
          instance.triggerSearch(input.value.trim());
        });
        if (initial || Object.keys(initialFilters).length) instance.triggerSearchWithFilters(initial.trim(), initialFilters);
      },
      (error: unknown) => {
        console.error(error);
        status.textContent = unavailableMessage(root.dataset['dev'] === 'true');
        status.classList.add('rb-search__status--problem');
      },
    );
  }
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
