/** The comparison pages: every level of a role side by side, and what changes between two levels. */
import { competencyAreas, expectationFor, formatYears, type ListChange } from '../../lib/level-diff.ts';
import { formatMoney } from '../../lib/money.ts';
import { paths } from '../../lib/url.ts';
import type { Handbook, LevelPair, Role } from '../model.ts';
import { isAdjacent } from '../pairs.ts';
import { bandText, money } from '../pay.ts';
import { draftHead, type Link, type PageHead } from './common.ts';

interface ChooserLink extends Link {
  current: boolean;
}

/**
 * Pick two levels with no JavaScript: each step up a ladder (and onto another track) has its own
 * "what changes" page; levels further apart are read step by step or in the role's side-by-side
 * table, so a role's pages grow with its levels rather than with every pair of them.
 */
export interface Chooser {
  steps: ChooserLink[];
  /** The side-by-side table, from a pair's page; left out on the table's own page. */
  sideBySide?: string;
}

export function chooser(role: Role, h: Pick<Handbook, 'url'>, current?: LevelPair): Chooser {
  return {
    steps: role.pairs.map((p) => ({ href: h.url(paths.comparePair(role.id, p.a.slug, p.b.slug)), text: `${p.a.data.shortTitle} → ${p.b.data.shortTitle}`, current: p === current })),
    ...(current ? { sideBySide: h.url(paths.compare(role.id)) } : {}),
  };
}

/** A row of a comparison table: a heading and one cell per level (text, a list, or text with a note). */
export interface Row {
  label: string;
  note?: string;
  cells: (string | string[] | { text: string; note: string })[];
}

export interface ComparePage {
  head: PageHead;
  roleTitle: string;
  title: string;
  columns: (Link & { id: string })[];
  rows: Row[];
  chooser: Chooser;
}

export function comparePage(role: Role, h: Handbook): ComparePage {
  const levels = role.levels;
  const d = levels.map((l) => l.data);
  const { words } = h;
  const w = words.compare;
  return {
    head: {
      title: w.title(role.data.title),
      description: w.description(d.map((l) => l.shortTitle).join(', '), role.data.title),
      crumbs: [{ label: words.crumbs.roles, href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: words.crumbs.compareLevels }],
      section: 'roles',
      search: { type: 'role', filters: { family: role.data.family, role: role.data.title }, restate: true },
      ...draftHead([role]),
    },
    roleTitle: role.data.title,
    title: w.title(role.data.title),
    columns: levels.map((l) => ({ href: h.url(paths.level(role.id, l.slug)), text: l.data.shortTitle, id: `level-${l.slug}` })),
    rows: [
      { label: w.rows.summary, cells: d.map((l) => l.summary) },
      { label: w.rows.scope, cells: d.map((l) => l.scope) },
      { label: w.rows.responsibilities, cells: d.map((l) => l.responsibilities) },
      ...competencyAreas(d).map((area) => ({ label: h.areaName(area), cells: d.map((l) => expectationFor(l, area) ?? '—') })),
      { label: w.rows.experience, cells: d.map((l) => formatYears(l.experience, words)) },
      { label: w.rows.grade, cells: levels.map((l) => l.grade.name) },
      { label: w.rows.pay, cells: levels.map((l) => l.pay.map((band) => `${band.zone.name}: ${bandText(band, h)}`)) },
    ],
    chooser: chooser(role, h),
  };
}

export interface PairPage {
  head: PageHead;
  roleTitle: string;
  a: Link & { short: string };
  b: Link & { short: string };
  compareHref: string;
  /** "3 things change" */
  changed: string;
  /** The upper level's own "what changes" list, for neighbouring levels. */
  inShort: string[];
  rows: Row[];
  chooser: Chooser;
}

export function pairPage(pair: LevelPair, h: Handbook): PairPage {
  const { a, b, diff } = pair;
  const role = a.role;
  const A = a.data.shortTitle;
  const B = b.data.shortTitle;
  const { words } = h;
  const w = words.compare;
  const moneyB = money(h, b.band.zone.currency);
  const signed = (n: number) => `${n >= 0 ? '+' : '−'}${formatMoney(Math.abs(n), moneyB)}`;
  const dash = (items: string[]) => (items.length ? items : '—');
  const list = (label: string, change: ListChange): Row[] => (change.changed ? [{ label, ...(change.both.length ? { note: w.shared(change.both.length) } : {}), cells: [dash(change.onlyA), dash(change.onlyB)] }] : []);
  const text = (label: string, change: { a: string; b: string; changed: boolean }): Row[] => (change.changed ? [{ label, cells: [change.a, change.b] }] : []);
  const years = diff.experience;
  return {
    head: {
      title: w.pairTitle(A, B, role.data.title),
      description: w.pairDescription(a.data.title, b.data.title),
      crumbs: [{ label: words.crumbs.roles, href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: words.crumbs.compareLevels, href: paths.compare(role.id) }, { label: words.crumbs.pair(A, B) }],
      section: 'roles',
      ...draftHead([a, b]),
    },
    roleTitle: role.data.title,
    a: { href: h.url(paths.level(role.id, a.slug)), text: a.data.title, short: A },
    b: { href: h.url(paths.level(role.id, b.slug)), text: b.data.title, short: B },
    compareHref: h.url(paths.compare(role.id)),
    changed: w.changed(diff.changedCount),
    inShort: isAdjacent(pair) ? (b.data.changesFromPrevious ?? []) : [],
    rows: [
      ...text(w.rows.summary, diff.summary),
      ...text(w.rows.scope, diff.scope),
      ...list(w.rows.responsibilities, diff.responsibilities),
      ...list(w.rows.requirements, diff.requirements),
      ...list(w.rows.niceToHaves, diff.niceToHaves),
      ...diff.competencies.filter((c) => c.changed).map((c) => ({ label: h.areaName(c.area), cells: [c.a ?? '—', c.b ?? '—'] })),
      ...text(w.rows.experience, { a: formatYears(years.a, words), b: formatYears(years.b, words), changed: years.changed }),
      ...(a.grade !== b.grade ? [{ label: w.rows.grade, cells: [a.grade.name, b.grade.name] }] : []),
      ...(diff.salary.changed
        ? [
            {
              label: w.rows.pay,
              cells: [`${a.band.zone.name}: ${bandText(a.band, h)}`, { text: `${b.band.zone.name}: ${bandText(b.band, h)}`, note: w.payChange(signed(diff.salary.minDelta), signed(diff.salary.maxDelta)) }],
            },
          ]
        : []),
    ],
    chooser: chooser(role, h, pair),
  };
}
