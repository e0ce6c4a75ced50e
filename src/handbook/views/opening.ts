/**
 * An opening's page, the jobs list and the feeds. The ad is the one the read model composes
 * (src/handbook/ads.ts); the JobPosting markup is built from the same view, so every value it
 * carries is one the page shows. Each in the read model's language, its titles as its job ads
 * write them (ad.title: "(m/w/d)" in German).
 */
import type { JobPosting, Place, WithContext } from 'schema-dts';
import { formatDate } from '../../lib/dates.ts';
import { escapeHtml as xml } from '../../lib/html.ts';
import { adHtml, type AdCopy } from '../../lib/ad-copy.ts';
import { absoluteUrl, paths } from '../../lib/url.ts';
import type { Hiring } from '../../schemas/hiring.ts';
import { applyText, openingAd, type Ad } from '../ads.ts';
import type { Handbook, Opening } from '../model.ts';
import { bandText } from '../pay.ts';
import { addressOf, draftHead, reviewLine, type PageHead, type ReviewLine } from './common.ts';

interface Fact {
  label: string;
  value: string;
  href?: string;
}

export interface OpeningPage {
  head: PageHead & { noindex: boolean };
  opening: { kind: 'opening'; id: string; filePath: string };
  open: boolean;
  /** Said at the top of a closed opening, instead of inviting applications. */
  closedNotice?: string;
  facts: Fact[];
  apply?: Fact;
  copy: AdCopy;
  /** Serialised JobPosting for a script in the head; open openings only. */
  jsonLd?: string;
  /** The file has a body about the team. */
  team: boolean;
  review: ReviewLine;
}

const regionName = (code: string, locale: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;

/** "Remote: United States, Germany" / "Hybrid: Berlin, Germany", in the model's language. */
function placeText(hiring: Hiring, h: Pick<Handbook, 'locale' | 'words'>): string {
  const locale = h.locale.tag;
  const mode = h.words.workModeNames[hiring.workMode];
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const places = hiring.workMode === 'remote' ? (hiring.remoteCountries ?? []).map((c) => regionName(c, locale)) : (hiring.offices ?? []).map((o) => `${o.city}, ${regionName(o.country, locale)}`);
  return places.length ? `${mode}: ${list.format(places)}` : mode;
}

export function openingPage(opening: Opening, h: Handbook): OpeningPage {
  const { site, words } = h;
  const w = words.jobs;
  const d = opening.data;
  const level = opening.level;
  const ad = openingAd(opening, h);
  const title = words.ad.title(opening.title);
  const where = placeText(ad.hiring, h);
  const posted = formatDate(d.datePosted, h.locale.tag);
  const closes = formatDate(d.validThrough, h.locale.tag);
  const role = level.role;
  const employment = words.employmentTypeNames[d.employmentType];
  const facts: Fact[] = [
    { label: w.facts.level, value: level.data.title, href: h.url(paths.level(role.id, level.slug)) },
    { label: w.facts.employment, value: employment },
    { label: w.facts.location, value: where },
    // Its own range where it has one (openingAd put it in place of its zone's band).
    ...ad.bands.map((band) => ({ label: w.facts.pay(band.zone.name), value: bandText(band, h) })),
    { label: w.facts.posted, value: posted },
    { label: opening.open ? w.facts.applyBy : w.facts.closed, value: closes },
    { label: w.facts.reference, value: opening.id },
  ];
  const page: OpeningPage = {
    head: {
      title,
      description: w.openingDescription({ title, company: site.company.name, where, employment, open: opening.open, closes }),
      crumbs: [{ label: words.crumbs.jobs, href: paths.jobs() }, { label: title }],
      editPath: opening.filePath,
      forCandidates: true,
      ...(opening.open ? { search: { type: 'opening', filters: { family: role.data.family, role: role.data.title, level: level.data.shortTitle, track: level.data.track }, restate: true } } : {}),
      noindex: !opening.open,
      ...draftHead([opening]),
    },
    opening: { kind: 'opening', id: opening.id, filePath: opening.filePath },
    open: opening.open,
    facts,
    copy: ad.copy,
    team: opening.team,
    review: reviewLine(h, opening, { forCandidates: true }),
  };
  if (!opening.open) page.closedNotice = w.closedNotice(closes);
  else {
    page.apply = { label: d.applyUrl.startsWith('mailto:') ? w.applyByEmail(applyText(d.applyUrl)) : w.applyNow, value: applyText(d.applyUrl), href: d.applyUrl };
    // One posting per language page that is its own (Google: markup only where the job is described,
    // a copy under another address points at the original): a translated page carries it in its
    // language; a page not yet translated repeats the original, whose address it names as canonical.
    if (!opening.fallback) page.jsonLd = serialiseJsonLd(jobPosting(opening, ad, h));
  }
  return page;
}

const unitTexts = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' } as const;

/** Google's JobPosting: the required and recommended properties, each one the page shows. */
export function jobPosting(opening: Opening, ad: Ad, h: Handbook): WithContext<JobPosting> {
  const { site } = h;
  const d = opening.data;
  const { sourceUrl: _, ...shown } = ad.copy;
  const remote = ad.hiring.workMode === 'remote';
  const pay = ad.bands.find((b) => b.zone.id === d.pay?.zone) ?? ad.bands[0]!;
  const location: Pick<JobPosting & object, 'jobLocation' | 'jobLocationType' | 'applicantLocationRequirements'> = remote
    ? {
        jobLocationType: 'TELECOMMUTE',
        applicantLocationRequirements: ad.countries.map((c) => ({ '@type': 'Country', name: regionName(c, h.locale.tag) })),
      }
    : {
        jobLocation: (ad.hiring.offices ?? []).map((o): Place => ({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: o.city, addressCountry: o.country } })),
      };
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: h.words.ad.title(opening.title),
    description: adHtml(shown, h.words),
    datePosted: d.datePosted,
    validThrough: d.validThrough,
    employmentType: d.employmentType,
    hiringOrganization: {
      '@type': 'Organization',
      name: site.company.name,
      sameAs: site.company.website,
      ...(site.company.logo ? { logo: absoluteUrl(site.company.logo, site.url) } : {}),
    },
    ...location,
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: pay.zone.currency,
      value: { '@type': 'QuantitativeValue', minValue: pay.min, maxValue: pay.max, unitText: unitTexts[h.pay.period] },
    },
    identifier: { '@type': 'PropertyValue', name: site.company.name, value: opening.id },
    directApply: d.directApply,
  };
}

