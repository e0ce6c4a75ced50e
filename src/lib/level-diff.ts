/**
 * What changes between two levels of a role: the data behind the comparison page's
 * "show only what changes" view and the level page's "from the level below". Experience is
 * compared as numbers, so the diff holds no words: views write it in their page's language.
 */
import type { Words } from '../i18n/words/en.ts';

type Experience = { minYears: number; maxYears?: number | undefined };

export interface DiffableLevel {
  shortTitle: string;
  summary: string;
  scope: string;
  responsibilities: readonly string[];
  requirements: readonly string[];
  niceToHaves: readonly string[];
  competencies: readonly { area: string; expectation: string }[];
  experience: Experience;
  salary: { min: number; max: number };
}

interface TextChange {
  a: string;
  b: string;
  changed: boolean;
}

export interface ListChange {
  /** Items only the first level lists. */
  onlyA: string[];
  /** Items only the second level lists. */
  onlyB: string[];
  /** Items both list (compared ignoring case, spacing and a final full stop). */
  both: string[];
  changed: boolean;
}

interface CompetencyChange {
  area: string;
  a?: string;
  b?: string;
  changed: boolean;
}

export interface LevelDiff {
  summary: TextChange;
  scope: TextChange;
  responsibilities: ListChange;
  requirements: ListChange;
  niceToHaves: ListChange;
  competencies: CompetencyChange[];
  experience: { a: Experience; b: Experience; changed: boolean };
  salary: { a: { min: number; max: number }; b: { min: number; max: number }; changed: boolean; minDelta: number; maxDelta: number };
  /** How many of the rows above differ. */
  changedCount: number;
}

const normal = (s: string) => s.trim().replace(/\s+/g, ' ').replace(/[.;]$/, '').toLowerCase();

export function diffLists(a: readonly string[], b: readonly string[]): ListChange {
  const inB = new Set(b.map(normal));
  const inA = new Set(a.map(normal));
  const onlyA = a.filter((item) => !inB.has(normal(item)));
  const onlyB = b.filter((item) => !inA.has(normal(item)));
  const both = a.filter((item) => inB.has(normal(item)));
  return { onlyA, onlyB, both, changed: onlyA.length > 0 || onlyB.length > 0 };
}

function diffText(a: string, b: string): TextChange {
  return { a, b, changed: normal(a) !== normal(b) };
}

/** "1–3 years", "5+ years", "1 year", in the words' language. */
export function formatYears({ minYears, maxYears }: Experience, words: Pick<Words, 'level'>): string {
  return words.level.years(minYears, maxYears);
}

/** Competency areas across levels, in the order they first appear, so comparison rows line up. */
export function competencyAreas(levels: readonly Pick<DiffableLevel, 'competencies'>[]): string[] {
  const areas: string[] = [];
  const seen = new Set<string>();
  for (const level of levels) {
    for (const { area } of level.competencies) {
      const key = normal(area);
      if (!seen.has(key)) {
        seen.add(key);
        areas.push(area);
      }
    }
  }
  return areas;
}

/** The expectation a level states for an area, matched ignoring case. */
export function expectationFor(level: Pick<DiffableLevel, 'competencies'>, area: string): string | undefined {
  return level.competencies.find((c) => normal(c.area) === normal(area))?.expectation;
}

export function diffLevels(a: DiffableLevel, b: DiffableLevel): LevelDiff {
  const competencies = competencyAreas([a, b]).map((area): CompetencyChange => {
    const ea = expectationFor(a, area);
    const eb = expectationFor(b, area);
    return {
      area,
      ...(ea !== undefined ? { a: ea } : {}),
      ...(eb !== undefined ? { b: eb } : {}),
      changed: ea === undefined || eb === undefined || normal(ea) !== normal(eb),
    };
  });
  const salaryChanged = a.salary.min !== b.salary.min || a.salary.max !== b.salary.max;
  const diff: Omit<LevelDiff, 'changedCount'> = {
    summary: diffText(a.summary, b.summary),
    scope: diffText(a.scope, b.scope),
    responsibilities: diffLists(a.responsibilities, b.responsibilities),
    requirements: diffLists(a.requirements, b.requirements),
    niceToHaves: diffLists(a.niceToHaves, b.niceToHaves),
    competencies,
    experience: { a: a.experience, b: b.experience, changed: a.experience.minYears !== b.experience.minYears || a.experience.maxYears !== b.experience.maxYears },
    salary: {
      a: { min: a.salary.min, max: a.salary.max },
      b: { min: b.salary.min, max: b.salary.max },
      changed: salaryChanged,
      minDelta: b.salary.min - a.salary.min,
      maxDelta: b.salary.max - a.salary.max,
    },
  };
  const flags = [diff.summary.changed, diff.scope.changed, diff.responsibilities.changed, diff.requirements.changed, diff.niceToHaves.changed, diff.experience.changed, salaryChanged, ...competencies.map((c) => c.changed)];
  return { ...diff, changedCount: flags.filter(Boolean).length };
}
