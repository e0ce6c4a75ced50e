/** Roles: guides sorted by title, with their skills named and slugged; and role families. */
import { slugify } from '../lib/slug.ts';
import type { RoleData } from '../schemas/role.ts';
import type { Role, Source } from './model.ts';
import { byText, draftOf, fallbackOf } from './order.ts';

export function buildRoles(entries: readonly Source<RoleData>[]): Role[] {
  return entries
    .map(
      (entry): Role => ({
        kind: 'role',
        id: entry.id,
        data: entry.data,
        filePath: entry.filePath ?? `content/roles/${entry.id}.mdx`,
        ...draftOf(entry, entry.filePath ?? `content/roles/${entry.id}.mdx`),
        ...fallbackOf(entry),
        levels: [],
        tracks: [],
        track: 'ic',
        skillGroups: entry.data.skills.map((g) => ({ group: g.group, skills: g.items.map((name) => ({ name, slug: slugify(name) })) })),
        faqs: [],
        leadsTo: [],
        comesFrom: [],
        pairs: [],
      }),
    )
    .sort((a, b) => byText(a.data.title, b.data.title));
}

export function roleFamilies(roles: readonly Role[]): { family: string; roles: Role[] }[] {
  const names = [...new Set(roles.map((r) => r.data.family))].sort(byText);
  return names.map((family) => ({ family, roles: roles.filter((r) => r.data.family === family) }));
}
