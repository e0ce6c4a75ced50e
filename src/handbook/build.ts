/**
 * The read model from plain entries, one small builder per concept. Pure: no astro:content, so
 * unit tests feed it the content check's entries and getHandbook() feeds it Astro's collections.
 */
import type { CareerPathData } from '../schemas/career-path.ts';
import type { FaqData } from '../schemas/faq.ts';
import type { InterviewQuestionData } from '../schemas/interview-question.ts';
import type { LevelData } from '../schemas/level.ts';
import type { OpeningData } from '../schemas/opening.ts';
import type { RoleData } from '../schemas/role.ts';
import type { Hiring } from '../schemas/hiring.ts';
import type { PayTable } from '../schemas/pay.ts';
import type { SiteSettings } from '../schemas/site.ts';
import type { LoadedContent } from '../reader/content.ts';
import { wordsFor } from '../i18n/catalogue.ts';
import { localesOf, type Locale } from '../i18n/locales.ts';
import { url } from '../lib/url.ts';
import { buildPay } from './pay.ts';
import { buildCareerPaths } from './career.ts';
import { buildFaqs, faqAudiences, faqTopics } from './faqs.ts';
import { buildInterviewQuestions } from './interview-questions.ts';
import { attachLevels } from './levels.ts';
import { buildOpenings } from './openings.ts';
import { published } from './order.ts';
import type { Handbook, Source } from './model.ts';
import { buildRoles, roleFamilies } from './roles.ts';
import { buildSkills } from './skills.ts';
import { entryOf } from './page-entry.ts';

export interface HandbookInput {
  site: SiteSettings;
  pay: PayTable;
  hiring: Hiring;
  roles: readonly Source<RoleData>[];
  levels: readonly Source<LevelData>[];
  faqs: readonly Source<FaqData>[];
  careerPaths: readonly Source<CareerPathData>[];
  openings: readonly Source<OpeningData>[];
  interviewQuestions: readonly Source<InterviewQuestionData>[];
  /** The day of the build, YYYY-MM-DD: openings whose validThrough is before it are closed. */
  today: string;
  /**
   * Keep drafts, each marked with the file that keeps it off the published site: astro dev shows
   * them with a banner, so an editor sees a draft as it will look. Left out, drafts are dropped
   * here, before anything links to them, so no published page can point at a page never built.
   */
  drafts?: boolean;
  /** The language of the entries given: the default's when left out. */
  locale?: Locale;
  /** Each competency area's name in that language, where it is not the area itself. */
  areaNames?: ReadonlyMap<string, string>;
  /** Each FAQ topic's name in that language, where it is not the topic itself. */
  topicNames?: ReadonlyMap<string, string>;
}

export function buildHandbook(input: HandbookInput): Handbook {
  const shown = <D extends { status?: 'draft' | 'published' }>(entries: readonly Source<D>[]) => (input.drafts ? entries : entries.filter(published));
  const pay = buildPay(input.pay);
  const roles = buildRoles(shown(input.roles));
  const levels = attachLevels(roles, shown(input.levels), pay);
  const faqs = buildFaqs(shown(input.faqs), roles, levels);
  const careerPaths = buildCareerPaths(shown(input.careerPaths), roles, levels);
  let skills: Handbook['skills'] | undefined;
  const locale = input.locale ?? localesOf(input.site)[0]!;
  // A language that leaves out what it has not translated links to the default language's page instead.
  const leavesOut = locale.untranslated === 'leave-out';
  const h: Handbook = {
    site: input.site,
    locale,
    words: wordsFor(locale.tag),
    areaName: (area) => input.areaNames?.get(area) ?? area,
    topicName: (topic) => input.topicNames?.get(topic) ?? topic,
    url: (path = '') => {
      const inSite = path.replace(/^\/+/, '');
      return url(leavesOut && entryOf(h, inSite)?.fallback ? inSite : `${locale.prefix}${inSite}`);
    },
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
      skills ??= buildSkills(roles, levels);
      return skills;
    },
    openings: buildOpenings(shown(input.openings), levels, input.today),
    interviewQuestions: buildInterviewQuestions(shown(input.interviewQuestions), levels),
  };
  return h;
}

/**
 * The read model of what the content check read, in the language of `locale` when the content
 * given is that language's (src/i18n/localized.ts); undefined while a settings file is invalid (the
 * check says why). The check builds it once with drafts in, each marked, for its rules and for the
 * bodies the collections' loader renders (so a draft's pay figures show in astro dev too).
 */
export function handbookOf(content: LoadedContent, drafts = false, locale?: Locale): Handbook | undefined {
  if (!content.site || !content.pay || !content.hiring) return undefined;
  const source = <D>(e: { id: string; data: D; file: string; body: string; fallback?: boolean }) => ({ id: e.id, data: e.data, filePath: e.file, body: e.body, ...(e.fallback ? { fallback: true } : {}) });
  return buildHandbook({
    site: content.site,
    pay: content.pay,
    hiring: content.hiring,
    roles: content.roles.map(source),
    levels: content.levels.map(source),
    faqs: content.faqs.map(source),
    careerPaths: content.careerPaths.map(source),
    openings: content.openings.map(source),
    interviewQuestions: content.interviewQuestions.map(source),
    today: content.today,
    drafts,
    ...(locale ? { locale } : {}),
    ...(content.areaNames ? { areaNames: content.areaNames } : {}),
    ...(content.topicNames ? { topicNames: content.topicNames } : {}),
  });
}
