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
