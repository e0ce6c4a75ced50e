/**
 * URL-safe slugs for skill names and anchors: "C#" → "c-sharp", "Node.js" → "node-js",
 * "CI/CD" → "ci-cd", "C++" → "c-plus-plus", ".NET" → "dot-net". Letters of any script are kept
 * ("العربية" stays itself); a name with no letters or digits ("🚀") has no slug, and the content
 * check says so.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/#/g, '-sharp')
    .replace(/\+/g, '-plus')
    .replace(/&/g, '-and-')
    .replace(/(^|[^\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1dot-')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A file or folder name for a content file, from a title or a name that cannot be one: the slug in
 * ASCII letters, digits and single hyphens ("Entwickler für Zahlungen" → entwickler-fur-zahlungen),
 * as the content check suggests a rename and `npm run new` suggests a name.
 */
export function fileNameOf(text: string): string {
  return slugify(text)
    .replace(/[^a-z0-9-]+/g, '')
    .split('-')
    .filter(Boolean)
    .join('-');
}
