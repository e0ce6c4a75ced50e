/**
 * The English words of the interface: every label the site, the job ads and the exports print
 * around the content. A catalogue per language (de.ts beside this file) has the same keys, which
 * the type Words makes TypeScript check; src/i18n/catalogue.ts picks the one for a page's language.
 */
import type { StepKind } from '../../schemas/career-path.ts';
import type { Audience } from '../../schemas/faq.ts';
import type { WorkMode } from '../../schemas/hiring.ts';
import type { Track } from '../../schemas/level.ts';
import type { EmploymentType } from '../../schemas/opening.ts';

/** The interview kits' four-point scale, lowest first (its names are each language's: scaleNames). */
export const scalePoints = ['below', 'not-yet', 'meets', 'exceeds'] as const;
export type ScalePoint = (typeof scalePoints)[number];

const trackNames: Record<Track, string> = { ic: 'Individual contributor', management: 'Management' };

export const en = {
  language: 'English',
  trackNames,
  pathTrackNames: { ...trackNames, lateral: 'Lateral' } as Record<Track | 'lateral', string>,
  stepKindNames: { promotion: 'Promotion', 'track-switch': 'Track switch', lateral: 'Lateral move' } as Record<StepKind, string>,
  /** Where a ladder starts, in a career graph's list of steps. */
  entryLevelName: 'Entry level',
  audienceNames: { candidate: 'Candidates', 'hiring-manager': 'Hiring managers', employee: 'Employees' } as Record<Audience, string>,
  audienceHeadings: { candidate: 'For candidates', 'hiring-manager': 'For hiring managers', employee: 'For employees' } as Record<Audience, string>,
  /** "Track switch" in the middle of a sentence: "track switch". */
  inSentence: (label: string) => label.charAt(0).toLowerCase() + label.slice(1),
  plural: (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`,
  employmentTypeNames: {
    FULL_TIME: 'Full time',
    PART_TIME: 'Part time',
    CONTRACTOR: 'Contract',
    TEMPORARY: 'Temporary',
    INTERN: 'Internship',
    VOLUNTEER: 'Volunteer',
    PER_DIEM: 'Per diem',
    OTHER: 'Other',
  } as Record<EmploymentType, string>,
  workModeNames: { remote: 'Remote', hybrid: 'Hybrid', 'on-site': 'On site' } as Record<WorkMode, string>,
  /** Each point of a competency is anchored by the ladder (src/handbook/kits.ts): below the level under this one, that level, this level, the next. */
  scaleNames: { below: 'Below', 'not-yet': 'Not yet', meets: 'Meets', exceeds: 'Exceeds' } as Record<ScalePoint, string>,
  /** The forced overall recommendation: no middle point, so every interviewer takes a side. */
  recommendations: [
    { name: 'Strong no', meaning: 'Several competencies in focus rated Below or Not yet, or one concern serious enough to stop the process on its own.' },
    { name: 'No', meaning: 'Mostly Not yet: the candidate may be ready for the level below, or for this one later, but not now.' },
    { name: 'Yes', meaning: 'Meets in every competency in focus, or Exceeds where one falls just short, with evidence for each rating.' },
    { name: 'Strong yes', meaning: 'Meets throughout and Exceeds in more than one competency, with evidence you would defend in the debrief.' },
  ] as { name: string; meaning: string }[],
  /** Said in every kit, before the questions: what keeps ratings independent and comparable. */
  kitRules: [
    'Ask every candidate the same questions in the same order; follow-ups are there to get evidence, not to help.',
    'Take notes of what the candidate said and did, in their words where you can, not your impression of them.',
    'Rate each competency against its anchors and write the evidence for the rating before you talk to anyone else.',
    'Submit your ratings and overall recommendation before the debrief; do not read the others first.',
  ] as string[],
  shell: {
    skipLink: 'Skip to content',
    mainNav: 'Main',
    nav: { roles: 'Roles', grades: 'Grades & pay', careerPaths: 'Career paths', skills: 'Skills', faq: 'FAQ' },
    handbook: 'handbook',
    footer: (company: string) => `${company} hiring handbook`,
    built: 'built',
    jobs: 'Jobs',
    editingGuide: 'Editing guide',
    editPage: 'Edit this page',
    fork: 'Fork this handbook',
    languages: 'Languages',
    /** On a page shown in the default language because it has no translation yet. */
    untranslated: (language: string) => `This page has not been translated yet, so it is shown in ${language}.`,
  },
};

/** The shape every language's catalogue has: en's keys, with text (or a function making text) for each. */
export type Words = typeof en;

// The names the pages used before the catalogue: the English words, until each page takes its language's.
export const { pathTrackNames, stepKindNames, entryLevelName, audienceNames, audienceHeadings, inSentence, plural, employmentTypeNames, workModeNames, scaleNames, recommendations, kitRules } = en;
export { trackNames };
