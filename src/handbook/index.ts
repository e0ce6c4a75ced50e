/**
 * getHandbook(): the one way pages read content. Each collection is read once per build, drafts
 * dropped, references resolved and everything derived in buildHandbook(); the promise is shared.
 * Pages take their view model from routes.ts and render it.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { buildHandbook } from './build.ts';
import type { Handbook } from './model.ts';
import { hiring, pay, site } from './settings.ts';

export type * from './model.ts';

let handbook: Promise<Handbook> | undefined;

export function getHandbook(): Promise<Handbook> {
  handbook ??= (async () => {
    const [roles, levels, faqs, careerPaths] = await Promise.all([
      getCollection('roles'),
      getCollection('levels'),
      getCollection('faqs'),
      getCollection('careerPaths'),
    ]);
    return buildHandbook({ site, pay, hiring, roles, levels, faqs, careerPaths });
  })();
  return handbook;
}

type Renderable = { kind: 'role' | 'level'; id: string } | { anchor: string; id: string } | { steps: unknown[]; id: string };

/** Renders an item's MDX body. */
export async function renderBody(item: Renderable) {
  const collection = 'anchor' in item ? 'faqs' : 'steps' in item ? 'careerPaths' : item.kind === 'level' ? 'levels' : 'roles';
  const entry = await getEntry(collection, item.id);
  if (!entry) throw new Error(`${collection}/${item.id} is missing`);
  return render(entry);
}
