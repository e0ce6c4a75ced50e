/**
 * Levels: attached to their roles and grades, each role's ladder ordered by track then order,
 * neighbours linked, every zone's band resolved once, and the role's pay range.
 */
import { tracks, type LevelData, type Track } from '../schemas/level.ts';
import type { Level, Pay, PayRange, Role, Source } from './model.ts';
import { levelBands } from './pay.ts';
import { byText, draftOf, fallbackOf } from './order.ts';
import { levelPairs } from './pairs.ts';
import { largest, smallest } from '../lib/lists.ts';

export function attachLevels(roles: readonly Role[], entries: readonly Source<LevelData>[], pay: Pay): Level[] {
  const rolesById = new Map(roles.map((r) => [r.id, r]));
  const grades = new Map(pay.grades.map((g) => [g.id, g]));
  const levels: Level[] = [];
  for (const entry of entries) {
    const role = rolesById.get(entry.data.role.id);
    const grade = grades.get(entry.data.grade);
    const bands = grade ? levelBands(entry.data, grade) : [];
    if (!role || !grade || !bands[0]) continue;
    const filePath = entry.filePath ?? `content/levels/${entry.id}.mdx`;
    const level: Level = {
      kind: 'level',
      id: entry.id,
      slug: entry.id.split('/').at(-1)!,
      role,
      data: entry.data,
      filePath,
      ...draftOf(entry, filePath, role),
      ...fallbackOf(entry),
      grade,
      pay: bands,
      band: bands[0],
      faqs: [],
    };
    role.levels.push(level);
    grade.levels.push(level);
    levels.push(level);
  }
  const trackIndex = (t: Track) => tracks.indexOf(t);
  for (const role of roles) {
    role.levels.sort((a, b) => trackIndex(a.data.track) - trackIndex(b.data.track) || a.data.order - b.data.order || byText(a.id, b.id));
    role.tracks = tracks.filter((t) => role.levels.some((l) => l.data.track === t));
    const management = role.levels.filter((l) => l.data.track === 'management').length;
    role.track = management > role.levels.length - management ? 'management' : 'ic';
    for (const track of role.tracks) {
      const ladder = role.levels.filter((l) => l.data.track === track);
      ladder.forEach((level, i) => {
        const previous = ladder[i - 1];
        const next = ladder[i + 1];
        if (previous) level.previous = previous;
        if (next) level.next = next;
      });
    }
    role.pairs = levelPairs(role.levels);
    const range = payRange(role.levels);
    if (range) role.payRange = range;
  }
  const ladderIndex = (level: Level) => level.role.levels.indexOf(level);
  return levels.sort((a, b) => byText(a.role.data.title, b.role.data.title) || ladderIndex(a) - ladderIndex(b));
}

/** From the lowest to the highest band of the levels, in the default zone. */
function payRange(levels: readonly Level[]): PayRange | undefined {
  const first = levels[0];
  if (!first) return undefined;
  return { zone: first.band.zone, min: smallest(levels.map((l) => l.band.min)), max: largest(levels.map((l) => l.band.max)) };
}

/** The levels on the same track as this one, bottom first. */
export function ladderOf(level: Level): Level[] {
  return level.role.levels.filter((l) => l.data.track === level.data.track);
}
