/** The level page: its band on the role's pay scale, where it sits on the ladder, its neighbours. */
import { formatDate } from '../../lib/dates.ts';
import { paths, url } from '../../lib/url.ts';
import { ladderOf } from '../levels.ts';
import type { Handbook, Level } from '../model.ts';
import { trackNames } from '../../i18n/words/en.ts';
import { bandText } from '../pay.ts';
import { draftHead, placeLink, reviewLine, type Link, type PageHead, type ReviewLine } from './common.ts';
import { ladderView, type LadderStep, type LadderView } from './ladder.ts';

export interface LevelPage {
  head: PageHead;
  level: Level;
  roleHref: string;
  ladder: LadderView;
  step: LadderStep;
  payNote: string;
  /** Every zone's band, default zone first; `exception` is the reason a level departs from its grade. */
  zones: { name: string; band: string; exception?: string }[];
  /** `peers` are the closest few; `morePeers` more are in the grade's row of the job architecture (`href`). */
  grade: { name: string; href: string; peers: Link[]; morePeers: number };
  /** "Individual contributor, level 2 of 6" */
  position: string;
  adHref: string;
  /** How candidates are interviewed for it, unless site.yaml turns interview kits off. */
  interviewsHref?: string;
  /** The level's self-assessment, for employees preparing a promotion case. */
  selfAssessmentHref: string;
  compareHref?: string;
  /** The side-by-side page of this level and the one below. */
  pairBelowHref?: string;
  previous?: Link;
  next?: Link;
  review: ReviewLine;
}

/**
 * Peers named on a level page. A grade spans every role, so naming them all made each page grow
 * with the whole handbook (400 links on every senior page at 2,000 levels); the job architecture
 * lists them all.
 */
const peersShown = 6;

/** The level's peers, its own role family's first, at most peersShown, and how many more there are. */
function closestPeers(level: Level): { peers: Level[]; more: number } {
  const others = level.grade.levels.filter((l) => l !== level);
  const family = level.role.data.family;
  const ordered = [...others.filter((l) => l.role.data.family === family), ...others.filter((l) => l.role.data.family !== family)];
  return { peers: ordered.slice(0, peersShown), more: Math.max(0, ordered.length - peersShown) };
}

export function levelPage(level: Level, h: Handbook): LevelPage {
  const { site } = h;
  const d = level.data;
  const role = level.role;
  const ladder = ladderView(role, h);
  const step = ladder.steps.get(level)!;
  const rung = ladderOf(level);
  const below = role.pairs.find((p) => p.a === level.previous && p.b === level);
  const peers = closestPeers(level);
  return {
    head: {
      title: d.title,
      description: `${d.summary} Pay band ${step.band}; ${step.years} of experience.`,
      crumbs: [{ label: 'Roles', href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: d.shortTitle }],
      editPath: level.filePath,
      section: 'roles',
      search: { type: 'level', filters: { family: role.data.family, role: role.data.title, level: d.shortTitle, track: d.track } },
      ...draftHead([level]),
    },
    level,
    roleHref: url(paths.role(role.id)),
    ladder,
    step,
    payNote: `${level.band.zone.name}. Effective ${formatDate(h.pay.effective, site.locale)}. Source: ${h.pay.source}. The bar shows this band against every ${role.data.title} level.`,
    zones: level.pay.map((band) => ({ name: band.zone.name, band: bandText(band, h), ...(band.exception ? { exception: band.exception } : {}) })),
    grade: { name: level.grade.name, href: `${url(paths.jobArchitecture())}#grade-${level.grade.id}`, peers: peers.peers.map(placeLink), morePeers: peers.more },
    position: `${trackNames[d.track]}, level ${rung.indexOf(level) + 1} of ${rung.length}`,
    adHref: url(paths.ad(role.id, level.slug)),
    ...(site.interviewKits === 'off' ? {} : { interviewsHref: url(paths.interviews(role.id, level.slug)) }),
    selfAssessmentHref: url(paths.selfAssessment(role.id, level.slug)),
    ...(role.levels.length > 1 ? { compareHref: url(paths.compare(role.id)) } : {}),
    ...(below ? { pairBelowHref: url(paths.comparePair(role.id, below.a.slug, below.b.slug)) } : {}),
    ...(level.previous ? { previous: placeLink(level.previous) } : {}),
    ...(level.next ? { next: placeLink(level.next) } : {}),
    review: reviewLine(site, level),
  };
}
