/** The question bank: each question with the levels it suits, resolved once from its grades and levels. */
import type { InterviewQuestionData } from '../schemas/interview-question.ts';
import type { InterviewQuestion, Level, Source } from './model.ts';
import { byText, draftOf } from './order.ts';

export function buildInterviewQuestions(entries: readonly Source<InterviewQuestionData>[], levels: readonly Level[]): InterviewQuestion[] {
  return entries
    .map((entry): InterviewQuestion => {
      const filePath = entry.filePath ?? `content/interview-questions/${entry.id}.mdx`;
      const { grades, levels: named } = entry.data;
      const everyLevel = grades.length === 0 && named.length === 0;
      return {
        id: entry.id,
        data: entry.data,
        filePath,
        ...draftOf(entry, filePath),
        levels: levels.filter((l) => everyLevel || grades.includes(l.grade.id) || named.some((n) => n.id === l.id)),
      };
    })
    .sort((a, b) => byText(a.data.area, b.data.area) || byText(a.id, b.id));
}
