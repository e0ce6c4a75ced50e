/**
 * A reference to another entry, written in content as its id (backend-engineer/senior). The
 * content check resolves and reports references itself, at the line where they are written.
 */
import { z } from 'astro/zod';
import { editorHint } from './fields.ts';

export interface Reference<C extends string = string> {
  collection: C;
  id: string;
}

export const reference = <C extends 'roles' | 'levels'>(collection: C): z.ZodType<Reference<C>> => editorHint(z.string().trim().min(1, 'is empty'), { picks: collection }).transform((id) => ({ collection, id }));
