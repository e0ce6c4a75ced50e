/**
 * A ready-to-post job ad from a role, one of its levels, the hiring defaults and the pay table.
 * One structure feeds the page and its .txt, .md, .html and .json files, so they never drift.
 * Pure: the view (src/handbook/views/ad.ts) resolves data; this composes words, each from the
 * catalogue of the ad's language (src/i18n/words/).
 */
import type { Words } from '../i18n/words/en.ts';
import { escapeHtml } from './html.ts';

interface AdShape {
  /** Replaces the composed "About the role" paragraph. */
  intro?: string | undefined;
  /** Role-wide items (by their opening words) this ad leaves out. */
  omit?: readonly string[] | undefined;
}

export interface AdInput {
  company: { name: string; website: string; about: string };
  role: { title: string; summary: string; responsibilities: readonly string[]; requirements: readonly string[]; niceToHaves: readonly string[]; ad?: AdShape | undefined };
  level: { title: string; summary: string; responsibilities: readonly string[]; requirements: readonly string[]; niceToHaves: readonly string[]; experience: { minYears: number }; ad?: AdShape | undefined };
  /** The band in each zone the ad's locations fall in, written out. */
  pay: readonly { zone: string; band: string }[];
  /** Where and how the job is done, written out (see whereSentence). */
  where: string;
  timeZones?: string | undefined;
  benefits: readonly string[];
  howToApply: string;
  /** For a real opening: the closing date, written out, and the address to apply at. */
  closing?: string | undefined;
  applyAt?: string | undefined;
  interviewStages: readonly { name: string; description: string }[];
  equalOpportunity: string;
  adjustments: string;
  sourceUrl?: string | undefined;
}

type AdSectionKey = 'about' | 'role' | 'do' | 'bring' | 'nice' | 'offer' | 'pay' | 'where' | 'apply' | 'process' | 'equal';

interface AdSection {
  /** Stable name of the section, whatever its heading says. */
  key: AdSectionKey;
  heading: string;
  paragraphs: string[];
  items: string[];
  /** Items are steps in order (the interview process). */
  ordered?: boolean;
}

export interface AdCopy {
  title: string;
  company: string;
  website: string;
  sections: AdSection[];
  /** Where the handbook describes this level, for the closing line. */
  sourceUrl?: string;
}

/** A list in an ad holds at most this many points: more, and readers skim past all of them. */
export const maxItems = 8;

const stopWords = new Set('and are any can for from has have into its more not our that the their them then they this those with you your also such than when what which while both each other own'.split(' '));
/** Word stems (first five letters) of the words that carry meaning: "reviews" and "review" match. */
const stemsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z0-9+#]+/)
      .filter((w) => w.length > 2 && !stopWords.has(w))
      .map((w) => w.slice(0, 5)),
  );

/** Two points say the same thing when at least half the meaning words of the shorter one are in the other. */
export const sameThing = (a: string, b: string): boolean => sameStems(stemsOf(a), stemsOf(b));

function sameStems(x: Set<string>, y: Set<string>): boolean {
  const [shorter, longer] = x.size <= y.size ? [x, y] : [y, x];
  const shared = [...shorter].filter((w) => longer.has(w)).length;
  return shared / shorter.size >= 0.5 && (shared >= 3 || (shared === shorter.size && shared > 0));
}

const opens = (item: string, start: string) =>
  item.toLowerCase().startsWith(
    start
      .toLowerCase()
      .replace(/[.…]+$/, '')
      .trim(),
  );

/** The level's own points first, then the role's (less those the ad omits), without repeats, at most maxItems. */
export function mergePoints(own: readonly string[], roleWide: readonly string[], omit: readonly string[] = []): string[] {
  // Each point's stems found once: every ad of a large handbook compares dozens of points.
  const kept: { item: string; stems: Set<string> }[] = [];
  for (const item of [...own, ...roleWide.filter((r) => !omit.some((o) => opens(r, o)))]) {
    if (kept.length >= maxItems) break;
    const stems = stemsOf(item);
    if (!kept.some((k) => sameStems(k.stems, stems))) kept.push({ item: item.trim(), stems });
  }
  return kept.map((k) => k.item);
}

const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();

/** Experience as a guide, never a cap: "Around 5 years …, or the equivalent …". None for entry levels. */
export function experienceSentence(minYears: number, words: Pick<Words, 'ad'>): string | undefined {
  if (minYears <= 0) return undefined;
  return words.ad.experience(minYears);
}

