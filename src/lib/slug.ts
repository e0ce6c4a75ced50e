/**
 * URL-safe slugs for skill names and anchors: "C#" → "c-sharp", "Node.js" → "node-js",
 * "CI/CD" → "ci-cd", "C++" → "c-plus-plus", ".NET" → "dot-net".
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/#/g, '-sharp')
    .replace(/\+/g, '-plus')
    .replace(/&/g, '-and-')
    .replace(/(^|[^a-z0-9])\.(?=[a-z0-9])/g, '$1dot-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
