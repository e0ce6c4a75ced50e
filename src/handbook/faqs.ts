/** FAQs: questions in order, unique anchors, attached to their roles and levels, grouped by topic and audience. */
import { slugify } from '../lib/slug.ts';
import { audiences, type Audience, type FaqData } from '../schemas/faq.ts';
import type { Faq, Level, Role, Source, TopicGroup } from './model.ts';
import { byText, draftOf, fallbackOf } from './order.ts';
import { smallest } from '../lib/lists.ts';

export function buildFaqs(entries: readonly Source<FaqData>[], roles: readonly Role[], levels: readonly Level[]): Faq[] {
  const rolesById = new Map(roles.map((r) => [r.id, r]));
  const levelsById = new Map(levels.map((l) => [l.id, l]));
  const faqs = entries
    .map(
      (entry): Faq => ({
        id: entry.id,
        anchor: '',
        data: entry.data,
        filePath: entry.filePath ?? `content/faqs/${entry.id}.mdx`,
        ...draftOf(entry, entry.filePath ?? `content/faqs/${entry.id}.mdx`),
        ...fallbackOf(entry),
        roles: entry.data.roles.map((r) => rolesById.get(r.id)).filter((r): r is Role => r !== undefined),
        levels: entry.data.levels.map((l) => levelsById.get(l.id)).filter((l): l is Level => l !== undefined),
      }),
    )
    .sort((a, b) => a.data.order - b.data.order || byText(a.data.question, b.data.question));
  assignAnchors(faqs);
  for (const faq of faqs) {
    for (const role of faq.roles) role.faqs.push(faq);
    for (const level of faq.levels) level.faqs.push(faq);
  }
  return faqs;
}

/** Topics in the order of their first question. */
export function faqTopics(faqs: readonly Faq[]): TopicGroup[] {
  const topics = Map.groupBy(faqs, (f) => f.data.topic);
  return [...topics].map(([topic, list]) => ({ topic, slug: `topic-${slugify(topic)}`, faqs: list })).sort((a, b) => smallest(a.faqs.map((f) => f.data.order)) - smallest(b.faqs.map((f) => f.data.order)) || byText(a.topic, b.topic));
}

export function faqAudiences(faqs: readonly Faq[]): { audience: Audience; faqs: Faq[] }[] {
  return audiences.map((audience) => ({ audience, faqs: faqs.filter((f) => f.data.audience.includes(audience)) })).filter((g) => g.faqs.length);
}

/** Anchors from the file name; folders are added only where two files share a name. */
function assignAnchors(faqs: Faq[]): void {
  const last = (faq: Faq) => faq.id.split('/').at(-1)!;
  const counts = Map.groupBy(faqs, last);
  for (const faq of faqs) faq.anchor = `faq-${(counts.get(last(faq))!.length > 1 ? faq.id : last(faq)).replace(/\//g, '-')}`;
}
