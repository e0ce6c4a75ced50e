/** content/career-paths/<path>.mdx: steps between levels and roles. The MDX body introduces the path. */
import { z } from 'astro/zod';
import { translated } from './translated.ts';
import { editorHint, example, paragraph, stewardship, text, textList } from './fields.ts';

const stepKinds = ['promotion', 'track-switch', 'lateral'] as const;

const node = (description: string) =>
  z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, 'must name a level such as backend-engineer/senior or a role such as software-architect')
    .describe(description);

const careerStepSchema = z.strictObject({
  from: node('Where the step starts: a level (backend-engineer/senior) or a role (software-architect).'),
  to: node('Where the step leads: a level (backend-engineer/lead) or a role (engineering-manager).'),
  kind: z.enum(stepKinds).describe('promotion (up the same ladder), track-switch (IC to management or back) or lateral (a different role at similar seniority).'),
  changes: translated(textList('What changes for the person taking this step, one point per line.')),
  reason: translated(paragraph('Why a track switch changes the grade (say, why a lead moving into management moves up a grade). Leave out otherwise.').optional()),
});

export const careerPathSchema = z.strictObject({
  title: translated(editorHint(text('The name of the path, such as "Individual contributor track".'), { names: true })),
  summary: translated(paragraph('One or two sentences on who this path suits.')),
  track: z.enum(['ic', 'management', 'lateral']).describe('ic, management or lateral: how the path is drawn and grouped.'),
  steps: z.array(careerStepSchema).min(1, 'needs at least one step').describe('The steps of the path, in reading order.'),
  example,
  ...stewardship,
});

export type CareerPathData = z.infer<typeof careerPathSchema>;
export type CareerStep = z.infer<typeof careerStepSchema>;
export type StepKind = (typeof stepKinds)[number];
