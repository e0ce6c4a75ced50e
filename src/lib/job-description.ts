/**
 * A ready-to-post job description from a role, one of its levels and the site settings. One
 * structure feeds the HTML page, the plain-text copy and the Markdown file, so they never drift.
 */
import { formatYears } from './level-diff.ts';

export interface JdRole {
  title: string;
  summary: string;
  responsibilities: readonly string[];
  requirements: readonly string[];
  niceToHaves: readonly string[];
  skills: readonly { group: string; items: readonly string[] }[];
}

export interface JdLevel {
  title: string;
  summary: string;
  scope: string;
  responsibilities: readonly string[];
  requirements: readonly string[];
  niceToHaves: readonly string[];
  experience: { minYears: number; maxYears?: number | undefined };
  /** The band in each pay zone, written out: { zone: 'United States', band: '$95,000 – $130,000 per year' }. */
  pay: readonly { zone: string; band: string }[];
}

export interface JdSite {
  company: { name: string; website: string; about: string };
  locale: string;
}

export type JdSectionKey = 'about' | 'role' | 'do' | 'bring' | 'nice' | 'technologies' | 'pay';

export interface JdSection {
  /** Stable name of the section, whatever its heading says. */
  key: JdSectionKey;
  heading: string;
  paragraphs: string[];
  items: string[];
}

export interface JobDescription {
  title: string;
  company: string;
  website: string;
  sections: JdSection[];
  /** Where the handbook describes this level, for the closing line. */
  sourceUrl?: string;
}

/** Joins lists, dropping repeats (same words ignoring case and a final full stop). */
function merge(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of lists.flat()) {
    const key = item.trim().replace(/[.;]$/, '').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item.trim());
  }
  return out;
}

export function experienceSentence(experience: JdLevel['experience']): string {
  return `Typically ${formatYears(experience)} of relevant experience. This is a guide, not a hard rule: we value what you can do over how long you have done it.`;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/**
 * Summaries in content are written without a subject ("Owns a service…"). In a job description
 * they read better with one: "A Backend Engineer at Acme owns a service…". Sentences that do not
 * start with such a verb are left as written.
 */
export function withSubject(subject: string, sentence: string): string {
  const match = /^([A-Z])([a-z]*[^su]s)\b/.exec(sentence);
  if (!match) return sentence;
  return `${subject} ${match[1]!.toLowerCase()}${sentence.slice(1)}`;
}

export function jobDescription(role: JdRole, level: JdLevel, site: JdSite, sourceUrl?: string): JobDescription {
  const section = (key: JdSectionKey, heading: string, paragraphs: string[], items: string[] = []): JdSection => ({ key, heading, paragraphs, items });
  const sections: JdSection[] = [
    section('about', 'About us', [site.company.about]),
    section('role', 'About the role', [
      withSubject(`${article(role.title)} ${role.title} at ${site.company.name}`.replace(/^a/, 'A'), role.summary),
      withSubject(`At this level, ${article(level.title)} ${level.title}`, level.summary),
      level.scope,
    ]),
    section('do', 'What you will do', [], merge(level.responsibilities, role.responsibilities)),
    section('bring', 'What you bring', [experienceSentence(level.experience)], merge(role.requirements, level.requirements)),
  ];
  const nice = merge(level.niceToHaves, role.niceToHaves);
  if (nice.length) sections.push(section('nice', 'Nice to have', [], nice));
  if (role.skills.length) sections.push(section('technologies', 'Technologies', [], role.skills.map((g) => `${g.group}: ${g.items.join(', ')}`)));
  sections.push(section('pay', 'Pay', level.pay.map((p) => `${p.zone}: ${p.band}.`)));
  return {
    title: level.title,
    company: site.company.name,
    website: site.company.website,
    sections,
    ...(sourceUrl ? { sourceUrl } : {}),
  };
}

/** Plain text that pastes cleanly into any applicant-tracking system: no markup, "- " bullets. */
export function jobDescriptionText(jd: JobDescription): string {
  const lines = [jd.title, `${jd.company} (${jd.website})`];
  for (const s of jd.sections) {
    lines.push('', s.heading);
    for (const p of s.paragraphs) lines.push(p);
    for (const item of s.items) lines.push(`- ${item}`);
  }
  if (jd.sourceUrl) lines.push('', `Levels and expectations: ${jd.sourceUrl}`);
  return `${lines.join('\n')}\n`;
}

/** Escapes characters that would turn plain words into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#>+-])(?=\s)/, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/, '$1\\.');
}

export function jobDescriptionMarkdown(jd: JobDescription): string {
  const lines = [`# ${escapeMarkdown(jd.title)}`, '', `**${escapeMarkdown(jd.company)}** · <${jd.website}>`];
  for (const s of jd.sections) {
    lines.push('', `## ${escapeMarkdown(s.heading)}`, '');
    for (const p of s.paragraphs) lines.push(escapeMarkdown(p), '');
    for (const item of s.items) lines.push(`- ${escapeMarkdown(item)}`);
    if (!s.items.length) lines.pop();
  }
  if (jd.sourceUrl) lines.push('', `Levels and expectations: <${jd.sourceUrl}>`);
  return `${lines.join('\n')}\n`;
}
