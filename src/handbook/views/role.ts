/** The role page and the role card that lists a role elsewhere. */
import { paths, url } from '../../lib/url.ts';
import type { Handbook, Role, Transition } from '../model.ts';
import { inSentence, plural, stepKindNames } from '../../i18n/words/en.ts';
import { bandInZoneText } from '../pay.ts';
import { draftHead, placeLink, reviewLine, type Link, type PageHead, type ReviewLine } from './common.ts';
import { ladderView, type LadderView } from './ladder.ts';

export interface RoleCard {
  href: string;
  title: string;
  summary: string;
  levelCount: string;
  pay?: string;
  levels: Link[];
}

export function roleCard(role: Role, h: Handbook): RoleCard {
  return {
    href: url(paths.role(role.id)),
    title: role.data.title,
    summary: role.data.summary,
    levelCount: plural(role.levels.length, 'level'),
    ...(role.payRange ? { pay: bandInZoneText(role.payRange, h) } : {}),
    levels: role.levels.map((l) => ({ href: url(paths.level(role.id, l.slug)), text: l.data.shortTitle })),
  };
}

interface Move {
  from: Link;
  to: Link;
  /** "promotion", "track switch", "lateral move" */
  kind: string;
  path: Link;
}

export interface RolePage {
  head: PageHead;
  role: Role;
  card: RoleCard;
  ladder: LadderView;
  compareHref?: string;
  leadsTo: Move[];
  comesFrom: Move[];
  /** Table of contents around the guide's own headings. */
  tocBefore: Link[];
  tocAfter: Link[];
  review: ReviewLine;
}

const move = (t: Transition): Move => ({
  from: placeLink(t.from),
  to: placeLink(t.to),
  kind: inSentence(stepKindNames[t.kind]),
  path: { href: url(paths.careerPath(t.path.id)), text: t.path.data.title },
});

export function rolePage(role: Role, h: Handbook): RolePage {
  const d = role.data;
  const hasMoves = role.leadsTo.length > 0 || role.comesFrom.length > 0;
  return {
    head: {
      title: d.title,
      description: d.summary,
      crumbs: [{ label: 'Roles', href: paths.roles() }, { label: d.title }],
      editPath: role.filePath,
      section: 'roles',
      search: { type: 'role', filters: { family: d.family, role: d.title } },
      ...draftHead([role]),
    },
    role,
    card: roleCard(role, h),
    ladder: ladderView(role, h),
    ...(role.levels.length > 1 ? { compareHref: url(paths.compare(role.id)) } : {}),
    leadsTo: role.leadsTo.map(move),
    comesFrom: role.comesFrom.map(move),
    tocBefore: [{ href: '#sec-levels', text: 'Levels and pay' }],
    tocAfter: [
      { href: '#sec-responsibilities', text: 'Responsibilities' },
      { href: '#sec-requirements', text: 'Requirements' },
      { href: '#sec-skills', text: 'Skills' },
      ...(hasMoves ? [{ href: '#sec-leads', text: 'Where this role leads' }] : []),
      ...(role.faqs.length ? [{ href: '#sec-faq', text: 'Questions' }] : []),
    ],
    review: reviewLine(h.site, role),
  };
}
