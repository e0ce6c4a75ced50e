/** Which entry a page is about, from its path: what decides whether the page is translated in a language. */
import type { Drafted, Handbook } from './model.ts';

export /** The entry a page is about, from its path without the language prefix (roles/x/y/job-ad/ → level x/y), if it has one. */
function entryOf(h: Handbook, path: string): Drafted | undefined {
  const [section, a, b] = path.split('/').filter(Boolean);
  if (section === 'roles' && a) return b && b !== 'compare' ? h.levels.find((l) => l.id === `${a}/${b}`) : h.roles.find((r) => r.id === a);
  if (section === 'jobs' && a) return h.openings.find((o) => o.id === a);
  if (section === 'career-paths' && a) return h.careerPaths.find((p) => p.id === a);
  return undefined;
}
