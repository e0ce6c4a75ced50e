/**
 * content/interview-questions/<area>/<question>.mdx: the question bank the interview kits draw on,
 * one question per file, filed by the competency area it assesses. The body is not used: a question
 * is all fields, so the kits' files and the check read the same words.
 */
import { z } from 'astro/zod';
import { editorHint, example, status, stewardship, text, textList } from './fields.ts';
import { reference } from './reference.ts';

const questionKinds = ['behavioral', 'situational'] as const;

export const interviewQuestionSchema = z.strictObject({
  question: editorHint(text('The question as the interviewer asks it, the same words for every candidate.'), { names: true }),
  area: text('The competency area it assesses, written as the levels write it under competencies, such as System design.'),
  kind: z.enum(questionKinds).describe('behavioral: what the candidate did ("Tell me about a time…"); situational: what they would do in a situation you describe.'),
  followUps: textList('Questions that dig into the answer, one per line, asked as needed.'),
  listenFor: textList('What a strong answer shows, as something the interviewer can hear, one point per line.'),
  minutes: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(90, 'must be 90 or fewer').describe('How long it takes with its follow-ups, in minutes.'),
  grades: z
    .array(editorHint(text('A grade id of the pay table, such as g3.'), { picks: 'grades' }))
    .default([])
    .describe('The grades it suits, such as g2 and g3. Leave this and levels out for a question that suits every level.'),
  levels: z.array(reference('levels')).default([]).describe('Levels it suits, such as backend-engineer/senior, besides those of its grades.'),
  example,
  lastReviewed: stewardship.lastReviewed.optional(),
  status,
});

export type InterviewQuestionData = z.infer<typeof interviewQuestionSchema>;
