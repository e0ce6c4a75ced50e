/**
 * A level's job ad: the page, and its .txt, .md, .html and .json files, from one JobDescription.
 * The posting details are the hiring defaults with the role's, the level's and (for an opening)
 * the opening's own on top; the pay line shows the zones the ad's locations fall in.
 */
import { formatDate } from '../../lib/dates.ts';
import { jobDescription, whereSentence, type JobDescription } from '../../lib/job-description.ts';
import { absoluteUrl, paths, url } from '../../lib/url.ts';
import { withOverrides, type Hiring, type HiringOverride } from '../../schemas/hiring.ts';
import type { Handbook, Level, ZoneBand } from '../model.ts';
import { bandText, draftHead, type PageHead } from './common.ts';

/** What an opening adds to its level's ad. */
export interface AdOverrides {
  title?: string | undefined;
  hiring?: HiringOverride | undefined;
  closing?: string | undefined;
  applyAt?: string | undefined;
  /** A range of the opening's own, shown instead of the band of its zone. */
  pay?: { zone: string; min: number; max: number } | undefined;
}

export interface Ad {
  jd: JobDescription;
  hiring: Hiring;
  /** The bands the ad shows: those of the zones its locations fall in (every zone when none does). */
  bands: ZoneBand[];
}

export function adFor(level: Level, h: Handbook, extra: AdOverrides = {}): Ad {
  const role = level.role;
  const hiring = withOverrides(h.hiring, role.data.hiring, level.data.hiring, extra.hiring);
  const countries = hiring.workMode === 'remote' ? (hiring.remoteCountries ?? []) : (hiring.offices ?? []).map((o) => o.country);
  const pay = level.pay.map((band) => (band.zone.id === extra.pay?.zone ? { zone: band.zone, min: extra.pay.min, max: extra.pay.max } : band));
  const local = pay.filter((band) => band.zone.countries.some((c) => countries.includes(c)));
  const bands = local.length ? local : pay;
  const jd = jobDescription({
    company: h.site.company,
    role: role.data,
    level: level.data,
    pay: bands.map((band) => ({ zone: band.zone.name, band: bandText(band, h) })),
    where: whereSentence(hiring.workMode, { remoteCountries: hiring.remoteCountries ?? [], offices: hiring.offices ?? [] }, h.site.locale),
    timeZones: hiring.timeZones,
    benefits: hiring.benefits,
    howToApply: hiring.howToApply,
    closing: extra.closing ? formatDate(extra.closing, h.site.locale) : undefined,
    applyAt: extra.applyAt,
    interviewStages: hiring.interviewStages,
    equalOpportunity: hiring.equalOpportunity,
    adjustments: hiring.adjustments,
    sourceUrl: absoluteUrl(paths.level(role.id, level.slug), h.site.url),
  });
  return { jd: extra.title ? { ...jd, title: extra.title } : jd, hiring, bands };
}

/** Every field of the ad, structured, for tools that fill their own forms (the .json file). */
export function adJson(level: Level, ad: Ad, h: Handbook) {
  return {
    ...ad.jd,
    role: level.role.id,
    level: level.id,
    grade: { id: level.grade.id, name: level.grade.name },
    workMode: ad.hiring.workMode,
    remoteCountries: ad.hiring.remoteCountries ?? [],
    offices: ad.hiring.offices ?? [],
    timeZones: ad.hiring.timeZones ?? null,
    pay: ad.bands.map((b) => ({ zone: b.zone.id, zoneName: b.zone.name, currency: b.zone.currency, min: b.min, max: b.max, period: h.pay.period })),
    benefits: ad.hiring.benefits,
    interviewStages: ad.hiring.interviewStages,
  };
}

export const jobDescriptionFormats = ['txt', 'md', 'html', 'json'] as const;
export type JobDescriptionFormat = (typeof jobDescriptionFormats)[number];

export interface JobDescriptionPage {
  head: PageHead;
  jd: JobDescription;
  files: Record<JobDescriptionFormat, string>;
  levelHref: string;
  levelTitle: string;
  roleHref: string;
  roleTitle: string;
}

export function jobDescriptionPage(level: Level, h: Handbook): JobDescriptionPage {
  const { site } = h;
  const role = level.role;
  const d = level.data;
  return {
    head: {
      title: `${d.title}: job description`,
      description: `A ready-to-post job description for ${d.title} at ${site.company.name}: the work, what to bring, pay, location, benefits and the interview process.`,
      crumbs: [
        { label: 'Roles', href: paths.roles() },
        { label: role.data.title, href: paths.role(role.id) },
        { label: d.shortTitle, href: paths.level(role.id, level.slug) },
        { label: 'Job description' },
      ],
      editPath: level.filePath,
      forCandidates: true,
      section: 'roles',
      search: { type: 'job', filters: { family: role.data.family, role: role.data.title, level: d.shortTitle, track: d.track }, restate: true },
      ...draftHead(level),
    },
    jd: adFor(level, h).jd,
    files: Object.fromEntries(jobDescriptionFormats.map((f) => [f, url(paths.jobDescriptionFile(role.id, level.slug, f))])) as Record<JobDescriptionFormat, string>,
    levelHref: url(paths.level(role.id, level.slug)),
    levelTitle: d.title,
    roleHref: url(paths.role(role.id)),
    roleTitle: role.data.title,
  };
}
