/**
 * A reference to another entry, written in content as its id (backend-engineer/senior). The
 * content check resolves and reports references itself, at the line where they are written.
 */
import { z } from 'astro/zod';

export interface Reference<C extends string = string> {
  collection: C;
  id: string;
}

export const reference = <C extends string>(collection: C): z.ZodType<Reference<C>> =>
  z.string().trim().min(1, 'is empty').transform((id) => ({ collection, id }));
