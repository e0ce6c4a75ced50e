/** The skills index and one page per skill: who asks for it and which level lines name it. */
import { paths, url } from '../../lib/url.ts';
import type { Handbook, Skill } from '../model.ts';
import { byText } from '../order.ts';
import { plural } from '../../i18n/words/en.ts';
import { draftHead, type Link, type PageHead } from './common.ts';

export interface SkillsPage {
  head: PageHead;
  groups: { group: string; skills: { href: string; name: string; roles: number; rolesText: string }[] }[];
}

export function skillsPage(h: Handbook): SkillsPage {
  const groups = Map.groupBy(h.skills, (s) => s.groups[0]!);
  return {
    head: {
      title: 'Skills',
      description: `${h.skills.length} skills the roles at ${h.site.company.name} ask for, and which roles and levels ask for each.`,
      crumbs: [{ label: 'Skills' }],
      section: 'skills',
      search: { type: 'skill' },
    },
    groups: [...groups.keys()].sort(byText).map((group) => ({
      group,
      skills: groups.get(group)!.map((s) => ({ href: url(paths.skill(s.slug)), name: s.name, roles: s.roles.length, rolesText: s.roles.length === 1 ? 'role' : 'roles' })),
    })),
  };
}

export interface SkillPage {
  head: PageHead;
  skill: Skill;
  groups: string;
  askedBy: string;
  roles: { link: Link; group: string; levels: Link[] }[];
  mentions: { link: Link; lines: string[] }[];
  skillsHref: string;
}

export function skillPage(skill: Skill): SkillPage {
  const roleNames = skill.roles.map((r) => r.data.title);
  return {
    head: {
      title: skill.name,
      description: `Which roles ask for ${skill.name} (${roleNames.join(', ')}) and which levels mention it.`,
      crumbs: [{ label: 'Skills', href: paths.skills() }, { label: skill.name }],
      section: 'skills',
      search: { type: 'skill', filters: { skill: skill.name } },
      // A skill only draft roles ask for has no page on the published site.
      ...(skill.roles.every((r) => r.draft) ? draftHead(skill.roles) : {}),
    },
    skill,
    groups: skill.groups.join(' · '),
    askedBy: `${skill.name} appears in the skills of ${plural(skill.roles.length, 'role')}.`,
    roles: skill.roles.map((role) => ({
      link: { href: url(paths.role(role.id)), text: role.data.title },
      group: role.skillGroups.find((g) => g.skills.some((s) => s.slug === skill.slug))?.group ?? '',
      levels: role.levels.map((l) => ({ href: url(paths.level(role.id, l.slug)), text: l.data.shortTitle })),
    })),
    mentions: skill.mentions.map(({ level, lines }) => ({ link: { href: url(paths.level(level.role.id, level.slug)), text: level.data.title }, lines })),
    skillsHref: url(paths.skills()),
  };
}
