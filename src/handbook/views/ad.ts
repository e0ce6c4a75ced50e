/**
 * A level's job ad as pages show it: the page, and its .txt, .md, .html and .json files, all from
 * the one ad the read model composes (src/handbook/ads.ts).
 */
import type { AdCopy } from '../../lib/ad-copy.ts';
import { paths } from '../../lib/url.ts';
import { levelAd, type Ad } from '../ads.ts';
import type { Handbook, Level } from '../model.ts';
import { draftHead, type PageHead } from './common.ts';

/** Every field of the ad, structured, for tools that fill their own forms (the .json file). */
export function adJson(level: Level, ad: Ad, h: Handbook) {
  return {
    ...ad.copy,
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

export const adFormats = ['txt', 'md', 'html', 'json'] as const;
export type AdFormat = (typeof adFormats)[number];

export interface AdPage {
  head: PageHead;
  copy: AdCopy;
  files: Record<AdFormat, string>;
  levelHref: string;
  levelTitle: string;
  roleHref: string;
  roleTitle: string;
}

export function adPage(level: Level, h: Handbook): AdPage {
  const { site, words } = h;
  const role = level.role;
  const d = level.data;
  return {
    head: {
      title: words.ad.pageTitle(words.ad.title(d.title)),
      description: words.ad.description(d.title, site.company.name),
      crumbs: [{ label: words.crumbs.roles, href: paths.roles() }, { label: role.data.title, href: paths.role(role.id) }, { label: d.shortTitle, href: paths.level(role.id, level.slug) }, { label: words.crumbs.jobAd }],
      editPath: level.filePath,
      forCandidates: true,
      section: 'roles',
      search: { type: 'job', filters: { family: role.data.family, role: role.data.title, level: d.shortTitle, track: d.track }, restate: true },
      ...draftHead([level]),
    },
    copy: levelAd(level, h).copy,
    files: Object.fromEntries(adFormats.map((f) => [f, h.url(paths.adFile(role.id, level.slug, f))])) as Record<AdFormat, string>,
    levelHref: h.url(paths.level(role.id, level.slug)),
    levelTitle: d.title,
    roleHref: h.url(paths.role(role.id)),
    roleTitle: role.data.title,
  };
}
