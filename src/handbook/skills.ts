/** Skills: every skill a role guide names, the roles that ask for it and the level lines that mention it. */
import { mentions } from '../lib/skills.ts';
import type { Level, Role, Skill } from './model.ts';
import { byText } from './order.ts';

/** A level's own lines, in the order its page shows them. */
const levelLines = (level: Level) => {
  const d = level.data;
  return [...d.requirements, ...d.niceToHaves, ...d.responsibilities, ...d.competencies.map((c) => c.expectation), d.scope];
};

export function buildSkills(roles: readonly Role[], levels: readonly Level[]): Skill[] {
  const bySlug = new Map<string, Skill>();
  for (const role of roles) {
    for (const group of role.skillGroups) {
      for (const { name, slug } of group.skills) {
        let skill = bySlug.get(slug);
        if (!skill) {
          skill = { slug, name, groups: [], roles: [], mentions: [] };
          bySlug.set(slug, skill);
        }
        if (!skill.groups.includes(group.group)) skill.groups.push(group.group);
        if (!skill.roles.includes(role)) skill.roles.push(role);
      }
    }
  }
  for (const skill of bySlug.values()) {
    for (const level of levels) {
      const lines = levelLines(level).filter((line) => mentions(line, skill.name));
      if (lines.length) skill.mentions.push({ level, lines });
    }
  }
  return [...bySlug.values()].sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()));
}
