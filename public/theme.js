// Theme: system preference by default; the header toggle remembers a choice. Loaded in <head>: no flash.
(function () {
  var root = document.documentElement;
  var key = 'rolebook-theme';
  try {
    var saved = localStorage.getItem(key);
    if (saved === 'dark' || saved === 'light') root.dataset.theme = saved;
  } catch (e) {}
  function current() {
    return root.dataset.theme || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    var sync = function () { button.setAttribute('aria-pressed', String(current() === 'dark')); };
    button.hidden = false;
    sync();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.dataset.theme = next;
      try { localStorage.setItem(key, next); } catch (e) {}
      sync();
    });
  });
})();
