/** Ordering shared by the read model's builders, and what the published site leaves out. */

/** Whether an entry's own status puts it on the published site; the check and npm run new ask the same. */
export const published = (entry: { data: { status?: 'draft' | 'published' } }) => entry.data.status !== 'draft';

export const byText = (a: string, b: string) => a.localeCompare(b, 'en');
