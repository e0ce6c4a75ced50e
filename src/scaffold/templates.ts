/**
 * The text of a new content file. Every value an editor must write is a TODO that says what to
 * write, so the file is valid from the start and `npm run check` lists what is left to do. Every
 * file starts as a draft: `npm run dev` shows it, the published site leaves it out, and a TODO in
 * a published file is an error, so no TODO reaches readers.
 */
import { stringify } from 'yaml';
import type { Audience } from '../schemas/faq.ts';
import type { EmploymentType } from '../schemas/opening.ts';
import type { Track } from '../schemas/level.ts';

/** What `npm run new` says of every file it creates, in the editor's words. */
export const draftNote = 'It is a draft: it shows in npm run dev with a banner and is left out of the published site until you change status: draft to status: published.';

/** One YAML scalar on one line, quoted only when YAML needs it ("TODO: …" does, for its colon). */
const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();

const list = (items: readonly string[], indent = '  ') => items.map((item) => `${indent}- ${scalar(item)}`).join('\n');
const file = (frontmatter: (string | false)[], body: string) => `---\n${frontmatter.filter((l) => l !== false).join('\n')}\n---\n\n${body}\n`;

interface Stewardship {
  owner: string;
  today: string;
}

export interface RoleFacts extends Stewardship {
  title: string;
  family: string;
}

export function roleText(f: RoleFacts): string {
  return file(
    [
      `title: ${scalar(f.title)}`,
      `family: ${scalar(f.family)}`,
      `summary: ${scalar('TODO: say in one or two sentences what this role is for.')}`,
      'responsibilities:',
      list(['TODO: something people in this role do at every level.', 'TODO: another thing they do.', 'TODO: a third thing they do.']),
      'requirements:',
      list(['TODO: something every candidate needs.', 'TODO: another thing every candidate needs.', 'TODO: a third thing every candidate needs.']),
      'skills:',
      `  - group: ${scalar('TODO: name a group of skills, such as Languages.')}`,
      '    items:',
      list(['TODO: name a skill of this group.'], '      '),
      `owner: ${scalar(f.owner)}`,
      `lastReviewed: ${f.today}`,
      'status: draft',
    ],
    `TODO: write the guide to the role: what the work is like, who people in it work with, and how to hire for it.`,
  );
}

export interface LevelFacts extends Stewardship {
  role: string;
  title: string;
  shortTitle: string;
  order: number;
  track: Track;
  grade: string;
  areas: string[];
  minYears: number;
  /** The shortTitle of the level below on the ladder, when there is one. */
  below?: string;
  /** The shortTitle of the level above on the ladder, when there is one. */
  above?: string;
}

export function levelText(f: LevelFacts): string {
  return file(
    [
      `role: ${f.role}`,
      `title: ${scalar(f.title)}`,
      `shortTitle: ${scalar(f.shortTitle)}`,
      `order: ${f.order}`,
      `track: ${f.track}`,
      `summary: ${scalar(f.below === undefined ? `TODO: say in one sentence what people at ${f.shortTitle} do.` : `TODO: say in one sentence what sets ${f.shortTitle} apart from ${f.below}.`)}`,
      `scope: ${scalar('TODO: say how big the problems at this level are and how much guidance people get.')}`,
      'responsibilities:',
      list([`TODO: something people at ${f.shortTitle} do that is new at this level.`, 'TODO: another thing they do.', 'TODO: a third thing they do.']),
      'requirements:',
      list([`TODO: something a candidate for ${f.shortTitle} needs.`, 'TODO: another thing a candidate needs.']),
      'competencies:',
      ...f.areas.flatMap((area) => [`  - area: ${scalar(area)}`, `    expectation: ${scalar(`TODO: what people at ${f.shortTitle} do in ${area.toLowerCase()}, in one or two sentences.`)}`]),
      'experience:',
      `  minYears: ${f.minYears}`,
      `grade: ${f.grade}`,
      f.below !== undefined && 'changesFromPrevious:',
      f.below !== undefined && list([changesText(f.below, f.shortTitle)]),
      f.above !== undefined && 'toReachNext:',
      f.above !== undefined && list([toReachText(f.above)]),
      `owner: ${scalar(f.owner)}`,
      `lastReviewed: ${f.today}`,
      'status: draft',
    ],
    `TODO: describe a typical week at ${f.shortTitle} and how candidates for it are assessed.`,
  );
}

export const changesText = (from: string, to: string) => `TODO: what changes from ${from} to ${to}.`;
export const toReachText = (next: string) => `TODO: what it takes to reach ${next}.`;

/** One line that gives an existing level the ladder field it needs now that it has a new neighbour. */
export const ladderLine = (field: 'changesFromPrevious' | 'toReachNext', item: string) => `${field}: [${scalar(item)}]`;

export interface FaqFacts {
  question: string;
  audience: Audience[];
  topic: string;
  order: number;
  today: string;
}

export function faqText(f: FaqFacts): string {
  return file(
    [`question: ${scalar(f.question)}`, `audience: [${f.audience.join(', ')}]`, `topic: ${scalar(f.topic)}`, `order: ${f.order}`, `lastReviewed: ${f.today}`, 'status: draft'],
    'TODO: answer the question in a few short paragraphs, in the words you would use with the person asking.',
  );
}

export interface OpeningFacts extends Stewardship {
  level: string;
  title?: string;
  employmentType: EmploymentType;
  validThrough: string;
  applyUrl: string;
  directApply: boolean;
  /** Set when no hiring setting says where the job is: the lines of a `hiring:` block that does. */
  place?: { remoteCountries: string[] } | { officeCountry: string };
}

export function openingText(f: OpeningFacts): string {
  const place = !f.place ? [] : 'remoteCountries' in f.place ? ['hiring:', `  remoteCountries: [${f.place.remoteCountries.join(', ')}]`] : ['hiring:', '  offices:', `    - city: ${scalar('TODO: the city of the office.')}`, `      country: ${f.place.officeCountry}`];
  return file(
    [
      `level: ${f.level}`,
      f.title !== undefined && `title: ${scalar(f.title)}`,
      ...place,
      `employmentType: ${f.employmentType}`,
      `datePosted: ${f.today}`,
      `validThrough: ${f.validThrough}`,
      `applyUrl: ${scalar(f.applyUrl)}`,
      `directApply: ${f.directApply}`,
      `owner: ${scalar(f.owner)}`,
      `lastReviewed: ${f.today}`,
      'status: draft',
    ],
    'TODO: say something about the team this person joins: what it works on and how.',
  );
}