/** JSON inside <script> must not close it: "<" is written as its escape, which JSON reads back as "<". */
const serialiseJsonLd = (data: object) => JSON.stringify(data).replace(/</g, '\\u003c');

export interface JobsPage {
  head: PageHead;
  items: { href: string; title: string; level: string; where: string; employment: string; pay: string[]; closes: string }[];
  feeds: { atom: string; json: string };
}

export function jobsPage(h: Handbook): JobsPage {
  const { site, words } = h;
  return {
    head: {
      title: words.jobs.title,
      description: words.jobs.description(site.company.name),
      forCandidates: true,
    },
    items: h.openings
      .filter((o) => o.open)
      .map((o) => {
        const ad = openingAd(o, h);
        return {
          href: h.url(paths.opening(o.id)),
          title: words.ad.title(o.title),
          level: o.level.data.title,
          where: placeText(ad.hiring, h),
          employment: words.employmentTypeNames[o.data.employmentType],
          pay: ad.bands.map((b) => `${b.zone.name}: ${bandText(b, h)}`),
          closes: formatDate(o.data.validThrough, h.locale.tag),
        };
      }),
    feeds: { atom: h.url(paths.jobsFeed()), json: h.url(paths.jobsJson()) },
  };
}

/** /jobs/index.json: the open openings for aggregators and careers pages. */
export function openingsJson(h: Handbook) {
  const { site } = h;
  return {
    company: site.company.name,
    url: addressOf(h, paths.jobs()),
    openings: h.openings
      .filter((o) => o.open)
      .map((o) => {
        const ad = openingAd(o, h);
        return {
          id: o.id,
          title: h.words.ad.title(o.title),
          url: addressOf(h, paths.opening(o.id)),
          level: { id: o.level.id, title: o.level.data.title },
          employmentType: o.data.employmentType,
          location: { workMode: ad.hiring.workMode, offices: ad.hiring.offices ?? [], remoteCountries: ad.hiring.workMode === 'remote' ? ad.countries : [], text: placeText(ad.hiring, h) },
          pay: ad.bands.map((b) => ({ zone: b.zone.id, zoneName: b.zone.name, currency: b.zone.currency, min: b.min, max: b.max, period: h.pay.period, text: bandText(b, h) })),
          datePosted: o.data.datePosted,
          validThrough: o.data.validThrough,
          applyUrl: o.data.applyUrl,
          directApply: o.data.directApply,
        };
      }),
  };
}

/** /jobs/feed.xml: the same openings as an Atom feed, newest first. */
export function openingsAtom(h: Handbook): string {
  const { openings, url: self } = openingsJson(h);
  const sorted = openings.toSorted((a, b) => b.datePosted.localeCompare(a.datePosted));
  // Dated by the content, not the build, so an unchanged handbook gives an unchanged feed.
  const updated = `${sorted[0]?.datePosted ?? h.pay.effective}T00:00:00Z`;
  const entries = sorted.map((o) =>
    [
      '  <entry>',
      `    <id>${xml(o.url)}</id>`,
      `    <title>${xml(o.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(o.url)}"/>`,
      `    <published>${o.datePosted}T00:00:00Z</published>`,
      `    <updated>${o.datePosted}T00:00:00Z</updated>`,
      `    <summary>${xml(h.words.jobs.feedSummary({ level: o.level.title, where: o.location.text, pay: o.pay.map((p) => `${p.zoneName}: ${p.text}`).join('; '), by: o.validThrough, at: o.applyUrl }))}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(self)}</id>`,
    `  <title>${xml(h.words.jobs.feedTitle(h.site.company.name))}</title>`,
    `  <link rel="alternate" type="text/html" href="${xml(self)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(addressOf(h, paths.jobsFeed()))}"/>`,
    `  <author><name>${xml(h.site.company.name)}</name></author>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
