/** The home page and the roles index: every role as a card, grouped by family. */
import { slugify } from '../../lib/slug.ts';
import type { Handbook } from '../model.ts';
import type { PageHead } from './common.ts';
import { roleCard, type RoleCard } from './role.ts';

export interface Family {
  family: string;
  /** Id of the family's heading. */
  id: string;
  cards: RoleCard[];
}

export const families = (h: Handbook): Family[] => h.families.map(({ family, roles }) => ({ family, id: `family-${slugify(family)}`, cards: roles.map((r) => roleCard(r, h)) }));

export interface HomePage {
  head: PageHead & { ogType: 'website' };
  counts: { roles: number; levels: number; careerPaths: number; faqs: number; skills: number; openings: number };
  families: Family[];
}

export function homePage(h: Handbook): HomePage {
  const { name } = h.site.company;
  return {
    head: {
      title: name,
      description: h.words.homeHead.description(name, h.roles.length, h.levels.length),
      ogType: 'website',
      search: {},
    },
    counts: { roles: h.roles.length, levels: h.levels.length, careerPaths: h.careerPaths.length, faqs: h.faqs.length, skills: h.skills.length, openings: h.openings.filter((o) => o.open).length },
    families: families(h),
  };
}
