/**
 * In `astro dev` only (src/integrations/dev-server.ts injects it): every page asks the dev server
 * once a second whether the content has errors and when it was last synced, and reloads when the
 * answer no longer matches what the page shows: the handbook while errors stand, the report once
 * they are fixed, or a page rendered before the latest content reached the server. A reload pushed
 * over Vite's socket can be missed by a page still loading; a question is not.
 */
const loadedAt = performance.timeOrigin;
const onReport = () => document.querySelector('[data-rolebook-report]') !== null;

setInterval(async () => {
  const status = (await fetch(`${import.meta.env.BASE_URL}__rolebook/status.json`)
    .then((r) => r.json())
    .catch(() => undefined)) as { errors: number; syncedAt: number } | undefined;
  if (!status) return;
  // Once per sync: a page that started loading less than a second before it may show the content of before.
  const stale = status.syncedAt + 1000 > loadedAt && sessionStorage.getItem('rolebook-synced') !== String(status.syncedAt);
  if (stale) sessionStorage.setItem('rolebook-synced', String(status.syncedAt));
  if (stale || status.errors > 0 !== onReport()) location.reload();
}, 1000);
