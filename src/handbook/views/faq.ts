/** The FAQ page: questions by audience up front, then every answer by topic. */
import { paths, url } from '../../lib/url.ts';
import type { Handbook, TopicGroup } from '../model.ts';
import { audienceHeadings } from '../../i18n/words/en.ts';
import type { Link, PageHead } from './common.ts';

export interface FaqPage {
  head: PageHead;
  audiences: { heading: string; count: number; questions: Link[] }[];
  topics: TopicGroup[];
}

export function faqPage(h: Handbook): FaqPage {
  return {
    head: {
      title: 'Frequently asked questions',
      description: `${h.faqs.length} answers for candidates, hiring managers and employees at ${h.site.company.name}: pay, levels, skills, hiring and careers.`,
      crumbs: [{ label: 'FAQ' }],
      section: 'faq',
      search: { type: 'faq' },
    },
    audiences: h.faqsByAudience.map(({ audience, faqs }) => ({
      heading: audienceHeadings[audience],
      count: faqs.length,
      questions: faqs.map((f) => ({ href: url(paths.faq(f.anchor)), text: f.data.question })),
    })),
    topics: h.faqsByTopic,
  };
}
