/** content/faqs/**\/*.mdx: one question per file; the MDX body is the answer. */
import { z } from 'astro/zod';
import { translated } from './translated.ts';
import { editorHint, example, status, stewardship, text } from './fields.ts';
import { reference } from './reference.ts';

export const audiences = ['candidate', 'hiring-manager', 'employee'] as const;

export const faqSchema = z.strictObject({
  question: translated(editorHint(text('The question as a reader would ask it, ending with a question mark.'), { names: true }).refine((q) => q.endsWith('?'), 'must end with a question mark')),
  audience: z.array(z.enum(audiences)).min(1, 'needs at least one audience').describe('Who asks this: candidate, hiring-manager and/or employee.'),
  topic: translated(text('A short topic the FAQ page groups questions by, such as Pay, Skills or Hiring process.')),
  roles: z.array(reference('roles')).default([]).describe('Roles this question is about, such as backend-engineer. Leave out for a general question.'),
  levels: z.array(reference('levels')).default([]).describe('Levels this question is about, such as backend-engineer/senior.'),
  order: z.number().int('must be a whole number').default(100).describe('Sort position within its topic; lower comes first.'),
  example,
  lastReviewed: stewardship.lastReviewed.optional(),
  status,
});

export type FaqData = z.infer<typeof faqSchema>;
export type Audience = (typeof audiences)[number];
