// The only script every page runs up front (budget: 1 kB gzip). src/pages/site.js.ts serves it
// minified; it is never bundled, so it stays one small classic script with nothing to import.
(() => {
  var root = document.documentElement,
    key = 'rolebook-theme',
    on = 'addEventListener';
  try {
    const saved = localStorage.getItem(key);
    if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  } catch {}
  var dark = () => (root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark';
  document[on]('DOMContentLoaded', () => {
    // Theme: system preference unless the reader chose; the toggle remembers the choice.
    var toggle = document.getElementById('theme-toggle');
    var sync = () => {
      toggle.setAttribute('aria-pressed', dark());
    };
    if (toggle) {
      toggle.hidden = false;
      sync();
      toggle[on]('click', () => {
        root.dataset.theme = dark() ? 'light' : 'dark';
        try {
          localStorage.setItem(key, root.dataset.theme);
        } catch {}
        sync();
      });
    }

    // Features with code of their own name it in data-on-demand; it loads once, on first use.
    var modules = {},
      module = (el) => {
        var src = el.dataset.onDemand;
        modules[src] ||= import(src).catch((error) => {
          delete modules[src];
          throw error;
        });
        return modules[src];
      };
    // Buttons (copy): shown now, their module run on click.
    document.querySelectorAll('button[data-on-demand]').forEach((el) => {
      el.hidden = false;
      el[on]('click', () => {
        module(el).then((m) => {
          m.default(el);
        });
      });
    });

    // Search: the header link opens the search dialog; its code loads on the first sign of intent.
    var box = document.getElementById('site-search'),
      link = box?.querySelector('[data-search-open]');
    if (!link) return;
    var load = () => module(box);
    // Keys typed while the dialog's code loads are kept and handed over, not lost.
    // Without the search code (a copy of the site with no index), say so instead of doing nothing.
    var run = (name) => {
      var typed = '',
        keep = (event) => {
          if (event.key.length < 2 && !event.ctrlKey && !event.metaKey) {
            typed += event.key;
            event.preventDefault();
          }
        };
      if (name === 'open') document[on]('keydown', keep, true);
      load().then(
        (m) => {
          document.removeEventListener('keydown', keep, true);
          m[name](box, link, typed);
        },
        () => {
          document.removeEventListener('keydown', keep, true);
          var dialog = box.querySelector('dialog'),
            status = document.querySelector('[data-search-status]');
          if (name === 'open') dialog.showModal();
          else if (status) status.textContent = dialog.querySelector('[data-search-unavailable-text]').textContent;
        },
      );
    };
    ['pointerenter', 'focus'].forEach((type) => {
      link[on](
        type,
        () => {
          load().catch(() => {});
        },
        { once: true },
      );
    });
    link[on]('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button) return;
      event.preventDefault();
      run('open');
    });
    document[on]('keydown', (event) => {
      var t = event.target,
        typing = t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);
      var modK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      if (modK || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey && !document.querySelector('dialog[open]'))) {
        event.preventDefault();
        run('open');
      }
    });
    if (document.querySelector('[data-search-page]')) run('startSearchPage');
  });
})();
