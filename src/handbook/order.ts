/** Ordering shared by the read model's builders. */
import type { Source } from './model.ts';

export const published = <D extends { status?: 'draft' | 'published' }>(entry: Source<D>) => entry.data.status !== 'draft';

export const byText = (a: string, b: string) => a.localeCompare(b, 'en');
