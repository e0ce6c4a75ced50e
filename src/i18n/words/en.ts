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
import type { PayPeriod } from '../../schemas/pay.ts';
import type { SelfAssessmentRating } from '../../lib/self-assessment.ts';

/** The interview kits' four-point scale, lowest first (its names are each language's: scaleNames). */
export const scalePoints = ['below', 'not-yet', 'meets', 'exceeds'] as const;
export type ScalePoint = (typeof scalePoints)[number];

// English grammar for the sentences the job ads compose. Kept here, with no import of code, so a
// browser module that imports this catalogue's types or a name from it pulls in nothing else.

/** "a" or "an" before a word, as it is spelled (a job title: "an Engineering Manager"). */
const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Summaries in content are written without a subject ("Owns a service…"). In an ad they read
 * better with one: "A Backend Engineer at Acme owns a service…". Sentences that do not start with
 * such a verb are left as written.
 */
function withSubject(subject: string, sentence: string): string {
  const match = /^([A-Z])([a-z]*[^su]s)\b/.exec(sentence);
  if (!match) return sentence;
  return `${subject} ${match[1]!.toLowerCase()}${sentence.slice(1)}`;
}

const trackNames: Record<Track, string> = { ic: 'Individual contributor', management: 'Management' };
const audienceNames: Record<Audience, string> = { candidate: 'Candidates', 'hiring-manager': 'Hiring managers', employee: 'Employees' };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const en = {
  language: 'English',
  trackNames,
  pathTrackNames: { ...trackNames, lateral: 'Lateral' } as Record<Track | 'lateral', string>,
  stepKindNames: { promotion: 'Promotion', 'track-switch': 'Track switch', lateral: 'Lateral move' } as Record<StepKind, string>,
  /** Where a ladder starts, in a career graph's list of steps. */
  entryLevelName: 'Entry level',
  audienceNames,
  audienceHeadings: { candidate: 'For candidates', 'hiring-manager': 'For hiring managers', employee: 'For employees' } as Record<Audience, string>,
  /** "Track switch" in the middle of a sentence: "track switch". */
  inSentence: (label: string) => label.charAt(0).toLowerCase() + label.slice(1),
  plural,
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
  /** The banner astro dev shows on a draft page, or on a draft question in a list. */
  draft: {
    lead: 'Draft: not on the published site.',
    text: (file: string, what: 'page' | 'question') => `Only npm run dev shows this ${what}, as ${file} says status: draft. To publish it, change that line to status: published.`,
  },
  /** The breadcrumbs' names of the pages above the current one (Home is the shell's). */
  crumbs: {
    roles: 'Roles',
    jobs: 'Jobs',
    careerPaths: 'Career paths',
    skills: 'Skills',
    faq: 'FAQ',
    compareLevels: 'Compare levels',
    jobAd: 'Job ad',
    interviews: 'Interviews',
    selfAssessment: 'Self-assessment',
    /** A comparison of two levels: "Mid and Senior". */
    pair: (a: string, b: string) => `${a} and ${b}`,
  },
  /** Pay bands, wherever a page or a file writes one. */
  pay: {
    /** "$95,000 – $130,000 per year": the range is written by Intl in the page's language. */
    band: (range: string, period: PayPeriod) => `${range} ${{ year: 'per year', month: 'per month', hour: 'per hour' }[period]}`,
    /** A band where nothing around it names its zone: "$95,000 – $130,000 per year (United States)". */
    inZone: (band: string, zone: string) => `${band} (${zone})`,
    /** A zone and the currency it is paid in: "Western Europe (euros)". */
    zoneCurrency: (zone: string, currency: string) => `${zone} (${currency})`,
  },
  /** The home page's description (its own words are the page's: home). */
  homeHead: {
    description: (company: string, roles: number, levels: number) => `How ${company} hires and grows people: ${roles} roles, ${levels} levels with pay bands, career paths and answers to common questions.`,
  },
  role: {
    /** On a role's card. */
    levels: (n: number) => (n === 1 ? '1 level' : `${n} levels`),
    toc: { levels: 'Levels and pay', responsibilities: 'Responsibilities', requirements: 'Requirements', skills: 'Skills', leads: 'Where this role leads', faq: 'Questions' },
    /** A ladder's name on the role page and a career path's track: "Management track". */
    track: (name: string) => `${name} track`,
  },
  level: {
    description: (summary: string, band: string, years: string) => `${summary} Pay band ${band}; ${years} of experience.`,
    payNote: (zone: string, effective: string, source: string, role: string) => `${zone}. Effective ${effective}. Source: ${source}. The bar shows this band against every ${role} level.`,
    /** "Individual contributor, level 2 of 6" */
    position: (track: string, n: number, of: number) => `${track}, level ${n} of ${of}`,
    /** Experience: "1–3 years", "5+ years", "1 year". */
    years: (min: number, max?: number) => (max === undefined ? `${min}+ years` : max === min ? `${min} ${min === 1 ? 'year' : 'years'}` : `${min}–${max} years`),
  },
  compare: {
    title: (role: string) => `Compare ${role} levels`,
    description: (levels: string, role: string) => `${levels}: scope, responsibilities, competencies, experience and pay for each ${role} level, side by side.`,
    rows: { summary: 'Summary', scope: 'Scope', responsibilities: 'Responsibilities', requirements: 'Requirements', niceToHaves: 'Nice to have', experience: 'Experience', grade: 'Grade', pay: 'Pay' },
    /** Beside a list row of two levels' comparison: the items both have. */
    shared: (n: number) => `(${n} shared, not shown)`,
    pairTitle: (a: string, b: string, role: string) => `${a} vs ${b} ${role}`,
    pairDescription: (a: string, b: string) => `What changes between ${a} and ${b}: scope, responsibilities, competencies, experience and pay.`,
    /** "3 things change" */
    changed: (n: number) => `${n} ${n === 1 ? 'thing changes' : 'things change'}`,
    /** How the upper level's band differs, each amount signed: "(+$10,000 at the bottom, +$15,000 at the top)". */
    payChange: (bottom: string, top: string) => `(${bottom} at the bottom, ${top} at the top)`,
  },
  career: {
    title: 'Career paths',
    description: (roles: number, levels: number, company: string) => `How the ${roles} roles and ${levels} levels at ${company} connect: promotions, moves between tracks and lateral moves.`,
    steps: (n: number) => (n === 1 ? '1 step' : `${n} steps`),
    graphTitle: (path: string) => `${path}: the steps by grade`,
    graphDescription: (levels: number, roles: number) =>
      `${levels} levels of ${roles} ${roles === 1 ? 'role' : 'roles'} in rows by grade, the most senior grade at the top; each column is a role, individual contributor roles first. Solid arrows are promotions, dotted arrows lateral moves and dashed arrows track switches; the list after the graph says the same in words.`,
  },
  skills: {
    title: 'Skills',
    description: (n: number, company: string) => `${n} skills the roles at ${company} ask for, and which roles and levels ask for each.`,
    /** After the number of roles that ask for a skill, in the index. */
    roles: (n: number): string => (n === 1 ? 'role' : 'roles'),
    skillDescription: (skill: string, roles: string) => `Which roles ask for ${skill} (${roles}) and which levels mention it.`,
    askedBy: (skill: string, n: number) => `${skill} appears in the skills of ${n === 1 ? '1 role' : `${n} roles`}.`,
  },
  faq: {
    title: 'Frequently asked questions',
    description: (n: number, company: string) => `${n} answers for candidates, hiring managers and employees at ${company}: pay, levels, skills, hiring and careers.`,
  },
  architecture: {
    title: 'Grades and pay',
    zoneTitle: (zone: string) => `Grades and pay: ${zone}`,
    description: (company: string, zone: string) => `Which levels of different roles at ${company} are peers, grade by grade, and the pay band of each grade in ${zone}.`,
    note: (period: PayPeriod, effective: string, source: string) => `Bands per ${{ year: 'year', month: 'month', hour: 'hour' }[period]}, effective ${effective}. Source: ${source}.`,
  },
  /** A level's job ad: its page, and the .txt, .md, .html and .json files. */
  ad: {
    /** The ad's title, from the level's or the opening's: as written. */
    title: (title: string) => title,
    pageTitle: (title: string) => `${title}: job ad`,
    description: (title: string, company: string) => `A ready-to-post job ad for ${title} at ${company}: the work, what to bring, pay, location, benefits and the interview process.`,
    sections: {
      about: 'About us',
      role: 'About the role',
      do: 'What you will do',
      bring: 'What you bring',
      nice: 'Nice to have',
      offer: 'What we offer',
      pay: 'Pay',
      where: 'Location and working hours',
      apply: 'How to apply',
      process: 'Interview process',
      equal: 'Equal opportunity',
    },
    /**
     * "About the role", where content gives no intro: the first sentence of the role's summary and
     * of the level's, each given a subject ("A Backend Engineer at Acme owns…") where it starts
     * with a verb, as summaries are written without one.
     */
    intro: (p: { role: string; level: string; company: string; roleSentence: string; levelSentence: string }) =>
      `${withSubject(capital(`${article(p.role)} ${p.role} at ${p.company}`), p.roleSentence)} ${withSubject(`In this role, ${article(p.level)} ${p.level}`, p.levelSentence)}`,
    /** Experience as a guide, never a cap. */
    experience: (years: number) => `Around ${years} ${years === 1 ? 'year' : 'years'} of relevant experience, or the equivalent gained another way. We value what you can do over how long you have done it.`,
    /** Whether a requirement already states the years, so the ad does not say them twice. */
    statesYears: (text: string) => /\byears?\b/i.test(text),
    applyAt: (address: string) => `Apply at ${address}`,
    closes: (date: string) => `Applications close on ${date}.`,
    where: {
      remote: 'Remote.',
      remoteIn: (country: string) => `Remote. You can live and work anywhere in this country: ${country}.`,
      remoteInAny: (countries: string) => `Remote. You can live and work in any of these countries: ${countries}.`,
      hybrid: (offices: string) => `Hybrid: part of the week at our office in ${offices}, the rest wherever suits you.`,
      onSite: (offices: string) => `On site at our office in ${offices}.`,
    },
    /** The closing line of the files, before the level page's address. */
    source: 'Levels and expectations',
  },
  /** Openings, the jobs list and the feeds. */
  jobs: {
    title: 'Jobs',
    description: (company: string) => `Open positions at ${company}, each with its level, pay, location and closing date.`,
    facts: { level: 'Level', employment: 'Employment', location: 'Location', pay: (zone: string) => `Pay, ${zone}`, posted: 'Posted', applyBy: 'Apply by', closed: 'Closed', reference: 'Reference' },
    openingDescription: (p: { title: string; company: string; where: string; employment: string; open: boolean; closes: string }) => `${p.title} at ${p.company}. ${p.where}. ${p.employment}. ${p.open ? `Apply by ${p.closes}.` : `Closed on ${p.closes}.`}`,
    closedNotice: (date: string) => `This opening closed on ${date} and no longer takes applications.`,
    applyByEmail: (address: string) => `Apply by email to ${address}`,
    applyNow: 'Apply now',
    feedTitle: (company: string) => `Jobs at ${company}`,
    /** An entry of the Atom feed; `by` is the closing date as YYYY-MM-DD. */
    feedSummary: (p: { level: string; where: string; pay: string; by: string; at: string }) => `${p.level}. ${p.where}. ${p.pay}. Apply by ${p.by} at ${p.at}`,
  },
  /** A level's interview kit (for interviewers) and its "how we interview" page (for candidates). */
  kit: {
    title: (level: string) => `Interview kit: ${level}`,
    subtitle: (company: string, grade: string) => `${company} · ${grade} · for interviewers only`,
    /** A stage with its length, where it has one: "Technical interview (60 minutes)". */
    stage: (name: string, minutes?: number) => (minutes ? `${name} (${minutes} minutes)` : name),
    /** Areas are named by semicolons: a name such as "Influence and leadership" holds an "and" of its own. */
    rates: (areas: readonly string[]) => (areas.length ? `Rates: ${areas.join('; ')}.` : 'Rates no competency.'),
    timing: (asked: number, minutes: number, reserved: number) => `${asked} ${asked === 1 ? 'minute' : 'minutes'} of questions in ${minutes}, with ${reserved} kept for the welcome and the candidate's own questions.`,
    /** A point of the scale with its number: "3 Meets". */
    point: (n: number, name: string) => `${n} ${name}`,
    anchorBelow: (level: string, expectation: string) => `Short of what ${level} expects: ${expectation}`,
    anchorAs: (level: string, expectation: string) => `As ${level}: ${expectation}`,
    noExpectation: (level: string, area: string) => `${level} names no expectation for ${area}.`,
    noneBelow: (level: string) => `${level} is the first level of this ladder: there is no level below it to anchor this point.`,
    noneAbove: (level: string) => `${level} is the top of this ladder: there is no level above it to anchor this point.`,
    beforeYouStart: 'Before you start',
    stages: 'The stages',
    followUps: 'Follow-ups',
    listenFor: 'Listen for',
    notes: 'Notes',
    minutes: (n: number) => `${n} min`,
    rate: (area: string) => `Rate ${area}`,
    ratingAndEvidence: 'Rating and evidence',
    yourRecommendation: 'Your recommendation',
    overall: 'Overall recommendation',
    /** The CSV's columns before the scale's: the words applicant-tracking systems use. */
    csv: { stage: 'Stage', attribute: 'Attribute', question: 'Question', followUps: 'Follow-ups', listenFor: 'What to listen for' },
    /** What each point of the scale means, in general: the kits anchor each one in the ladder. */
    scaleMeanings: {
      below: 'The evidence falls short of what the level below this one expects.',
      'not-yet': 'The evidence matches the level below this one.',
      meets: 'The evidence matches what this level expects.',
      exceeds: 'The evidence matches what the next level up expects.',
    } as Record<ScalePoint, string>,
    interviewsTitle: (level: string) => `How we interview for ${level}`,
    interviewsDescription: (company: string, level: string) => `What ${company} assesses when it interviews for ${level}, in which stage, and the scale interviewers rate on.`,
  },
  /** A level's self-assessment page and the Markdown and CSV files made from it in the browser. */
  selfAssessment: {
    title: (level: string) => `Self-assessment: ${level}`,
    description: (level: string, next: string | undefined, company: string) => `Rate yourself against the ${level} competencies${next ? ` and what ${next} asks for` : ''}, note your evidence and keep it as Markdown or CSV: a start for a promotion case at ${company}.`,
    topOfLadder: (level: string) => `${level} is the top of this ladder.`,
    noNextExpectation: (next: string, area: string) => `${next} names no expectation for ${area}.`,
    /** The file names, before the level's id and the extension. */
    fileName: 'self-assessment',
    /** The four points of the rating, lowest first; each is defined once, at the top of the page. */
    ratings: {
      'not-yet': { label: 'Not yet', meaning: 'I do not do this yet, or only with a lot of help.' },
      partly: { label: 'Partly', meaning: 'I do some of this, or not yet consistently.' },
      meets: { label: 'Meets', meaning: 'I do this consistently, without being asked.' },
      beyond: { label: 'Beyond', meaning: 'I do more than this, and others count on me for it.' },
    } as Record<SelfAssessmentRating, { label: string; meaning: string }>,
  },
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
    untranslated: 'This page has not been translated yet, so it is shown in English.',
  },
};

/** The shape every language's catalogue has: en's keys, with text (or a function making text) for each. */
export type Words = typeof en;

// The names the pages used before the catalogue: the English words, until each page takes its
// language's. Only the ones a page still imports are left: FaqList.astro (audienceNames),
// pages/index.astro (plural) and src/search/config.ts (trackNames).
export { audienceNames, plural, trackNames };
