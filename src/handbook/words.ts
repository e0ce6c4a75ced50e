/** Every label the pages show for a value in content, in one place so pages agree (and can be translated). */
import type { StepKind } from '../schemas/career-path.ts';
import type { Audience } from '../schemas/faq.ts';
import type { WorkMode } from '../schemas/hiring.ts';
import type { Track } from '../schemas/level.ts';
import type { EmploymentType } from '../schemas/opening.ts';

export const trackNames: Record<Track, string> = { ic: 'Individual contributor', management: 'Management' };

export const pathTrackNames: Record<Track | 'lateral', string> = { ...trackNames, lateral: 'Lateral' };

export const stepKindNames: Record<StepKind, string> = {
  promotion: 'Promotion',
  'track-switch': 'Track switch',
  lateral: 'Lateral move',
};

/** Where a ladder starts, in a career graph's list of steps. */
export const entryLevelName = 'Entry level';

export const audienceNames: Record<Audience, string> = { candidate: 'Candidates', 'hiring-manager': 'Hiring managers', employee: 'Employees' };

export const audienceHeadings: Record<Audience, string> = { candidate: 'For candidates', 'hiring-manager': 'For hiring managers', employee: 'For employees' };

/** "Track switch" in the middle of a sentence: "track switch". */
export const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const employmentTypeNames: Record<EmploymentType, string> = {
  FULL_TIME: 'Full time',
  PART_TIME: 'Part time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

export const workModeNames: Record<WorkMode, string> = { remote: 'Remote', hybrid: 'Hybrid', 'on-site': 'On site' };

/**
 * The interview kits' four-point scale, lowest first. Each point of a competency is anchored by the
 * ladder (src/handbook/kits.ts): below the level under this one, that level, this level, the next.
 */
export const scalePoints = ['below', 'not-yet', 'meets', 'exceeds'] as const;
export type ScalePoint = (typeof scalePoints)[number];
export const scaleNames: Record<ScalePoint, string> = { below: 'Below', 'not-yet': 'Not yet', meets: 'Meets', exceeds: 'Exceeds' };

/** The forced overall recommendation: no middle point, so every interviewer takes a side. */
export const recommendations = [
  { name: 'Strong no', meaning: 'Several competencies in focus rated Below or Not yet, or one concern serious enough to stop the process on its own.' },
  { name: 'No', meaning: 'Mostly Not yet: the candidate may be ready for the level below, or for this one later, but not now.' },
  { name: 'Yes', meaning: 'Meets in every competency in focus, or Exceeds where one falls just short, with evidence for each rating.' },
  { name: 'Strong yes', meaning: 'Meets throughout and Exceeds in more than one competency, with evidence you would defend in the debrief.' },
] as const;

/** Said in every kit, before the questions: what keeps ratings independent and comparable. */
export const kitRules = [
  'Ask every candidate the same questions in the same order; follow-ups are there to get evidence, not to help.',
  'Take notes of what the candidate said and did, in their words where you can, not your impression of them.',
  'Rate each competency against its anchors and write the evidence for the rating before you talk to anyone else.',
  'Submit your ratings and overall recommendation before the debrief; do not read the others first.',
] as const;
