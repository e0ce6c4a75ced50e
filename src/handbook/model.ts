/** The handbook read model: content with references resolved and everything pages need precomputed. */
import type { CareerPathData, CareerStep } from '../schemas/career-path.ts';
import type { Audience, FaqData } from '../schemas/faq.ts';
import type { LevelData, Track } from '../schemas/level.ts';
import type { InterviewQuestionData } from '../schemas/interview-question.ts';
import type { OpeningData } from '../schemas/opening.ts';
import type { RoleData } from '../schemas/role.ts';
import type { Hiring } from '../schemas/hiring.ts';
import type { PayPeriod } from '../schemas/pay.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { LevelDiff } from '../lib/level-diff.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Words } from '../i18n/catalogue.ts';

export interface Source<D> {
  id: string;
  data: D;
  /** Repository-relative path of the file, for edit links. */
  filePath?: string | undefined;
  /** The text below the frontmatter. */
  body?: string | undefined;
  /** In a translation's model: the entry has no translation, so its text is the default language's. */
  fallback?: boolean;
}

export interface Zone {
  id: string;
  name: string;
  currency: string;
  countries: string[];
}

/** A band in one zone; `exception` is the level's stated reason where it departs from its grade. */
export interface ZoneBand {
  zone: Zone;
  min: number;
  max: number;
  midpoint?: number;
  exception?: string;
}

export interface Grade {
  id: string;
  name: string;
  summary: string;
  /** 0 for the lowest grade. */
  rank: number;
  /** By zone, default zone first. */
  bands: ZoneBand[];
  levels: Level[];
}

export interface Pay {
  /** Default zone first. */
  zones: Zone[];
  /** Lowest first. */
  grades: Grade[];
  period: PayPeriod;
  effective: string;
  source: string;
}

export interface PayRange {
  zone: Zone;
  min: number;
  max: number;
}

export interface SkillRef {
  name: string;
  slug: string;
}

/**
 * Where the read model shows drafts (astro dev), the file whose `status: draft` keeps an entry off
 * the published site: its own, or its role's or level's. The build leaves drafts out, so it is never set there.
 */
export interface Drafted {
  draft?: string;
  /** In a translation's model: no translation, so the page shows the default language's text, marked with its lang. */
  fallback?: true;
}

export interface Role extends Drafted {
  kind: 'role';
  id: string;
  data: RoleData;
  filePath: string;
  /** Levels in ladder order: by track (ic first), then order. */
  levels: Level[];
  tracks: Track[];
  /** The track most of its levels are on; roles without levels count as ic. */
  track: Track;
  /** From its lowest to its highest band in the default zone. */
  payRange?: PayRange;
  skillGroups: { group: string; skills: SkillRef[] }[];
  faqs: Faq[];
  /** Steps from this role or its levels into other roles. */
  leadsTo: Transition[];
  /** Steps from other roles into this role or its levels. */
  comesFrom: Transition[];
  /** Neighbouring levels (lower first), each with its own "what changes" page (src/handbook/pairs.ts). */
  pairs: LevelPair[];
}

export interface Level extends Drafted {
  kind: 'level';
  /** backend-engineer/senior */
  id: string;
  /** senior: the last part of the address */
  slug: string;
  role: Role;
  data: LevelData;
  filePath: string;
  grade: Grade;
  /** The level's band in every zone, default zone first. */
  pay: ZoneBand[];
  /** pay[0]: the band in the default zone. */
  band: ZoneBand;
  previous?: Level;
  next?: Level;
  faqs: Faq[];
}

export interface LevelPair {
  a: Level;
  b: Level;
  /** "junior-vs-senior": the comparison page's address segment. */
  slug: string;
  diff: LevelDiff;
}

export interface Faq extends Drafted {
  id: string;
  /** Unique anchor used on every page that lists the question, such as faq-degree. */
  anchor: string;
  data: FaqData;
  filePath: string;
  roles: Role[];
  levels: Level[];
}

export type Place = Role | Level;

interface ResolvedStep {
  from: Place;
  to: Place;
  kind: CareerStep['kind'];
  changes: string[];
  /** Why a track switch changes the grade. */
  reason?: string;
}

export interface CareerPath extends Drafted {
  id: string;
  data: CareerPathData;
  filePath: string;
  steps: ResolvedStep[];
}

export interface Transition {
  from: Place;
  to: Place;
  kind: CareerStep['kind'];
  path: CareerPath;
}

export interface Skill {
  slug: string;
  name: string;
  groups: string[];
  roles: Role[];
  /** Levels whose own text names the skill, with the lines that do. */
  mentions: { level: Level; lines: string[] }[];
}

/** A real vacancy for one level. */
export interface Opening extends Drafted {
  kind: 'opening';
  id: string;
  data: OpeningData;
  filePath: string;
  level: Level;
  /** Its own title, or its level's. */
  title: string;
  /** False once validThrough has passed on the day of the build. */
  open: boolean;
  /** The file has a body about the team. */
  team: boolean;
}

/** A question of the bank the interview kits draw on. */
export interface InterviewQuestion extends Drafted {
  id: string;
  data: InterviewQuestionData;
  filePath: string;
  /** The levels it suits: those of its grades and those it names, or every level when it names neither. */
  levels: Level[];
}

export interface TopicGroup {
  topic: string;
  slug: string;
  faqs: Faq[];
}

export interface Handbook {
  site: SiteSettings;
  /** The language this model is in: its content's translation, or the default language. */
  locale: Locale;
  /** The interface's words in that language (src/i18n/words/). */
  words: Words;
  /** A competency area's name in this language (areas are matched by their default-language name). */
  areaName: (area: string) => string;
  /** An FAQ topic's name in this language (topics group questions by their default-language name). */
  topicName: (topic: string) => string;
  /** A link to a page of this language: url('roles/') under its prefix and the base, /handbook/de/roles/. */
  url: (path?: string) => string;
  pay: Pay;
  /** What every job ad says about how the company hires (content/hiring.yaml). */
  hiring: Hiring;
  roles: Role[];
  families: { family: string; roles: Role[] }[];
  levels: Level[];
  faqs: Faq[];
  faqsByTopic: TopicGroup[];
  faqsByAudience: { audience: Audience; faqs: Faq[] }[];
  careerPaths: CareerPath[];
  skills: Skill[];
  /** Open ones first, each group by closing date. */
  openings: Opening[];
  /** By area, then file. */
  interviewQuestions: InterviewQuestion[];
}
