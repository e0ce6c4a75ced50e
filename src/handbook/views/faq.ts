/** The FAQ page: questions by audience up front, then every answer by topic. */
import { paths } from '../../lib/url.ts';
import type { Handbook, TopicGroup } from '../model.ts';
import type { Link, PageHead } from './common.ts';

export interface FaqPage {
  head: PageHead;
  audiences: { heading: string; count: number; questions: Link[] }[];
  topics: TopicGroup[];
}

export function faqPage(h: Handbook): FaqPage {
  const { words } = h;
  return {
    head: {
      title: words.faq.title,
      description: words.faq.description(h.faqs.length, h.site.company.name),
      crumbs: [{ label: words.crumbs.faq }],
      section: 'faq',
      search: { type: 'faq' },
    },
    audiences: h.faqsByAudience.map(({ audience, faqs }) => ({
      heading: words.audienceHeadings[audience],
      count: faqs.length,
      questions: faqs.map((f) => ({ href: h.url(paths.faq(f.anchor)), text: f.data.question })),
    })),
    topics: h.faqsByTopic.map((group) => ({ ...group, topic: h.topicName(group.topic) })),
  };
}
