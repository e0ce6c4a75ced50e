/**
 * Content schemas take the reference builder as an argument: Astro's reference() lives in the
 * virtual module astro:content, which only exists inside Astro, while the content check and unit
 * tests run the same schemas in plain Node with referenceById.
 */
import { z } from 'astro/zod';

export interface Reference<C extends string = string> {
  collection: C;
  id: string;
}

export type ReferenceBuilder = <C extends string>(collection: C) => z.ZodType<Reference<C>>;

export const referenceById: ReferenceBuilder = (collection) =>
  z.string().trim().min(1, 'is empty').transform((id) => ({ collection, id }));
