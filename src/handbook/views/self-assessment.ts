/**
 * A level's self-assessment page, for employees preparing a promotion case: each competency's
 * expectation at this level and the next, then what it takes to reach the next level, each with a
 * rating and room for evidence. Every expectation is the ladder's own text; where the next level
 * says nothing of an area, or there is no next level, the row says so.
 */
import { rowKeys, selfAssessmentRatings, selfAssessmentThemes, type SelfAssessmentRow, type SelfAssessmentTheme } from '../../lib/self-assessment.ts';
import { paths, url } from '../../lib/url.ts';
import type { Handbook, Level } from '../model.ts';
import { draftHead, type PageHead } from './common.ts';

/** A row as the page shows it: `missing` marks a next-level cell that says there is no expectation. */
export interface SelfAssessmentRowView extends SelfAssessmentRow {
  /** Unique in the page, for the form controls' ids and names. */
  id: string;
  missing: boolean;
}

interface SelfAssessmentGroup {
  theme: SelfAssessmentTheme;
  /** The heading's id. */
  id: string;
  rows: SelfAssessmentRowView[];
}

export interface SelfAssessmentPage {
  head: PageHead;
  /** The level's id: the answers are kept in the browser under it. */
  levelId: string;
  title: string;
  shortTitle: string;
  levelHref: string;
  next?: { title: string; shortTitle: string; href: string };
  /** Said once, above the rows, when the level is the top of its ladder. */
  topOfLadder?: string;
  ratings: typeof selfAssessmentRatings;
  groups: SelfAssessmentGroup[];
  /** The Markdown and CSV files' names, without their extension. */
  fileName: string;
}

const topOfLadderText = (level: Level) => `${level.data.title} is the top of this ladder.`;

/** The sentence for a next-level cell without an expectation. */
const noNextExpectation = (level: Level, area: string) => (level.next ? `${level.next.data.title} names no expectation for ${area}.` : topOfLadderText(level));

/** The rows of the sheet, competencies first, in the level's order. */
export function selfAssessmentRows(level: Level): SelfAssessmentRowView[] {
  const next = level.next;
  const competencies = level.data.competencies.map((c) => {
    const expectation = next?.data.competencies.find((n) => n.area === c.area)?.expectation;
    return { theme: selfAssessmentThemes.competencies, competency: c.area, thisLevel: c.expectation, nextLevel: expectation ?? noNextExpectation(level, c.area), missing: expectation === undefined };
  });
  // As on the level page, only a level with a level above it lists what it takes to get there.
  const toReachNext = next ? (level.data.toReachNext ?? []).map((item) => ({ theme: selfAssessmentThemes.toReachNext, competency: item, thisLevel: '', nextLevel: next.data.title, missing: false })) : [];
  const rows = [...competencies, ...toReachNext];
  const keys = rowKeys(rows);
  return rows.map((row, i) => ({ ...row, key: keys[i]!, id: `sa-${i + 1}` }));
}

export function selfAssessmentPage(level: Level, h: Handbook): SelfAssessmentPage {
  const role = level.role;
  const d = level.data;
  const next = level.next;
  const rows = selfAssessmentRows(level);
  const groups: SelfAssessmentGroup[] = [
    { theme: selfAssessmentThemes.competencies, id: 'sec-competencies', rows: rows.filter((r) => r.theme === selfAssessmentThemes.competencies) },
    { theme: selfAssessmentThemes.toReachNext, id: 'sec-next', rows: rows.filter((r) => r.theme === selfAssessmentThemes.toReachNext) },
  ];
  return {
    head: {
      title: `Self-assessment: ${d.title}`,
      description: `Rate yourself against the ${d.title} competencies${next ? ` and what ${next.data.title} asks for` : ''}, note your evidence and keep it as Markdown or CSV: a start for a promotion case at ${h.site.company.name}.`,
      crumbs: [{ label: 'Roles', href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: d.shortTitle, href: paths.level(role.id, level.slug) }, { label: 'Self-assessment' }],
      editPath: level.filePath,
      section: 'roles',
      ...draftHead([level]),
    },
    levelId: level.id,
    title: d.title,
    shortTitle: d.shortTitle,
    levelHref: url(paths.level(role.id, level.slug)),
    ...(next ? { next: { title: next.data.title, shortTitle: next.data.shortTitle, href: url(paths.level(role.id, next.slug)) } } : { topOfLadder: topOfLadderText(level) }),
    ratings: selfAssessmentRatings,
    groups: groups.filter((g) => g.rows.length > 0),
    fileName: `self-assessment-${level.id.replaceAll('/', '-')}`,
  };
}
