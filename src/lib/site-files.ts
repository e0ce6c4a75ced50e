/**
 * Every file the build writes into the site, as patterns, in one place: Astro copies public/ into
 * the same folder, and a file there with the same name would replace the site's own (Astro only
 * warns), so the content check holds public/ to this list (src/integrity/rules/public-files.ts).
 * Pages and endpoints are read from src/pages/ itself, so a new route is covered the day it is
 * added; what integrations and scripts/build.ts write is listed below. The gate
 * tests/e2e/gates/site-files.test.ts compares the list with a real build's files.
 *
 * A pattern is a path with / between names: * stands for any run of characters within one name
 * (a route's [param], sitemap-*.xml) and a final ** for everything inside a folder.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vocabularyPath } from '../search/config.ts';
import { onDemandFolder } from '../browser/on-demand.ts';
import { adminFolder } from './built-pages.ts';

export interface SiteFile {
  pattern: string;
  /** What it is, for an editor: "the script every page runs". Pages are named by their address instead. */
  what: string;
  page?: boolean;
  /**
   * Written once per role, level or opening of the content (a route with a [param], the downloads
   * beside each level's page), so a fork's handbook may have none.
   */
  perEntry?: boolean;
}

/** Written by the integrations, Astro itself and scripts/build.ts rather than by a route. */
export const writtenFiles: readonly SiteFile[] = [
  { pattern: '_astro/**', what: "the site's styles and scripts" }, // Astro's build.assets
  { pattern: `${onDemandFolder}/**`, what: "the site's search, copy, print and self-assessment scripts" }, // src/integrations/on-demand-scripts.ts
  { pattern: 'pagefind/**', what: 'the search index' }, // src/search/index-site.ts, from scripts/build.ts
  { pattern: '_headers', what: 'the security settings sent with every page' }, // src/integrations/csp.ts
  { pattern: 'sitemap-index.xml', what: 'the sitemap search engines read' }, // @astrojs/sitemap
  { pattern: 'sitemap-*.xml', what: 'the sitemap search engines read' },
  { pattern: vocabularyPath, what: 'the words search corrects typing with' }, // src/search/integration.ts
  { pattern: `${adminFolder}**`, what: 'the browser editor' }, // src/integrations/admin.ts
  { pattern: 'roles/*/*/job-ad.*', what: "a level's job ad download", perEntry: true }, // src/integrations/downloads.ts
  { pattern: 'roles/*/*/interview-kit.*', what: "a level's interview kit download", perEntry: true }, // the same, where kits are public
];

/** What the endpoints in src/pages/ write, for the message; a new one is "a file the site makes". */
const endpointWhat: Record<string, string> = {
  'site.js': 'the script every page runs',
  'brand.css': 'the styles in the brand colour',
  'robots.txt': 'what search engines may read',
  'jobs/feed.xml': 'the feed of job openings',
  'jobs/index.json': 'the feed of job openings',
};

/**
 * The file a route in src/pages/ writes, with trailingSlash 'always' (astro.config.ts): a page is
 * its folder's index.html (404 is 404.html), an endpoint is its own name less .ts, and each
 * [param] is any one name. (A [...rest] route could span folders; Rolebook's one, [...locale],
 * is at most one folder, a translation's key, and siteFiles() writes out both of its forms.)
 */
export function routeFile(source: string): SiteFile {
  const wild = source.replace(/\[[^\]]+\]/g, '*');
  const perEntry = wild === source ? {} : { perEntry: true };
  if (/\.(astro|mdx?|html)$/.test(source)) {
    const route = wild.replace(/\.(astro|mdx?|html)$/, '').replace(/(^|\/)index$/, '');
    if (route === '404') return { pattern: '404.html', what: 'the page shown for an address that does not exist', page: true };
    return { pattern: route ? `${route}/index.html` : 'index.html', what: 'a page', page: true, ...perEntry };
  }
  const file = wild.replace(/\.[jt]s$/, '');
  return { pattern: file, what: endpointWhat[file] ?? 'a file the site makes', ...perEntry };
}

const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));

/**
 * The routes in src/pages/, as paths from there with / between names: roles/[role]/index.astro.
 * Astro makes no route of a file or folder whose name starts with _.
 */
function routeSources(): string[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(pagesDir.length).replaceAll('\\', '/').replace(/^\/+/, ''))
    .filter((source) => !source.split('/').some((name) => name.startsWith('_')))
    .sort();
}

/** Everything the build writes, as patterns. */
export function siteFiles(): SiteFile[] {
  // The pages of every language: the default's without a prefix, each translation's in a folder of its key.
  const languages = (source: string) => (source.startsWith('[...locale]/') ? [source.slice('[...locale]/'.length), `[locale]/${source.slice('[...locale]/'.length)}`] : [source]);
  // The downloads beside a translation's level pages too.
  const inLanguages = (file: SiteFile) => (file.pattern.startsWith('roles/') ? [file, { ...file, pattern: `*/${file.pattern}` }] : [file]);
  return [...routeSources().flatMap(languages).map(routeFile), ...writtenFiles.flatMap(inLanguages)];
}

const nameMatches = (pattern: string, name: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'i',
  ).test(name);

/**
 * Where a file (a path with / between names) runs into what the site writes, and the site's own
 * path that is in the way (`at`): the same file; a file inside a folder the site fills (pagefind/…);
 * a file with the name of a folder the site needs (jobs); or a folder with the name of a file of the
 * site's (site.js/…). Names are compared without regard to capitals, as Mac and Windows disks
 * (where handbooks are also built) hold Site.js and site.js as one file. A name a route makes from
 * content ([role]) counts for the same file only: roles/photo.png can never be a role's folder,
 * as role names have no dots, while roles/team/index.html is where a role's page would go.
 */
export function clash(file: string, site: SiteFile): { kind: 'same' | 'inside' | 'folder' | 'file'; at: string } | undefined {
  const names = file.split('/');
  const wanted = site.pattern.split('/');
  const whole = wanted.at(-1) === '**';
  const fixed = whole ? wanted.slice(0, -1) : wanted;
  const shared = Math.min(names.length, fixed.length);
  for (let i = 0; i < shared; i++) if (!nameMatches(fixed[i]!, names[i]!)) return undefined;
  // The site's spelling where it has one, the file's where the route takes any name.
  const at = fixed
    .slice(0, shared)
    .map((name, i) => (name.includes('*') ? names[i]! : name))
    .join('/');
  const fromContent = fixed[shared - 1]!.includes('*');
  if (names.length === fixed.length && !whole) return { kind: 'same', at };
  if (names.length > fixed.length) return whole ? { kind: 'inside', at: `${at}/` } : fromContent ? undefined : { kind: 'file', at };
  return fromContent ? undefined : { kind: 'folder', at: `${at}/` };
}
