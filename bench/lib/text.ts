/**
 * Seeded synthetic handbook text for the benchmark. Pure: the same seed gives the same words, so
 * runs on different days and machines build the same sites. Sentences are assembled from small
 * word banks so pages differ (search indexes and gzip see realistic, non-repeating text), stay
 * under the job-ad sentence limit, and avoid the words the prose and job-ad rules report, so
 * `npm run check` on a generated handbook has no errors and its warnings do not grow with size.
 */

/** mulberry32: a tiny, well-mixed 32-bit generator; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export const areas = [
  'Billing',
  'Payments',
  'Search',
  'Logistics',
  'Routing',
  'Inventory',
  'Identity',
  'Messaging',
  'Reporting',
  'Pricing',
  'Checkout',
  'Mobile',
  'Storage',
  'Metrics',
  'Fleet',
  'Warehouse',
  'Partner',
  'Catalog',
  'Scheduling',
  'Notifications',
  'Onboarding',
  'Compliance',
  'Forecasting',
  'Dispatch',
  'Tracking',
  'Documents',
  'Invoicing',
  'Returns',
  'Loyalty',
  'Marketplace',
  'Integrations',
  'Networking',
  'Telemetry',
  'Quality',
  'Security',
  'Design Systems',
  'Accessibility',
  'Localization',
  'Media',
  'Maps',
] as const;

export const disciplines = [
  'Backend Engineer',
  'Frontend Engineer',
  'Data Engineer',
  'Data Scientist',
  'Product Designer',
  'QA Engineer',
  'Site Reliability Engineer',
  'Mobile Engineer',
  'Product Manager',
  'Technical Writer',
  'Security Engineer',
  'Data Curator',
  'Platform Engineer',
  'Solutions Engineer',
  'UX Researcher',
  'Machine Learning Engineer',
  'Release Engineer',
  'Database Engineer',
  'Test Engineer',
  'Developer Advocate',
  'Content Designer',
  'Systems Engineer',
  'Network Engineer',
  'Cloud Engineer',
  'Integration Engineer',
] as const;

/** The five levels of every generated role, each on its own grade of the shipped pay table. */
export const ladder = [
  { id: 'junior', short: 'Junior', grade: 'g1', minYears: 0, maxYears: 2 },
  { id: 'mid', short: 'Mid-level', grade: 'g2', minYears: 2, maxYears: 5 },
  { id: 'senior', short: 'Senior', grade: 'g3', minYears: 5, maxYears: 8 },
  { id: 'staff', short: 'Staff', grade: 'g5', minYears: 8, maxYears: 12 },
  { id: 'principal', short: 'Principal', grade: 'g6', minYears: 10 },
] as const;

/** The title of the n-th generated role (0-based): every area with every discipline, then numbered. */
export function roleTitle(n: number): string {
  const combos = areas.length * disciplines.length;
  const base = `${areas[n % areas.length]} ${disciplines[Math.floor(n / areas.length) % disciplines.length]}`;
  return n < combos ? base : `${base} ${Math.floor(n / combos) + 1}`;
}

