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
    siteName: (company: string) => `${company} handbook`,
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
  // The words of the components, pages and search around the content. A sentence with links in it
  // is a function taking one function per link, which makes the link from its text: the sentence
  // stays whole for the translator, and the page decides where each link goes.
  components: {
    breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
    careerGraph: {
      axis: 'Grade ↑',
      legendUp: 'Up = more senior grade.',
      legendRows: 'Each row is one grade, each column a role.',
      legendContext: 'Thin and pale: the rest of the ladder, not this path',
      listSummary: 'Every step by grade, highest first',
      /** Between the two levels of a step in the list by grade: "Senior engineer to Staff engineer". */
      stepTo: 'to',
    },
    compareChooser: {
      steps: 'Step by step:',
      furtherApart: <T>(sideBySide: (text: string) => T) => ['Levels further apart: follow the steps between them, or ', sideBySide('see every level side by side'), '.'],
      /** The same, on the role's own comparison page, whose table is right below. */
      furtherApartTable: 'Levels further apart: follow the steps between them, or read the table below, a column per level.',
    },
    /** What the copy button says once it has copied, or could not (src/browser/copy-text.ts). */
    copy: { copied: 'Copied to the clipboard.', copiedRich: 'Copied with its formatting.', failed: 'Could not copy. Download the file instead.' },
    print: 'Print or save as PDF',
    faq: { forAudiences: (audiences: string) => `For: ${audiences}` },
    fieldReference: {
      field: 'Field',
      type: 'Type',
      required: 'Required?',
      purpose: 'What it is for',
      isRequired: 'required',
      optional: 'optional',
      optionalWithDefault: (value: string) => `optional (default: ${value})`,
    },
    jobArchitecture: {
      zones: 'Pay location',
      showPayFor: 'Show pay for:',
      caption: (zone: string, currency: string) => `Levels by grade, with pay in ${zone} (${currency})`,
      outsideBand: (exception: string) => `Outside the grade's band: ${exception}`,
    },
    ladder: { experience: (years: string) => `${years} experience` },
    pageMeta: { owner: (owner: string) => `Owner: ${owner}`, lastReviewed: 'Last reviewed', suggestChange: 'Suggest a change' },
    prevNext: { label: 'Neighbouring levels', below: 'Level below', above: 'Level above' },
    requirements: { heading: 'Requirements', niceToHave: 'Nice to have' },
    /** Read out before a role card's links to its levels. */
    roleCard: { levels: 'Levels:' },
    /** Read out after a skill's name, so that "Go" does not read as a link saying "go". */
    skillChip: '(skill)',
    tableScroll: 'Table (scrolls sideways on small screens)',
    theme: { dark: 'Dark theme' },
    toc: 'On this page',
  },
  search: {
    /** The header's link to the search page, and the search page's button. */
    search: 'Search',
    /** The header search's box, read out. */
    label: 'Search the handbook',
    placeholder: 'Search roles, levels, skills, questions',
    withFilters: 'Search with filters',
    nothingFound: 'Nothing in the handbook matches that. Try a shorter word, another job title, or browse:',
    browse: { roles: 'All roles and their levels', faq: 'Frequently asked questions', skills: 'Skills', careerPaths: 'Career paths' },
    notReady: 'Search is not ready',
    unavailable: 'Search is unavailable: this copy of the site has no search index. Browse the roles or the FAQ instead.',
    /** In astro dev, where the fix is one command away. */
    unavailableDev: 'Search needs an index, and the dev server has none yet. Run “npm run build” once, then reload: the dev server searches the index from your last build.',
    browseRoles: 'Browse all roles',
    faq: 'FAQ',
    close: 'Close',
    /** Said above the results when a word was misspelt and the closest one the handbook uses was searched for instead. */
    corrected: (to: string, from: string) => `Showing results for ${to} (no exact match for “${from}”).`,
    correctedAnnounced: (to: string) => `Showing results for ${to}.`,
    /** The arrow-down key's hint beside the box, where pagefind has no word of its own. */
    navigate: 'navigate',
    page: {
      title: 'Search',
      description: (company: string) => `Search the ${company} handbook: roles, levels, job ads, skills and answers.`,
      heading: 'Search the handbook',
      label: 'Search roles, levels, skills and questions',
      hint: 'Roles and other job titles, levels, skills such as Kafka, or a question.',
      submit: 'Search',
      noScript: <T>(roles: (text: string) => T, faq: (text: string) => T) => ['Search runs in your browser and needs JavaScript. You can still ', roles('browse all roles'), ' or read the ', faq('FAQ'), '.'],
      filters: 'Filter results',
      nothingFound: 'Nothing in the handbook matches that. Try a shorter word, another job title, fewer filters, or browse:',
      alsoBrowse: <T>(roles: (text: string) => T, skills: (text: string) => T, faq: (text: string) => T) => ['You can also browse ', roles('all roles'), ', the ', skills('skills index'), ' or the ', faq('questions and answers'), '.'],
    },
    /** The filters of the search page, by the key SearchMeta.astro indexes them under. */
    filters: { type: 'Type', family: 'Role family', level: 'Level', track: 'Track' },
    /** The kinds of page, as the type filter and each result's badge name them. */
    types: { role: 'Role', level: 'Level', faq: 'FAQ', 'career-path': 'Career path', skill: 'Skill', job: 'Job ad', grades: 'Grades and pay', opening: 'Opening' } as Record<string, string>,
    /** Indexed with each level page, so "senior pay band" finds the Senior level first. */
    payBand: 'pay band',
  },
  home: {
    title: (company: string) => `${company} hiring handbook`,
    lead: 'Every role we hire for, what each level expects, what it pays and how people move from one level to the next. Hiring managers use it to write job descriptions and calibrate interviews; candidates and colleagues use it to see what is expected and where a career can go.',
    roles: { title: 'Roles and levels', text: (roles: number, levels: number) => `${roles} roles, ${levels} levels, pay bands` },
    careerPaths: { title: 'Career paths', text: (paths: number) => `${paths} paths between roles and levels` },
    faq: { title: 'Questions and answers', text: (answers: number) => `${answers} answers for candidates, managers and staff` },
    skills: { title: 'Skills', text: (skills: number) => `${skills} skills and who asks for them` },
    jobs: { title: 'Jobs', text: (openings: number) => `${openings} open position${openings === 1 ? '' : 's'}, with pay and closing dates`, none: 'No open positions right now' },
    findYourWay: 'Find your way',
    findYourWayText: <T>(search: (text: string) => T, careerPaths: (text: string) => T) => ['Looking for a particular question, skill or job title? ', search('Search the handbook'), ', or see how roles connect on the ', careerPaths('career paths'), ' page.'],
  },
  pages: {
    careerPaths: {
      heading: 'Career paths',
      lead: <T>(jobArchitecture: (text: string) => T) => [
        'The steps people take between roles and levels: promotions, moves between tracks and lateral moves. Each path draws its own steps by grade; for every role and grade side by side, see the ',
        jobArchitecture('job architecture'),
        '.',
      ],
    },
    careerPath: { steps: 'The steps' },
    faq: {
      heading: 'Frequently asked questions',
      lead: 'Answers grouped by topic. Start from who you are, or open any question below.',
      byAudience: 'Questions by audience',
    },
    editingGuide: {
      title: 'Editing guide',
      description: (company: string) => `How to edit the ${company} handbook: settings, pay, roles and openings, and every field of every file.`,
      heading: 'Editing the handbook',
      lead: 'For the people who keep this handbook: how to change it, preview it and publish it.',
      fieldReference: 'Field reference',
    },
    jobArchitecture: {
      heading: 'Grades and pay',
      lead: "Every level belongs to a grade. Levels with the same grade carry the same scope and the same pay band, whichever role they are in: a staff engineer, a software architect and an engineering manager are peers. Read across a row to find a level's peers, and down a column to see a role's ladder.",
      zoneHeading: (zone: string) => `Grades and pay in ${zone}`,
      zoneLead: (zone: string) => `The same grades and peers as everywhere, with the bands that apply to people working in ${zone}.`,
    },
    jobs: {
      heading: 'Jobs',
      atomFeed: 'Open positions (Atom)',
      jsonFeed: 'Open positions (JSON)',
      applyBy: (date: string) => `Apply by ${date}`,
      none: 'There are no open positions right now. Follow the feed below to hear about the next one.',
      feeds: <T>(atom: (text: string) => T, json: (text: string) => T) => ['Follow new openings in a feed reader with the ', atom('Atom feed'), ', or read them as ', json('JSON'), '.'],
    },
    opening: { closed: 'Closed.', team: 'About the team' },
    roles: {
      title: 'Roles',
      description: (roles: number, company: string) => `All ${roles} roles at ${company}, grouped by family, with their levels and pay ranges.`,
      lead: 'Every role we hire for, grouped by family. Each guide explains the work, the levels and the pay band of each level.',
    },
    role: {
      alsoCalled: (titles: string) => `Also called: ${titles}`,
      levels: 'Levels and pay',
      compare: (role: string) => `Compare the ${role} levels side by side`,
      responsibilities: 'Responsibilities',
      atEveryLevel: 'At every level. Each level page adds what is new there.',
      skills: 'Skills',
      waysOfWorking: 'Ways of working',
      tools: 'Tools',
      leads: 'Where this role leads',
      /** A move out of the role: from one of its levels to another role's, with its kind and the path it is on. */
      leadsTo: <T>(from: T, to: T, kind: string, path: T) => ['From ', from, ' to ', to, ` (${kind}, `, path, ')'],
      joinsFrom: 'Where people join it from',
      comesFrom: <T>(from: T, to: T, kind: string) => [from, ' to ', to, ` (${kind})`],
      questions: 'Questions about this role',
    },
    level: {
      payBand: (zone: string) => `Pay band in ${zone}`,
      experience: 'Experience',
      asAGuide: (years: string) => `${years}, as a guide`,
      track: 'Track',
      grade: 'Grade',
      peers: 'Peers:',
      morePeers: <T>(more: number, jobArchitecture: (text: string) => T) => ['and ', jobArchitecture(`${more} more in the job architecture`)],
      payByLocation: 'Pay by location',
      payCaption: (level: string) => `${level} pay band in each location`,
      location: 'Location',
      band: 'Band',
      outsideBand: (exception: string) => `Outside its grade's band: ${exception}`,
      jobAd: 'Job ad for this level',
      interviews: (level: string) => `How we interview for ${level}`,
      selfAssessment: (level: string) => `Self-assessment for ${level}`,
      compare: (role: string) => `Compare all ${role} levels`,
      scope: 'Scope',
      responsibilities: 'Responsibilities',
      competencies: 'Competencies',
      changesFrom: (previous: string) => `What changes from ${previous}`,
      noChanges: 'The level page does not list changes yet.',
      sideBySide: (previous: string, level: string) => `${previous} and ${level} side by side`,
      toReach: (next: string) => `To reach ${next}`,
      questions: 'Questions about this level',
    },
    jobAd: {
      readyToPost: <T>(txt: (text: string) => T, md: (text: string) => T, html: (text: string) => T, json: (text: string) => T) => [
        'Ready to post. Copy it into your applicant-tracking system or job board, or download it as ',
        txt('plain text'),
        ', ',
        md('Markdown'),
        ', ',
        html('HTML'),
        ' or ',
        json('JSON'),
        '.',
      ],
      copyRich: 'Copy as rich text',
      copyPlain: 'Copy as plain text',
      copyMarkdown: 'Copy as Markdown',
      builtFrom: <T>(level: T, role: T) => ['Built from the ', level, ' level and the ', role, ' guide.'],
    },
    interviews: {
      lead: <T>(level: T) => ['Every candidate for ', level, ' meets the same stages, is asked the same questions and is rated on the same scale, against what the level expects.'],
      stages: 'The stages',
      assesses: (areas: string) => `Assesses: ${areas}.`,
      assessed: 'What we assess',
      scale: 'How interviewers rate',
      scaleText: 'Each interviewer rates each competency on four points and writes down the evidence before talking to anyone else. We never ask about your age, family, health, religion, origin or past pay.',
      kit: 'The interview kit',
      kitFiles: <T>(md: (text: string) => T, csv: (text: string) => T) => ['Download it as ', md('Markdown'), ' or as a ', csv('CSV'), ' for your applicant-tracking system.'],
    },
    selfAssessment: {
      heading: (level: string) => `Self-assessment: ${level}`,
      /** The lead: what the sheet is for, with a link to the level and, where there is one, to the next. */
      lead: <T>(level: T, next: T | undefined) => (next ? ['For a promotion case: how you work today against what ', level, ' expects and what ', next, ' asks for next.'] : ['To take stock of your work: how you work today against what ', level, ' expects.']),
      rateYourself: 'Rate yourself on each row and write down your evidence: the work, results and feedback that show it.',
      noScript: 'Print this page to fill it in by hand. To keep your answers as you type and download them, turn on JavaScript.',
      privacy: 'Your answers are kept in this browser only, on this device, until you clear them. Nothing you write is sent anywhere: download it to keep or share it.',
      downloadMarkdown: 'Download as Markdown',
      downloadCsv: 'Download as CSV',
      clear: 'Clear answers',
      howToRate: 'How to rate',
      rateEach: (withItems: boolean) => `Rate each competency against what this level expects${withItems ? ', and each item to reach the next level against the item itself' : ''}.`,
      noNextLevel: 'There is no next level to compare with.',
      beyond: <T>(next: T) => ['What ', next, ' asks for beyond this level.'],
      thisLevel: (level: string) => `This level (${level})`,
      nextLevel: (level: string | undefined) => (level ? `Next level (${level})` : 'Next level'),
      yourRating: 'Your rating',
      evidence: 'Evidence',
      /** Read out after "Your rating" and "Evidence": which row they belong to. */
      forRow: (competency: string) => `for ${competency}`,
      builtFrom: <T>(level: T, next: T | undefined) => (next ? ['Built from the ', level, ' level and the ', next, ' level.'] : ['Built from the ', level, ' level.']),
      /** The two groups of rows, on the page and in both files. */
      themes: { competencies: 'Competencies', toReachNext: 'To reach the next level' },
      /** What the page's script says as it keeps, restores, downloads and clears the answers (src/browser/self-assessment.ts). */
      status: {
        notKept: 'This browser does not let the page keep your answers: download them before you close it.',
        restored: 'Your answers from your last visit are back.',
        downloaded: (file: string) => `Downloaded ${file}.`,
        confirmClear: 'Clear every rating and all the evidence on this page? This cannot be undone.',
        cleared: 'Answers cleared.',
      },
      /** The Markdown and CSV files the reader downloads (src/lib/self-assessment.ts). */
      file: {
        heading: (level: string) => `Self-assessment: ${level}`,
        ratingPoints: 'Rating points:',
        thisLevel: 'This level:',
        nextLevel: 'Next level:',
        rating: 'Rating:',
        notRated: 'Not rated',
        evidence: 'Evidence:',
        noEvidence: 'None written.',
        csvHeader: ['Theme', 'Competency', 'This level', 'Next level', 'Rating', 'Evidence'] as string[],
      },
    },
    comparePair: {
      heading: (a: string, b: string, role: string) => `${a} and ${b} ${role}: what changes`,
      lead: <T>(changed: string, a: T, b: T, full: (text: string) => T) => [`${changed} from `, a, ' to ', b, '. Rows that stay the same are left out; the ', full('full comparison'), ' shows everything.'],
      inShort: 'In short',
      sideBySide: 'Side by side',
      caption: (a: string, b: string) => `What differs between ${a} and ${b}`,
    },
    compare: {
      lead: 'Every level side by side. To see only what changes from one level to the next, pick a step here.',
      caption: (role: string) => `${role} levels compared`,
    },
    skill: {
      askedFor: 'Roles that ask for it',
      atEveryLevel: 'At every level:',
      namedBy: 'Levels that name it',
      mentions: (skill: string) => `Where a level's own expectations mention ${skill}.`,
      all: 'All skills',
    },
    skills: {
      heading: 'Skills',
      lead: 'Every skill our role guides name, grouped by kind. Open one to see which roles ask for it and which levels mention it.',
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist in the handbook.',
    lead: 'There is no page at this address. It may have moved when a role or level was renamed.',
    search: 'Search the handbook',
    roles: 'All roles',
    home: 'Home',
  },
};

/** The shape every language's catalogue has: en's keys, with text (or a function making text) for each. */
export type Words = typeof en;
