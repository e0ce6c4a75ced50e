/**
 * In `astro dev` only (src/integrations/dev-server.ts injects it): every page asks the dev server
 * once a second whether the content has errors, and reloads when its answer no longer matches
 * what the page shows: the handbook while errors stand, or the report once they are fixed. A
 * reload pushed over Vite's socket can be missed by a page still loading; a question is not.
 */
const onReport = () => document.querySelector('[data-rolebook-report]') !== null;

setInterval(async () => {
  const status = (await fetch(`${import.meta.env.BASE_URL}__rolebook/status`).then((r) => r.json()).catch(() => undefined)) as { errors: number } | undefined;
  if (status && status.errors > 0 !== onReport()) location.reload();
}, 1000);
