/**
 * The read model from plain entries, one small builder per concept. Pure: no astro:content, so
 * unit tests feed it the content check's entries and getHandbook() feeds it Astro's collections.
 */
import type { CareerPathData } from '../schemas/career-path.ts';
import type { FaqData } from '../schemas/faq.ts';
import type { LevelData } from '../schemas/level.ts';
import type { OpeningData } from '../schemas/opening.ts';
import type { RoleData } from '../schemas/role.ts';
import type { Hiring } from '../schemas/hiring.ts';
import type { PayTable } from '../schemas/pay.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { buildPay } from './pay.ts';
import { buildCareerPaths } from './career.ts';
import { buildFaqs, faqAudiences, faqTopics } from './faqs.ts';
import { attachLevels } from './levels.ts';
import { buildOpenings } from './openings.ts';
import type { Handbook, Source } from './model.ts';
import { buildRoles, roleFamilies } from './roles.ts';
import { buildSkills } from './skills.ts';

export interface HandbookInput {
  site: SiteSettings;
  pay: PayTable;
  hiring: Hiring;
  roles: readonly Source<RoleData>[];
  levels: readonly Source<LevelData>[];
  faqs: readonly Source<FaqData>[];
  careerPaths: readonly Source<CareerPathData>[];
  openings: readonly Source<OpeningData>[];
  /** The day of the build, YYYY-MM-DD: openings whose validThrough is before it are closed. */
  today: string;
}

export function buildHandbook(input: HandbookInput): Handbook {
  const pay = buildPay(input.pay);
  const roles = buildRoles(input.roles);
  const levels = attachLevels(roles, input.levels, pay);
  const faqs = buildFaqs(input.faqs, roles, levels);
  const careerPaths = buildCareerPaths(input.careerPaths, roles, levels);
  let skills: Handbook['skills'] | undefined;
  return {
    site: input.site,
    pay,
    hiring: input.hiring,
    roles,
    families: roleFamilies(roles),
    levels,
    faqs,
    faqsByTopic: faqTopics(faqs),
    faqsByAudience: faqAudiences(faqs),
    careerPaths,
    // Built when first read: the content check builds this model for the job ads alone.
    get skills() {
      return (skills ??= buildSkills(roles, levels));
    },
    openings: buildOpenings(input.openings, levels, input.today),
  };
}
