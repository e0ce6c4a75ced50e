/**
 * A translation's content: every entry of the default language with its translation's fields in
 * place (src/schemas/translated.ts), or as it is, marked as a fallback, where it has none. The
 * read model of a language is built from it with the same builders as the default's.
 */
import type { Entry, LoadedContent } from '../reader/content.ts';
import type { Translatable, Translation } from '../reader/translations.ts';
import { merged } from '../schemas/translated.ts';

/** The translations of one language, by what they translate. */
export function translationsOf(content: Pick<LoadedContent, 'translations'>, key: string): Map<string, Translation> {
  return new Map(content.translations.filter((t) => t.key === key).map((t) => [`${t.collection}/${t.id}`, t]));
}

/** An entry as a language shows it. */
function localized<E extends Entry<never, unknown>>(entry: E, translation: Translation | undefined): E & { fallback: boolean } {
  if (!translation) return { ...entry, fallback: true };
  return { ...entry, file: translation.file, data: mergedEntry(entry.data, translation.data), body: translation.body.trim() ? translation.body : entry.body, fallback: false };
}

type WithCompetencies = { competencies?: { area: string }[] };

/**
 * A source's data with its translation's fields in place. A competency's area stays the source's:
 * it is what interview stages, questions and the levels of a role are matched by; its name in the
 * language comes from areaNamesOf().
 */
export function mergedEntry<D>(source: D, fields: unknown): D {
  let out = merged(source, fields);
  // An FAQ's topic, like an area, groups entries: it stays the source's, named by topicNamesOf().
  const topic = (source as { topic?: string }).topic;
  if (topic !== undefined) out = { ...out, topic };
  const areas = (source as WithCompetencies).competencies;
  const mine = (out as WithCompetencies).competencies;
  if (!areas || !mine || mine === areas) return out;
  return { ...out, competencies: mine.map((c, i) => ({ ...c, area: areas[i]?.area ?? c.area })) } as D;
}

/** Each FAQ topic's name in a language, from its questions' translations (the first one found names it). */
export function topicNamesOf(faqs: readonly { data: { topic: string } }[], fieldsOf: (index: number) => unknown): Map<string, string> {
  const names = new Map<string, string>();
  faqs.forEach((faq, index) => {
    const name = (fieldsOf(index) as { topic?: string } | undefined)?.topic;
    if (name && !names.has(faq.data.topic)) names.set(faq.data.topic, name);
  });
  return names;
}

/** Each competency area's name in a language, from its levels' translations (the first one found names it). */
export function areaNamesOf(levels: readonly { data: WithCompetencies }[], fieldsOf: (index: number) => unknown): Map<string, string> {
  const names = new Map<string, string>();
  levels.forEach((level, index) => {
    const translated = (fieldsOf(index) as WithCompetencies | undefined)?.competencies;
    // Items of another number no longer line up with the source's (the check warns).
    if (translated?.length !== level.data.competencies?.length) return;
    level.data.competencies?.forEach((c, i) => {
      const name = (translated?.[i] as { area?: string } | undefined)?.area;
      if (name && !names.has(c.area)) names.set(c.area, name);
    });
  });
  return names;
}

/** The content of the language `key`, for handbookOf(); the default language's content for undefined. */
export function localizedContent(content: LoadedContent, key: string | undefined): LoadedContent {
  if (key === undefined) return content;
  const own = translationsOf(content, key);
  const of = <C extends Exclude<Translatable, 'hiring' | 'site' | 'pay'>, E extends Entry<C, unknown>>(collection: C, entries: E[]) => entries.map((e) => localized(e as never, own.get(`${collection}/${e.id}`)) as unknown as E);
  const hiring = own.get('hiring/');
  const site = own.get('site/');
  const pay = own.get('pay/');
  return {
    ...content,
    areaNames: areaNamesOf(content.levels, (i) => own.get(`levels/${content.levels[i]!.id}`)?.data),
    topicNames: topicNamesOf(content.faqs, (i) => own.get(`faqs/${content.faqs[i]!.id}`)?.data),
    ...(content.pay ? { pay: merged(content.pay, pay?.data) } : {}),
    ...(content.site ? { site: merged(content.site, site?.data) } : {}),
    ...(content.hiring ? { hiring: merged(content.hiring, hiring?.data) } : {}),
    roles: of('roles', content.roles),
    levels: of('levels', content.levels),
    faqs: of('faqs', content.faqs),
    careerPaths: of('careerPaths', content.careerPaths),
    openings: of('openings', content.openings),
  };
}
