/**
 * getHandbook(): the one way pages read content. Each collection is read once per build, drafts
 * dropped, references resolved and everything derived in buildHandbook(); the promise is shared.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { loadSiteSettings } from '../integrity/load-content.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { buildHandbook } from './build.ts';
import type { Handbook } from './model.ts';

export type * from './model.ts';
export { nodeId, roleOf, trackOf } from './build.ts';

let site: Promise<SiteSettings> | undefined;
let handbook: Promise<Handbook> | undefined;

/** content/site.yaml, validated. The build has already stopped with a readable report if it is wrong. */
export function getSiteSettings(): Promise<SiteSettings> {
  site ??= loadSiteSettings(process.cwd()).then(({ site: settings, problems }) => {
    if (!settings) throw new Error(`content/site.yaml is invalid: ${problems.map((p) => `${p.field ?? ''} ${p.message}`).join('; ')}`);
    return settings;
  });
  return site;
}

export function getHandbook(): Promise<Handbook> {
  handbook ??= (async () => {
    const [settings, roles, levels, faqs, careerPaths] = await Promise.all([
      getSiteSettings(),
      getCollection('roles'),
      getCollection('levels'),
      getCollection('faqs'),
      getCollection('careerPaths'),
    ]);
    return buildHandbook({ site: settings, roles, levels, faqs, careerPaths });
  })();
  return handbook;
}

type Renderable = { id: string; kind?: 'role' | 'level' } | { id: string; anchor: string } | { id: string; steps: unknown[] };

/** Renders an item's MDX body. */
export async function renderBody(item: Renderable) {
  const collection = 'anchor' in item ? 'faqs' : 'steps' in item ? 'careerPaths' : item.kind === 'level' ? 'levels' : 'roles';
  const entry = await getEntry(collection, item.id);
  if (!entry) throw new Error(`${collection}/${item.id} is missing`);
  return render(entry);
}

/** getStaticPaths for the pages that exist once per level: /roles/<role>/<level>/… */
export async function levelPaths() {
  const h = await getHandbook();
  return h.levels.map((level) => ({ params: { role: level.role.id, level: level.slug }, props: { level } }));
}
