/** The level page: its band on the role's pay scale, where it sits on the ladder, its neighbours. */
import { formatDate } from '../../lib/dates.ts';
import { paths } from '../../lib/url.ts';
import { ladderOf } from '../levels.ts';
import type { Handbook, Level } from '../model.ts';
import { bandText } from '../pay.ts';
import { draftHead, placeLink, reviewLine, type Link, type PageHead, type ReviewLine } from './common.ts';
import { ladderView, type LadderStep, type LadderView } from './ladder.ts';

export interface LevelPage {
  head: PageHead;
  level: Level;
  /** Its competencies, each area by its name in the page's language. */
  competencies: { area: string; expectation: string }[];
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
  const { site, words } = h;
  const d = level.data;
  const role = level.role;
  const ladder = ladderView(role, h);
  const step = ladder.steps.get(level)!;
  const rung = ladderOf(level);
  const below = role.pairs.find((p) => p.a === level.previous && p.b === level);
  const peers = closestPeers(level);
  return {
    competencies: level.data.competencies.map((c) => ({ area: h.areaName(c.area), expectation: c.expectation })),
    head: {
      title: d.title,
      description: words.level.description(d.summary, step.band, step.years),
      crumbs: [{ label: words.crumbs.roles, href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: d.shortTitle }],
      editPath: level.filePath,
      section: 'roles',
      search: { type: 'level', filters: { family: role.data.family, role: role.data.title, level: d.shortTitle, track: d.track } },
      ...draftHead([level]),
    },
    level,
    roleHref: h.url(paths.role(role.id)),
    ladder,
    step,
    payNote: words.level.payNote(level.band.zone.name, formatDate(h.pay.effective, h.locale.tag), h.pay.source, role.data.title),
    zones: level.pay.map((band) => ({ name: band.zone.name, band: bandText(band, h), ...(band.exception ? { exception: band.exception } : {}) })),
    grade: { name: level.grade.name, href: `${h.url(paths.jobArchitecture())}#grade-${level.grade.id}`, peers: peers.peers.map((p) => placeLink(p, h)), morePeers: peers.more },
    position: words.level.position(words.trackNames[d.track], rung.indexOf(level) + 1, rung.length),
    adHref: h.url(paths.ad(role.id, level.slug)),
    ...(site.interviewKits === 'off' ? {} : { interviewsHref: h.url(paths.interviews(role.id, level.slug)) }),
    selfAssessmentHref: h.url(paths.selfAssessment(role.id, level.slug)),
    ...(role.levels.length > 1 ? { compareHref: h.url(paths.compare(role.id)) } : {}),
    ...(below ? { pairBelowHref: h.url(paths.comparePair(role.id, below.a.slug, below.b.slug)) } : {}),
    ...(level.previous ? { previous: placeLink(level.previous, h) } : {}),
    ...(level.next ? { next: placeLink(level.next, h) } : {}),
    review: reviewLine(h, level),
  };
}
