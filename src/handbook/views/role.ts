/** The role page and the role card that lists a role elsewhere. */
import { localesOf } from '../../i18n/locales.ts';
import { paths } from '../../lib/url.ts';
import type { Handbook, Role, Transition } from '../model.ts';
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
  /** The language of its title and summary where it is not the page's: a role not yet translated. */
  lang?: string;
}

export function roleCard(role: Role, h: Handbook): RoleCard {
  return {
    href: h.url(paths.role(role.id)),
    title: role.data.title,
    summary: role.data.summary,
    levelCount: h.words.role.levels(role.levels.length),
    ...(role.payRange ? { pay: bandInZoneText(role.payRange, h) } : {}),
    levels: role.levels.map((l) => ({ href: h.url(paths.level(role.id, l.slug)), text: l.data.shortTitle })),
    ...(role.fallback ? { lang: localesOf(h.site)[0]!.tag } : {}),
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

const move = (t: Transition, h: Pick<Handbook, 'url' | 'words'>): Move => ({
  from: placeLink(t.from, h),
  to: placeLink(t.to, h),
  kind: h.words.inSentence(h.words.stepKindNames[t.kind]),
  path: { href: h.url(paths.careerPath(t.path.id)), text: t.path.data.title },
});

export function rolePage(role: Role, h: Handbook): RolePage {
  const d = role.data;
  const { words } = h;
  const toc = words.role.toc;
  const hasMoves = role.leadsTo.length > 0 || role.comesFrom.length > 0;
  return {
    head: {
      title: d.title,
      description: d.summary,
      crumbs: [{ label: words.crumbs.roles, href: paths.roles() }, { label: d.title }],
      editPath: role.filePath,
      section: 'roles',
      search: { type: 'role', filters: { family: d.family, role: d.title } },
      ...draftHead([role]),
    },
    role,
    card: roleCard(role, h),
    ladder: ladderView(role, h),
    ...(role.levels.length > 1 ? { compareHref: h.url(paths.compare(role.id)) } : {}),
    leadsTo: role.leadsTo.map((t) => move(t, h)),
    comesFrom: role.comesFrom.map((t) => move(t, h)),
    tocBefore: [{ href: '#sec-levels', text: toc.levels }],
    tocAfter: [
      { href: '#sec-responsibilities', text: toc.responsibilities },
      { href: '#sec-requirements', text: toc.requirements },
      { href: '#sec-skills', text: toc.skills },
      ...(hasMoves ? [{ href: '#sec-leads', text: toc.leads }] : []),
      ...(role.faqs.length ? [{ href: '#sec-faq', text: toc.faq }] : []),
    ],
    review: reviewLine(h, role),
  };
}
