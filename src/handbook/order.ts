/** Ordering shared by the read model's builders, and what the published site leaves out. */

/** Whether an entry's own status puts it on the published site; the check and npm run new ask the same. */
export const published = (entry: { data: { status?: 'draft' | 'published' } }) => entry.data.status !== 'draft';

/** `{ draft: file }` for an entry the published site leaves out (its own file, or the one it belongs to), else nothing. */
export const draftOf = (entry: { data: { status?: 'draft' | 'published' } }, file: string, parent?: { draft?: string }): { draft?: string } => {
  const draft = published(entry) ? parent?.draft : file;
  return draft ? { draft } : {};
};

/** Marks an entry of a translation's model that has no translation, so its page shows the default language's text. */
export const fallbackOf = (entry: { fallback?: boolean }): { fallback?: true } => (entry.fallback ? { fallback: true } : {});

export const byText = (a: string, b: string) => a.localeCompare(b, 'en');
