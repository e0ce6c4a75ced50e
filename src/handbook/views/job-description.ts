/** The job-description page of a level and its .txt/.md files: one JobDescription feeds them all. */
import type { JobPosting, WithContext } from 'schema-dts';
import { jobDescription, jobDescriptionText, type JobDescription, type JdSectionKey } from '../../lib/job-description.ts';
import { absoluteUrl, paths, url } from '../../lib/url.ts';
import type { Handbook, Level } from '../model.ts';
import { bandText, type PageHead } from './common.ts';

export function jobDescriptionOf(level: Level, h: Handbook): JobDescription {
  const source = absoluteUrl(paths.level(level.role.id, level.slug), h.site.url);
  const pay = level.pay.map((band) => ({ zone: band.zone.name, band: bandText(band, h) }));
  return jobDescription(level.role.data, { ...level.data, pay }, h.site, source);
}

export interface JobDescriptionPage {
  head: PageHead;
  jd: JobDescription;
  /** JSON-LD, escaped for a <script> element. */
  jsonLd: string;
  txtHref: string;
  mdHref: string;
  levelHref: string;
  levelTitle: string;
  roleHref: string;
  roleTitle: string;
}

const unit = { year: 'YEAR', month: 'MONTH', hour: 'HOUR' } as const;

function jobPosting(level: Level, jd: JobDescription, h: Handbook): WithContext<JobPosting> {
  const { site } = h;
  const d = level.data;
  const items = (key: JdSectionKey) => jd.sections.find((s) => s.key === key)?.items.join(' ') ?? '';
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: d.title,
    description: jobDescriptionText(jd).replace(/\n/g, '<br>'),
    datePosted: d.lastReviewed,
    hiringOrganization: {
      '@type': 'Organization',
      name: site.company.name,
      sameAs: site.company.website,
      ...(site.company.logo ? { logo: new URL(url(site.company.logo), site.url).href } : {}),
    },
    applicantLocationRequirements: level.band.zone.countries.map((country) => ({ '@type': 'Country' as const, name: country })),
    jobLocationType: 'TELECOMMUTE',
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: level.band.zone.currency,
      value: { '@type': 'QuantitativeValue', minValue: level.band.min, maxValue: level.band.max, unitText: unit[h.pay.period] },
    },
    experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: d.experience.minYears * 12 },
    responsibilities: items('do'),
    qualifications: items('bring'),
    skills: level.role.skillGroups.flatMap((g) => g.skills.map((s) => s.name)).join(', '),
    occupationalCategory: level.role.data.title,
  };
}

export function jobDescriptionPage(level: Level, h: Handbook): JobDescriptionPage {
  const { site } = h;
  const role = level.role;
  const d = level.data;
  const jd = jobDescriptionOf(level, h);
  return {
    head: {
      title: `${d.title}: job description`,
      description: `A ready-to-post job description for ${d.title} at ${site.company.name}, with responsibilities, requirements and the pay band.`,
      crumbs: [
        { label: 'Roles', href: paths.roles() },
        { label: role.data.title, href: paths.role(role.id) },
        { label: d.shortTitle, href: paths.level(role.id, level.slug) },
        { label: 'Job description' },
      ],
      editPath: level.filePath,
      section: 'roles',
      search: { type: 'job', filters: { family: role.data.family, role: role.data.title, level: d.shortTitle, track: d.track }, restate: true },
    },
    jd,
    jsonLd: JSON.stringify(jobPosting(level, jd, h)).replace(/</g, '\\u003c'),
    txtHref: url(paths.jobDescriptionFile(role.id, level.slug, 'txt')),
    mdHref: url(paths.jobDescriptionFile(role.id, level.slug, 'md')),
    levelHref: url(paths.level(role.id, level.slug)),
    levelTitle: d.title,
    roleHref: url(paths.role(role.id)),
    roleTitle: role.data.title,
  };
}
