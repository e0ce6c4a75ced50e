/** Openings: each attached to its level, open or closed as of the day of the build. */
import type { OpeningData } from '../schemas/opening.ts';
import type { Level, Opening, Source } from './model.ts';
import { byText, draftOf, fallbackOf } from './order.ts';

/** An opening takes applications up to and including its validThrough day. */
const isOpen = (data: Pick<OpeningData, 'validThrough'>, today: string) => data.validThrough >= today;

export function buildOpenings(entries: readonly Source<OpeningData>[], levels: readonly Level[], today: string): Opening[] {
  const byId = new Map(levels.map((l) => [l.id, l]));
  return entries
    .flatMap((entry): Opening[] => {
      const level = byId.get(entry.data.level);
      if (!level) return [];
      const filePath = entry.filePath ?? `content/openings/${entry.id}.mdx`;
      return [{ kind: 'opening', id: entry.id, data: entry.data, filePath, ...draftOf(entry, filePath, level), ...fallbackOf(entry), level, title: entry.data.title ?? level.data.title, open: isOpen(entry.data, today), team: Boolean(entry.body?.trim()) }];
    })
    .sort((a, b) => Number(b.open) - Number(a.open) || byText(a.data.validThrough, b.data.validThrough) || byText(a.title, b.title));
}
