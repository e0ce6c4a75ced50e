/**
 * getHandbook(): the one way pages read content. Each collection is read once per build, drafts
 * dropped (astro dev keeps them, marked, for the banner on their pages), references resolved and
 * everything derived in buildHandbook(); the promise is shared. Pages take their view model from
 * routes.ts and render it.
 */
import { getCollection, getEntry } from 'astro:content';
import type { RenderedBody } from '../render/body.ts';
import { readBody } from '../render/body-cache.ts';
import { buildHandbook } from './build.ts';
import type { Handbook } from './model.ts';
import { hiring, pay, site, today } from './settings.ts';

export type * from './model.ts';

let handbook: Promise<Handbook> | undefined;

export function getHandbook(): Promise<Handbook> {
  handbook ??= (async () => {
    const [roles, levels, faqs, careerPaths, openings, interviewQuestions] = await Promise.all([getCollection('roles'), getCollection('levels'), getCollection('faqs'), getCollection('careerPaths'), getCollection('openings'), getCollection('interviewQuestions')]);
    return buildHandbook({ site, pay, hiring, roles, levels, faqs, careerPaths, openings, interviewQuestions, today, drafts: import.meta.env.DEV });
  })();
  return handbook;
}

type Renderable = { kind: 'role' | 'level' | 'opening'; id: string } | { anchor: string; id: string } | { steps: unknown[]; id: string };

/**
 * An item's body as the collections' loader rendered it (src/render/body.ts): its HTML and
 * headings, read from the file the loader kept it in (src/render/body-cache.ts) as its page renders.
 */
export async function bodyOf(item: Renderable): Promise<RenderedBody> {
  const collection = 'anchor' in item ? 'faqs' : 'steps' in item ? 'careerPaths' : item.kind === 'level' ? 'levels' : item.kind === 'opening' ? 'openings' : 'roles';
  const file = (await getEntry(collection, item.id))?.rendered?.metadata?.['file'];
  if (typeof file !== 'string') throw new Error(`${collection}/${item.id} has no rendered body`);
  return readBody(file);
}
