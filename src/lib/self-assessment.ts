/**
 * A level's self-assessment as files: the rating points, the answers a reader gives (kept in their
 * browser only), and the Markdown and CSV they download. Pure: the page's browser module
 * (src/browser/self-assessment.ts) and the unit tests share it, and the page's view
 * (src/handbook/views/self-assessment.ts) makes the rows it works on.
 */
import { fill } from '../i18n/template.ts';
import { escapeMarkdown } from './ad-copy.ts';
import { csv } from './csv.ts';

/** The four points of the rating, lowest first; each is defined once, at the top of the page. */
export const selfAssessmentRatings = [
  { value: 'not-yet', label: 'Not yet', meaning: 'I do not do this yet, or only with a lot of help.' },
  { value: 'partly', label: 'Partly', meaning: 'I do some of this, or not yet consistently.' },
  { value: 'meets', label: 'Meets', meaning: 'I do this consistently, without being asked.' },
  { value: 'beyond', label: 'Beyond', meaning: 'I do more than this, and others count on me for it.' },
] as const;

export type SelfAssessmentRating = (typeof selfAssessmentRatings)[number]['value'];

/** The two groups of rows, by the name each row's key starts with (the page and the files name them in their language: themeName). */
export const selfAssessmentThemes = { competencies: 'Competencies', toReachNext: 'To reach the next level' } as const;

export type SelfAssessmentTheme = (typeof selfAssessmentThemes)[keyof typeof selfAssessmentThemes];

/** A theme as a language names it; a theme that is not one of the two is shown as it is. */
export const themeName = (theme: string, names: Record<keyof typeof selfAssessmentThemes, string>): string => (theme === selfAssessmentThemes.toReachNext ? names.toReachNext : theme === selfAssessmentThemes.competencies ? names.competencies : theme);

/**
 * The words of the files in the page's language, as the page hands them to its module: the
 * catalogue's (pages.selfAssessment.file and themes, src/i18n/words/), with {level} in the heading
 * where the level's title goes, and the rating points as the page shows them.
 */
export interface SelfAssessmentFileWords {
  heading: string;
  ratingPoints: string;
  thisLevel: string;
  nextLevel: string;
  rating: string;
  notRated: string;
  evidence: string;
  noEvidence: string;
  csvHeader: readonly string[];
  themes: Record<keyof typeof selfAssessmentThemes, string>;
  ratings: readonly { value: string; label: string; meaning: string }[];
}

/** One row to rate: a competency of the level, or one of its "to reach the next level" items. */
export interface SelfAssessmentRow {
  /** What the answer is kept under: the theme and the row's own words, so a reordered ladder keeps each answer on its row. */
  key: string;
  theme: SelfAssessmentTheme;
  /** The competency's area, or the item. */
  competency: string;
  /** The expectation at this level; empty for an item to reach the next level. */
  thisLevel: string;
  /** The expectation at the next level, the sentence saying there is none, or (for an item) the next level's title. */
  nextLevel: string;
}

export interface SelfAssessmentAnswer {
  rating?: SelfAssessmentRating;
  evidence?: string;
}

/** Answers by row key. */
export type SelfAssessmentAnswers = Record<string, SelfAssessmentAnswer>;

/** The sheet the files are made of: the level's title and its rows. */
export interface SelfAssessmentSheet {
  title: string;
  rows: readonly SelfAssessmentRow[];
}

/** Each row's key: its theme and words, with a number added where two rows would share one. */
export function rowKeys(rows: readonly { theme: SelfAssessmentTheme; competency: string }[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = `${row.theme}: ${row.competency}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key} (${n})`;
  });
}

const ratingLabel = (words: SelfAssessmentFileWords, rating: SelfAssessmentRating | undefined) => words.ratings.find((r) => r.value === rating)?.label ?? '';

const isRating = (value: unknown): value is SelfAssessmentRating => selfAssessmentRatings.some((r) => r.value === value);

/**
 * Answers as kept in the browser (JSON), keeping only what a page can show: a known rating and
 * text evidence. Anything else, a damaged or foreign entry included, reads as no answers.
 */
export function readAnswers(stored: string | null): SelfAssessmentAnswers {
  let parsed: unknown;
  try {
    parsed = stored ? JSON.parse(stored) : null;
  } catch {
    return {};
  }
  const answers: SelfAssessmentAnswers = {};
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return answers;
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const { rating, evidence } = value as Record<string, unknown>;
    const answer: SelfAssessmentAnswer = {};
    if (isRating(rating)) answer.rating = rating;
    if (typeof evidence === 'string' && evidence.trim()) answer.evidence = evidence;
    if (answer.rating || answer.evidence) answers[key] = answer;
  }
  return answers;
}

/** Whether any row has an answer. */
export const hasAnswers = (answers: SelfAssessmentAnswers) => Object.values(answers).some((a) => a.rating || a.evidence?.trim());

/** The CSV's rows, one per row of the sheet, in its order: the answer's rating by its label, its evidence as written. */
export function selfAssessmentCsvRows(sheet: SelfAssessmentSheet, answers: SelfAssessmentAnswers, words: SelfAssessmentFileWords): string[][] {
  return sheet.rows.map((row) => {
    const answer = answers[row.key] ?? {};
    return [themeName(row.theme, words.themes), row.competency, row.thisLevel, row.nextLevel, ratingLabel(words, answer.rating), answer.evidence ?? ''];
  });
}

/** The whole CSV file (src/lib/csv.ts: BOM, CRLF, every cell quoted, formula starts defused), its header row in the page's language. */
export const selfAssessmentCsv = (sheet: SelfAssessmentSheet, answers: SelfAssessmentAnswers, words: SelfAssessmentFileWords) => csv(words.csvHeader, selfAssessmentCsvRows(sheet, answers, words));

/** Text from the handbook on one line of Markdown: its line breaks become spaces, its syntax is escaped. */
const line = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

/**
 * The Markdown file: a heading with the level's title, the rating points, then each row under its
 * theme with both expectations, the rating and the evidence. The evidence is the reader's own
 * writing and is kept as written (their lists and emphasis too), line breaks included.
 */
export function selfAssessmentMarkdown(sheet: SelfAssessmentSheet, answers: SelfAssessmentAnswers, words: SelfAssessmentFileWords): string {
  const lines = [`# ${fill(words.heading, { level: line(sheet.title) })}`, '', words.ratingPoints, ''];
  for (const r of words.ratings) lines.push(`- **${r.label}**: ${r.meaning}`);
  let theme: string | undefined;
  for (const row of sheet.rows) {
    const answer = answers[row.key] ?? {};
    if (row.theme !== theme) {
      theme = row.theme;
      lines.push('', `## ${themeName(theme, words.themes)}`);
    }
    lines.push('', `### ${line(row.competency)}`, '');
    if (row.thisLevel) lines.push(`- **${words.thisLevel}** ${line(row.thisLevel)}`);
    lines.push(`- **${words.nextLevel}** ${line(row.nextLevel)}`, `- **${words.rating}** ${ratingLabel(words, answer.rating) || words.notRated}`, '', `**${words.evidence}**`, '');
    const evidence = answer.evidence?.replace(/\r\n?/g, '\n').trim();
    lines.push(evidence || `_${words.noEvidence}_`);
  }
  return `${lines.join('\n')}\n`;
}