/** The ad in the language of `words`: its headings and the sentences it composes around the content. */
export function composeAd(input: AdInput, words: Pick<Words, 'ad'>): AdCopy {
  const w = words.ad;
  const { company, role, level } = input;
  const section = (key: AdSectionKey, heading: string, paragraphs: string[], items: string[] = [], ordered = false): AdSection => ({ key, heading, paragraphs, items, ...(ordered ? { ordered } : {}) });
  const omit = [...(role.ad?.omit ?? []), ...(level.ad?.omit ?? [])];
  const intro = level.ad?.intro ?? role.ad?.intro ?? w.intro({ role: role.title, level: level.title, company: company.name, roleSentence: firstSentence(role.summary), levelSentence: firstSentence(level.summary) });
  const bring = mergePoints(level.requirements, role.requirements, omit);
  // Where the level already states its years, a second statement would repeat or contradict it.
  const years = bring.some((r) => w.statesYears(r)) ? undefined : experienceSentence(level.experience.minYears, words);
  const nice = mergePoints(level.niceToHaves, role.niceToHaves, omit);
  const sections = [
    section('about', w.sections.about, [company.about]),
    section('role', w.sections.role, [intro]),
    section('do', w.sections.do, [], mergePoints(level.responsibilities, role.responsibilities, omit)),
    section('bring', w.sections.bring, years ? [years] : [], bring),
    ...(nice.length ? [section('nice', w.sections.nice, [], nice)] : []),
    section('offer', w.sections.offer, [], [...input.benefits]),
    section(
      'pay',
      w.sections.pay,
      input.pay.map((p) => `${p.zone}: ${p.band}.`),
    ),
    section('where', w.sections.where, [input.where, ...(input.timeZones ? [input.timeZones] : [])]),
    section('apply', w.sections.apply, [input.howToApply, ...(input.applyAt ? [w.applyAt(input.applyAt)] : []), ...(input.closing ? [w.closes(input.closing)] : [])]),
    section(
      'process',
      w.sections.process,
      [],
      input.interviewStages.map((s) => `${s.name}: ${s.description}`),
      true,
    ),
    section('equal', w.sections.equal, [input.equalOpportunity, input.adjustments]),
  ];
  return { title: w.title(level.title), company: company.name, website: company.website, sections, ...(input.sourceUrl ? { sourceUrl: input.sourceUrl } : {}) };
}

/** Made once per locale: building them costs far more than using them, and every ad has a place. */
const placeWords = new Map<string, { regions: Intl.DisplayNames; or: Intl.ListFormat; and: Intl.ListFormat }>();

/** "Remote. You can live and work in any of these countries: …" / "Hybrid, at our office in Berlin, Germany.": countries and lists as `locale` writes them, sentences from `words`. */
export function whereSentence(workMode: 'remote' | 'hybrid' | 'on-site', places: { remoteCountries: readonly string[]; offices: readonly { city: string; country: string }[] }, locale: string, words: Pick<Words, 'ad'>): string {
  let intl = placeWords.get(locale);
  if (!intl) {
    intl = { regions: new Intl.DisplayNames([locale], { type: 'region' }), or: new Intl.ListFormat(locale, { type: 'disjunction' }), and: new Intl.ListFormat(locale, { type: 'conjunction' }) };
    placeWords.set(locale, intl);
  }
  const { regions, or, and } = intl;
  const offices = or.format(places.offices.map((o) => `${o.city}, ${regions.of(o.country) ?? o.country}`));
  if (workMode === 'remote') {
    const countries = places.remoteCountries.map((c) => regions.of(c) ?? c);
    if (countries.length === 1) return words.ad.where.remoteIn(countries[0]!);
    return countries.length ? words.ad.where.remoteInAny(and.format(countries)) : words.ad.where.remote;
  }
  if (workMode === 'hybrid') return words.ad.where.hybrid(offices);
  return words.ad.where.onSite(offices);
}

/** Plain text that pastes cleanly into any applicant-tracking system: no markup, "- " bullets. */
export function adText(copy: AdCopy, words: Pick<Words, 'ad'>): string {
  const lines = [copy.title, `${copy.company} (${copy.website})`];
  for (const s of copy.sections) {
    lines.push('', s.heading);
    for (const p of s.paragraphs) lines.push(p);
    for (const [i, item] of s.items.entries()) lines.push(`${s.ordered ? `${i + 1}.` : '-'} ${item}`);
  }
  if (copy.sourceUrl) lines.push('', `${words.ad.source}: ${copy.sourceUrl}`);
  return `${lines.join('\n')}\n`;
}

/** Escapes characters that would turn plain words into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(\s*)([#>+-])(?=\s)/, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/, '$1\\.');
}

export function adMarkdown(copy: AdCopy, words: Pick<Words, 'ad'>): string {
  const lines = [`# ${escapeMarkdown(copy.title)}`, '', `**${escapeMarkdown(copy.company)}** · <${copy.website}>`];
  for (const s of copy.sections) {
    lines.push('', `## ${escapeMarkdown(s.heading)}`, '');
    for (const p of s.paragraphs) lines.push(escapeMarkdown(p), '');
    for (const [i, item] of s.items.entries()) lines.push(`${s.ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(item)}`);
    if (!s.items.length) lines.pop();
  }
  if (copy.sourceUrl) lines.push('', `${escapeMarkdown(words.ad.source)}: <${copy.sourceUrl}>`);
  return `${lines.join('\n')}\n`;
}

/** An HTML fragment for the rich-text editors of applicant-tracking systems: headings, paragraphs, lists. */
export function adHtml(copy: AdCopy, words: Pick<Words, 'ad'>): string {
  const parts = [`<h1>${escapeHtml(copy.title)}</h1>`, `<p><a href="${escapeHtml(copy.website)}">${escapeHtml(copy.company)}</a></p>`];
  for (const s of copy.sections) {
    parts.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    for (const p of s.paragraphs) parts.push(`<p>${escapeHtml(p)}</p>`);
    if (s.items.length) {
      const tag = s.ordered ? 'ol' : 'ul';
      parts.push(`<${tag}>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`);
    }
  }
  if (copy.sourceUrl) parts.push(`<p>${escapeHtml(words.ad.source)}: <a href="${escapeHtml(copy.sourceUrl)}">${escapeHtml(copy.sourceUrl)}</a></p>`);
  return `${parts.join('\n')}\n`;
}
