/** The comparison pages: every level of a role side by side, and what changes between two levels. */
import { competencyAreas, expectationFor, formatYears, type ListChange } from '../../lib/level-diff.ts';
import { formatMoney } from '../../lib/money.ts';
import { paths, url } from '../../lib/url.ts';
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

export function chooser(role: Role, current?: LevelPair): Chooser {
  return {
    steps: role.pairs.map((p) => ({ href: url(paths.comparePair(role.id, p.a.slug, p.b.slug)), text: `${p.a.data.shortTitle} → ${p.b.data.shortTitle}`, current: p === current })),
    ...(current ? { sideBySide: url(paths.compare(role.id)) } : {}),
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
  return {
    head: {
      title: `Compare ${role.data.title} levels`,
      description: `${d.map((l) => l.shortTitle).join(', ')}: scope, responsibilities, competencies, experience and pay for each ${role.data.title} level, side by side.`,
      crumbs: [{ label: 'Roles', href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: 'Compare levels' }],
      section: 'roles',
      search: { type: 'role', filters: { family: role.data.family, role: role.data.title }, restate: true },
      ...draftHead([role]),
    },
    roleTitle: role.data.title,
    title: `Compare ${role.data.title} levels`,
    columns: levels.map((l) => ({ href: url(paths.level(role.id, l.slug)), text: l.data.shortTitle, id: `level-${l.slug}` })),
    rows: [
      { label: 'Summary', cells: d.map((l) => l.summary) },
      { label: 'Scope', cells: d.map((l) => l.scope) },
      { label: 'Responsibilities', cells: d.map((l) => l.responsibilities) },
      ...competencyAreas(d).map((area) => ({ label: area, cells: d.map((l) => expectationFor(l, area) ?? '—') })),
      { label: 'Experience', cells: d.map((l) => formatYears(l.experience)) },
      { label: 'Grade', cells: levels.map((l) => l.grade.name) },
      { label: 'Pay', cells: levels.map((l) => l.pay.map((band) => `${band.zone.name}: ${bandText(band, h)}`)) },
    ],
    chooser: chooser(role),
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
  const moneyB = money(h.site, b.band.zone.currency);
  const signed = (n: number) => `${n >= 0 ? '+' : '−'}${formatMoney(Math.abs(n), moneyB)}`;
  const dash = (items: string[]) => (items.length ? items : '—');
  const list = (label: string, change: ListChange): Row[] => (change.changed ? [{ label, ...(change.both.length ? { note: `(${change.both.length} shared, not shown)` } : {}), cells: [dash(change.onlyA), dash(change.onlyB)] }] : []);
  const text = (label: string, change: { a: string; b: string; changed: boolean }): Row[] => (change.changed ? [{ label, cells: [change.a, change.b] }] : []);
  return {
    head: {
      title: `${A} vs ${B} ${role.data.title}`,
      description: `What changes between ${a.data.title} and ${b.data.title}: scope, responsibilities, competencies, experience and pay.`,
      crumbs: [{ label: 'Roles', href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: 'Compare levels', href: paths.compare(role.id) }, { label: `${A} and ${B}` }],
      section: 'roles',
      ...draftHead([a, b]),
    },
    roleTitle: role.data.title,
    a: { href: url(paths.level(role.id, a.slug)), text: a.data.title, short: A },
    b: { href: url(paths.level(role.id, b.slug)), text: b.data.title, short: B },
    compareHref: url(paths.compare(role.id)),
    changed: `${diff.changedCount} ${diff.changedCount === 1 ? 'thing changes' : 'things change'}`,
    inShort: isAdjacent(pair) ? (b.data.changesFromPrevious ?? []) : [],
    rows: [
      ...text('Summary', diff.summary),
      ...text('Scope', diff.scope),
      ...list('Responsibilities', diff.responsibilities),
      ...list('Requirements', diff.requirements),
      ...list('Nice to have', diff.niceToHaves),
      ...diff.competencies.filter((c) => c.changed).map((c) => ({ label: c.area, cells: [c.a ?? '—', c.b ?? '—'] })),
      ...text('Experience', diff.experience),
      ...(a.grade !== b.grade ? [{ label: 'Grade', cells: [a.grade.name, b.grade.name] }] : []),
      ...(diff.salary.changed
        ? [
            {
              label: 'Pay',
              cells: [`${a.band.zone.name}: ${bandText(a.band, h)}`, { text: `${b.band.zone.name}: ${bandText(b.band, h)}`, note: `(${signed(diff.salary.minDelta)} at the bottom, ${signed(diff.salary.maxDelta)} at the top)` }],
            },
          ]
        : []),
    ],
    chooser: chooser(role, pair),
  };
}
