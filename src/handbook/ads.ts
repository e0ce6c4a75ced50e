/**
 * The job ads the site shows, composed from the read model: a level's, and an opening's (its
 * level's with the opening's own details on top). The details are the hiring defaults with the
 * role's, the level's and the opening's on top; the pay section shows the bands of the zones the
 * ad is open to. The content check judges these same ads (src/integrity/rules/job-ads.ts), and
 * views only format them, so what the check reads is what the page says. Each is in the language
 * of the read model it is made from: its headings, sentences, dates, amounts and link.
 */
import { composeAd, whereSentence, type AdCopy } from '../lib/ad-copy.ts';
import { formatDate } from '../lib/dates.ts';
import { absoluteUrl, paths } from '../lib/url.ts';
import { withOverrides, type Hiring, type HiringOverride } from '../schemas/hiring.ts';
import type { Handbook, Level, Opening, ZoneBand } from './model.ts';
import { bandText } from './pay.ts';

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
  copy: AdCopy;
  hiring: Hiring;
  /** The countries the ad is open to (adCountries). */
  countries: string[];
  /** The bands the ad shows: those of the zones it is open to (every zone when none is). */
  bands: ZoneBand[];
}

/** The countries an ad is open to: where a remote hire may live, or where the offices are. */
export const adCountries = (hiring: Pick<Hiring, 'workMode' | 'remoteCountries' | 'offices'>): string[] => (hiring.workMode === 'remote' ? [...(hiring.remoteCountries ?? [])] : (hiring.offices ?? []).map((o) => o.country));

/**
 * `base` is the site's base path, for the ad's link to its level: pages leave it to Astro's
 * (src/lib/url.ts); the downloads, written outside Astro's pages, pass the configured one.
 */
export function levelAd(level: Level, h: Handbook, extra: AdOverrides = {}, base?: string): Ad {
  const role = level.role;
  const hiring = withOverrides(h.hiring, role.data.hiring, level.data.hiring, extra.hiring);
  const countries = adCountries(hiring);
  const pay = level.pay.map((band) => (band.zone.id === extra.pay?.zone ? { zone: band.zone, min: extra.pay.min, max: extra.pay.max } : band));
  const local = pay.filter((band) => band.zone.countries.some((c) => countries.includes(c)));
  const bands = local.length ? local : pay;
  const copy = composeAd(
    {
      company: h.site.company,
      role: role.data,
      level: level.data,
      pay: bands.map((band) => ({ zone: band.zone.name, band: bandText(band, h) })),
      where: whereSentence(hiring.workMode, { remoteCountries: hiring.remoteCountries ?? [], offices: hiring.offices ?? [] }, h.locale.tag, h.words),
      timeZones: hiring.timeZones,
      benefits: hiring.benefits,
      howToApply: hiring.howToApply,
      closing: extra.closing ? formatDate(extra.closing, h.locale.tag) : undefined,
      applyAt: extra.applyAt,
      interviewStages: hiring.interviewStages,
      equalOpportunity: hiring.equalOpportunity,
      adjustments: hiring.adjustments,
      sourceUrl: absoluteUrl(`${h.locale.prefix}${paths.level(role.id, level.slug)}`, h.site.url, base),
    },
    h.words,
  );
  return { copy: extra.title ? { ...copy, title: h.words.ad.title(extra.title) } : copy, hiring, countries, bands };
}

/** mailto:jobs@x → jobs@x; a form's address as written. */
export const applyText = (applyUrl: string) => applyUrl.replace(/^mailto:/, '');

/** Made once per opening: its page, the feeds and the content check all read the same ad. */
const openingAds = new WeakMap<Opening, Ad>();

export function openingAd(opening: Opening, h: Handbook): Ad {
  const made = openingAds.get(opening);
  if (made) return made;
  const d = opening.data;
  const ad = levelAd(opening.level, h, {
    title: opening.title,
    hiring: d.hiring,
    pay: d.pay,
    // A closed opening takes no applications: the ad does not invite them.
    closing: opening.open ? d.validThrough : undefined,
    applyAt: opening.open ? applyText(d.applyUrl) : undefined,
  });
  openingAds.set(opening, ad);
  return ad;
}
