/** The skills index and one page per skill: who asks for it and which level lines name it. */
import { paths } from '../../lib/url.ts';
import type { Handbook, Skill } from '../model.ts';
import { byText } from '../order.ts';
import { draftHead, type Link, type PageHead } from './common.ts';

export interface SkillsPage {
  head: PageHead;
  groups: { group: string; skills: { href: string; name: string; roles: number; rolesText: string }[] }[];
}

export function skillsPage(h: Handbook): SkillsPage {
  const groups = Map.groupBy(h.skills, (s) => s.groups[0]!);
  const { words } = h;
  return {
    head: {
      title: words.skills.title,
      description: words.skills.description(h.skills.length, h.site.company.name),
      crumbs: [{ label: words.crumbs.skills }],
      section: 'skills',
      search: { type: 'skill' },
    },
    groups: [...groups.keys()].sort(byText).map((group) => ({
      group,
      skills: groups.get(group)!.map((s) => ({ href: h.url(paths.skill(s.slug)), name: s.name, roles: s.roles.length, rolesText: words.skills.roles(s.roles.length) })),
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

export function skillPage(skill: Skill, h: Pick<Handbook, 'url' | 'words'>): SkillPage {
  const roleNames = skill.roles.map((r) => r.data.title);
  const { words } = h;
  return {
    head: {
      title: skill.name,
      description: words.skills.skillDescription(skill.name, roleNames.join(', ')),
      crumbs: [{ label: words.crumbs.skills, href: paths.skills() }, { label: skill.name }],
      section: 'skills',
      search: { type: 'skill', filters: { skill: skill.name } },
      // A skill only draft roles ask for has no page on the published site.
      ...(skill.roles.every((r) => r.draft) ? draftHead(skill.roles) : {}),
    },
    skill,
    groups: skill.groups.join(' · '),
    askedBy: words.skills.askedBy(skill.name, skill.roles.length),
    roles: skill.roles.map((role) => ({
      link: { href: h.url(paths.role(role.id)), text: role.data.title },
      group: role.skillGroups.find((g) => g.skills.some((s) => s.slug === skill.slug))?.group ?? '',
      levels: role.levels.map((l) => ({ href: h.url(paths.level(role.id, l.slug)), text: l.data.shortTitle })),
    })),
    mentions: skill.mentions.map(({ level, lines }) => ({ link: { href: h.url(paths.level(level.role.id, level.slug)), text: level.data.title }, lines })),
    skillsHref: h.url(paths.skills()),
  };
}
