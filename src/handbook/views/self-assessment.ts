/**
 * A level's self-assessment page, for employees preparing a promotion case: each competency's
 * expectation at this level and the next, then what it takes to reach the next level, each with a
 * rating and room for evidence. Every expectation is the ladder's own text; where the next level
 * says nothing of an area, or there is no next level, the row says so. In the read model's
 * language; a row's theme stays the key its answer is kept under (selfAssessmentThemes), which the
 * page and the files name in their language.
 */
import { rowKeys, selfAssessmentRatings, selfAssessmentThemes, type SelfAssessmentRating, type SelfAssessmentRow, type SelfAssessmentTheme } from '../../lib/self-assessment.ts';
import { paths } from '../../lib/url.ts';
import type { Handbook, Level } from '../model.ts';
import { draftHead, type PageHead } from './common.ts';

/** A row as the page shows it: `missing` marks a next-level cell that says there is no expectation. */
export interface SelfAssessmentRowView extends SelfAssessmentRow {
  /** Unique in the page, for the form controls' ids and names. */
  id: string;
  missing: boolean;
}

interface SelfAssessmentGroup {
  /** Which group it is, whatever its name in the page's language. */
  kind: 'competencies' | 'toReachNext';
  theme: SelfAssessmentTheme;
  /** The heading's id. */
  id: string;
  rows: SelfAssessmentRowView[];
}

export interface SelfAssessmentPage {
  head: PageHead;
  /** The level's id, after its language's prefix (de/…): the answers are kept in the browser under it. */
  levelId: string;
  title: string;
  shortTitle: string;
  levelHref: string;
  next?: { title: string; shortTitle: string; href: string };
  /** Said once, above the rows, when the level is the top of its ladder. */
  topOfLadder?: string;
  /** The points of the rating, lowest first, each with its name and meaning. */
  ratings: { value: SelfAssessmentRating; label: string; meaning: string }[];
  groups: SelfAssessmentGroup[];
  /** The Markdown and CSV files' names, without their extension. */
  fileName: string;
}

/** The rows of the sheet, competencies first, in the level's order. */
export function selfAssessmentRows(level: Level, h: Pick<Handbook, 'words' | 'areaName'>): SelfAssessmentRowView[] {
  const w = h.words.selfAssessment;
  const next = level.next;
  /** The sentence for a next-level cell without an expectation. */
  const noNextExpectation = (area: string) => (next ? w.noNextExpectation(next.data.title, area) : w.topOfLadder(level.data.title));
  const competencies = level.data.competencies.map((c) => {
    const expectation = next?.data.competencies.find((n) => n.area === c.area)?.expectation;
    return { theme: selfAssessmentThemes.competencies, competency: h.areaName(c.area), thisLevel: c.expectation, nextLevel: expectation ?? noNextExpectation(h.areaName(c.area)), missing: expectation === undefined };
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
  const { words } = h;
  const w = words.selfAssessment;
  const rows = selfAssessmentRows(level, h);
  const groups: SelfAssessmentGroup[] = [
    { kind: 'competencies', theme: selfAssessmentThemes.competencies, id: 'sec-competencies', rows: rows.filter((r) => r.theme === selfAssessmentThemes.competencies) },
    { kind: 'toReachNext', theme: selfAssessmentThemes.toReachNext, id: 'sec-next', rows: rows.filter((r) => r.theme === selfAssessmentThemes.toReachNext) },
  ];
  return {
    head: {
      title: w.title(d.title),
      description: w.description(d.title, next?.data.title, h.site.company.name),
      crumbs: [{ label: words.crumbs.roles, href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: d.shortTitle, href: paths.level(role.id, level.slug) }, { label: words.crumbs.selfAssessment }],
      editPath: level.filePath,
      section: 'roles',
      ...draftHead([level]),
    },
    levelId: `${h.locale.prefix}${level.id}`,
    title: d.title,
    shortTitle: d.shortTitle,
    levelHref: h.url(paths.level(role.id, level.slug)),
    ...(next ? { next: { title: next.data.title, shortTitle: next.data.shortTitle, href: h.url(paths.level(role.id, next.slug)) } } : { topOfLadder: w.topOfLadder(d.title) }),
    ratings: selfAssessmentRatings.map(({ value }) => ({ value, ...w.ratings[value] })),
    groups: groups.filter((g) => g.rows.length > 0),
    fileName: `${w.fileName}-${level.id.replaceAll('/', '-')}`,
  };
}
