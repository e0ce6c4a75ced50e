/**
 * The words "did you mean" may offer (src/search/query-help.ts), taken from the handbook's content
 * rather than from built pages: titles, other titles, summaries, lists, skills and questions.
 */

/** The parts of the read model (src/handbook/) the vocabulary reads; nothing else. */
export interface VocabularySource {
  roles: {
    data: {
      title: string;
      otherTitles: string[];
      summary: string;
      responsibilities: string[];
      requirements: string[];
      niceToHaves: string[];
      skills: { items: string[] }[];
      softSkills: string[];
      tools: string[];
    };
  }[];
  levels: {
    data: {
      title: string;
      shortTitle: string;
      summary: string;
      scope: string;
      responsibilities: string[];
      requirements: string[];
      niceToHaves: string[];
      competencies: { area: string; expectation: string }[];
    };
  }[];
  faqs: { data: { question: string } }[];
  skills: { name: string }[];
  careerPaths: { data: { title: string; summary: string } }[];
}

/** The text of each role, level, question, skill and career path: one list of strings per item. */
export function handbookTexts(h: VocabularySource): string[][] {
  return [
    ...h.roles.map(({ data: r }) => [r.title, r.summary, ...r.otherTitles, ...r.responsibilities, ...r.requirements, ...r.niceToHaves, ...r.skills.flatMap((g) => g.items), ...r.softSkills, ...r.tools]),
    ...h.levels.map(({ data: l }) => [l.title, l.shortTitle, l.summary, l.scope, ...l.responsibilities, ...l.requirements, ...l.niceToHaves, ...l.competencies.flatMap((c) => [c.area, c.expectation])]),
    ...h.faqs.map((f) => [f.data.question]),
    ...h.skills.map((s) => [s.name]),
    ...h.careerPaths.map((p) => [p.data.title, p.data.summary]),
  ];
}

/**
 * Every word of four letters or more, lower-cased, most widely used first (in the most items, then
 * alphabetically): "did you mean" takes the first of equally close words.
 */
export function vocabularyOf(texts: string[][]): string[] {
  const items = new Map<string, number>();
  for (const item of texts) {
    for (const word of new Set(
      item
        .join(' ')
        .toLowerCase()
        .match(/[a-z][a-z0-9+#]{3,}/g),
    )) {
      items.set(word, (items.get(word) ?? 0) + 1);
    }
  }
  return [...items].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
