/** The job description of a level, shared by its HTML page and its .md and .txt files. */
import { jobDescription, type JobDescription } from '../lib/job-description.ts';
import { absoluteUrl, paths } from '../lib/url.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { Level } from './model.ts';

export function jobDescriptionFor(level: Level, site: SiteSettings): JobDescription {
  const role = level.role.data;
  const source = absoluteUrl(paths.level(level.role.id, level.slug), site.url);
  return jobDescription(role, level.data, site, source);
}
