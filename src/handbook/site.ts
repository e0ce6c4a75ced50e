/** The site settings for pages and components: content/site.yaml, read once per build. */
import { siteResult } from 'virtual:rolebook/site';
import type { SiteSettings } from '../schemas/site.ts';

if (!siteResult.site) {
  // The content check has already printed what is wrong with content/site.yaml and stopped the build.
  throw new Error(`content/site.yaml is invalid: ${siteResult.problems.map((p) => `${p.field ?? ''} ${p.message}`.trim()).join('; ')}`);
}

export const site: SiteSettings = siteResult.site;
