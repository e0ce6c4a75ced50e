// The only script every page runs up front (budget: 1 kB gzip). It is served from src/pages/site.js.ts
// without comments or indentation, and is never bundled, so it stays one small classic script.
// Theme: system preference unless the reader chose; the toggle remembers the choice.
// Search: the header link opens the search dialog; its code loads on the first sign of intent.
(function () {
  var root = document.documentElement, key = 'rolebook-theme';
  try {
    var saved = localStorage.getItem(key);
    if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  } catch (e) {}
  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (button) {
      var sync = function () { button.setAttribute('aria-pressed', String(current() === 'dark')); };
      button.hidden = false;
      sync();
      button.addEventListener('click', function () {
        var next = current() === 'dark' ? 'light' : 'dark';
        root.dataset.theme = next;
        try { localStorage.setItem(key, next); } catch (e) {}
        sync();
      });
    }

    var box = document.getElementById('site-search'), link = box && box.querySelector('[data-search-open]'), ui;
    if (!link) return;
    var load = function () {
      return ui || (ui = import(box.dataset.module).catch(function (error) { ui = null; throw error; }));
    };
    // Without the search code (a copy of the site with no index), say so instead of doing nothing.
    var run = function (name) {
      load().then(function (m) { m[name](box, link); }, function () {
        var dialog = box.querySelector('[data-search-unavailable]'), status = document.querySelector('[data-search-status]');
        if (name == 'open') dialog.showModal();
        else if (status) status.textContent = dialog.querySelector('[data-search-unavailable-text]').textContent;
      });
    };
    ['pointerenter', 'focus', 'touchstart'].forEach(function (type) {
      link.addEventListener(type, function () { load().catch(function () {}); }, { once: true, passive: true });
    });
    link.addEventListener('click', function (event) {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button) return;
      event.preventDefault();
      run('open');
    });
    document.addEventListener('keydown', function (event) {
      var t = event.target, typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      var modK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      var slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
      if (!modK && !(slash && !document.querySelector('dialog[open]'))) return;
      event.preventDefault();
      run('open');
    });
    if (document.querySelector('[data-search-page]')) run('startSearchPage');
  });
})();
