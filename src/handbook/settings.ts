/** The settings for pages and components: site, pay table, hiring defaults and the build's day, read once per build. */
import { settings } from 'virtual:rolebook/settings';
import type { Hiring } from '../schemas/hiring.ts';
import type { PayTable } from '../schemas/pay.ts';
import type { SiteSettings } from '../schemas/site.ts';

if (!settings.site || !settings.pay || !settings.hiring) {
  // The content check has already printed what is wrong with the settings and stopped the build.
  throw new Error(`The settings are invalid: ${settings.problems.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`.trim()).join('; ')}`);
}

export const site: SiteSettings = settings.site;
export const pay: PayTable = settings.pay;
export const hiring: Hiring = settings.hiring;
/** The day of the build (Settings.today): openings close and pages are dated against it. */
export const today: string = settings.today;