export const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// Word banks. Neutral wording only: no coded job-ad stems (lead*, support*, collab*, decide, ...),
// nothing retext-equality reports, no amounts of money (pay lives in pay.yaml).
const subjects = ['The team', 'A new starter', 'Each engineer', 'The on-call person', 'The reviewer', 'A mentor', 'The product manager', 'The group', 'A specialist', 'The person in this role', 'The rotation', 'A peer'];
const verbs = ['plans', 'reviews', 'documents', 'measures', 'tests', 'ships', 'maintains', 'improves', 'explains', 'tracks', 'schedules', 'questions', 'shares', 'checks', 'simplifies', 'rewrites', 'profiles', 'automates', 'sketches', 'prioritises'];
const objects = [
  'the release notes',
  'a migration plan',
  'the error budget',
  'the weekly metrics',
  'a design proposal',
  'the backlog',
  'an incident summary',
  'the test suite',
  'the onboarding guide',
  'a slow query',
  'the deployment pipeline',
  'a data model',
  'the alert thresholds',
  'a customer report',
  'the service map',
  'an API contract',
  'the cost dashboard',
  'a flaky test',
  'the capacity forecast',
  'the runbook',
  'a retention policy',
  'the access rules',
  'a prototype',
  'the style guide',
  'a usability study',
  'the schema change',
  'the roadmap draft',
  'a postmortem',
];
const tails = [
  'before the sprint ends',
  'with a teammate',
  'in the shared wiki',
  'every quarter',
  'after each release',
  'when the data changes',
  'so others can follow it',
  'without extra meetings',
  'with clear notes',
  'for the next cycle',
  'on a quiet afternoon',
  'as part of planning',
  'before it reaches customers',
  'using the usual tools',
  'in small steps',
  'with measurements',
  'at the weekly review',
  'for a new market',
];
const reasons = [
  'small changes are easier to review',
  'customers notice slow pages',
  'the next person needs context',
  'outages cost more than prevention',
  'clear notes save hours later',
  'measurements beat guesses',
  'the system keeps growing',
  'a shared picture avoids rework',
  'old code hides surprising paths',
  'good defaults spread on their own',
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => (/^(API|UX|QA)/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** One sentence of 8 to 25 words; `topic` (an area or discipline) is worked into some of them. */
export function sentence(random: Random, topic: string): string {
  const s = pick(random, subjects);
  const v = pick(random, verbs);
  const o = pick(random, objects);
  const t = pick(random, tails);
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${s} ${v} ${o} ${t}.`;
    case 1:
      return `When ${o} changes, ${lower(s)} ${v} ${pick(random, objects)} ${t}.`;
    case 2:
      return `In ${topic} work, ${lower(s)} ${v} ${o} because ${pick(random, reasons)}.`;
    case 3:
      return `${capitalise(pick(random, reasons))}, so ${lower(s)} ${v} ${o}.`;
    default:
      return `${s} ${v} ${o} and ${pick(random, verbs).replace(/s$/, '')}s ${pick(random, objects)} ${t}.`;
  }
}

export function paragraph(random: Random, topic: string, sentences = 4 + Math.floor(random() * 3)): string {
  return Array.from({ length: sentences }, () => sentence(random, topic)).join(' ');
}

export function bulletList(random: Random, topic: string, items = 4 + Math.floor(random() * 3)): string {
  return Array.from({ length: items }, () => `- ${sentence(random, topic)}`).join('\n');
}

export function table(random: Random, headings: readonly string[], rows: readonly string[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const cell = () => `${capitalise(pick(random, objects))} ${pick(random, tails)}`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map((row) => line([row, ...headings.slice(1).map(cell)]))].join('\n');
}

export const wordCount = (markdown: string) => markdown.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length;

/** A level page body: headings, lists, a table and prose, about `words` words long. */
export function levelBody(random: Random, topic: string, levelName: string, words = 1000): string {
  const parts = [
    `## A typical week\n\n${paragraph(random, topic)}\n\n${bulletList(random, topic)}`,
    `## How this level is assessed\n\n${paragraph(random, topic)}\n\n${bulletList(random, topic, 5)}`,
    `## Expectations by area\n\n${table(random, ['Area', `What ${levelName} does`, 'Evidence'], ['Technical depth', 'Delivery', 'System design', 'Teamwork', 'Mentoring'])}`,
    `## Working with others\n\n${paragraph(random, topic)}\n\n### In reviews\n\n${paragraph(random, topic)}\n\n### In incidents\n\n${paragraph(random, topic)}`,
  ];
  const more = ['## Tools and habits', '## Common pitfalls', '## Questions to ask', '## Notes for managers', '## Further practice'];
  let i = 0;
  while (wordCount(parts.join('\n\n')) < words - 90) {
    parts.push(`${more[i % more.length]}${i >= more.length ? ` ${Math.floor(i / more.length) + 1}` : ''}\n\n${paragraph(random, topic)}\n\n${random() < 0.5 ? bulletList(random, topic) : paragraph(random, topic)}`);
    i++;
  }
  parts.push(`## Moving up\n\n${paragraph(random, topic, 3)}`);
  return `${parts.join('\n\n')}\n`;
}

/** A short role guide or FAQ answer: a few paragraphs and a list. */
export function shortBody(random: Random, topic: string, heading: string): string {
  return `## ${heading}\n\n${paragraph(random, topic)}\n\n${bulletList(random, topic)}\n\n${paragraph(random, topic)}\n`;
}
