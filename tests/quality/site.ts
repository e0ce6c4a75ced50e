/**
 * Where the built site is and how its files map to URLs. Every gate reads the same settings:
 * ROLEBOOK_DIST (default dist) and ROLEBOOK_DIST_BASE (default dist-base, the build with a non-root
 * base). The base path of each is read from the sitemap the build wrote, unless ROLEBOOK_BASE (for
 * ROLEBOOK_DIST) or ROLEBOOK_BASE_PATH (for ROLEBOOK_DIST_BASE) says it.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface BuiltSite {
  dir: string;
  base: string;
}

export function normaliseBase(base: string): string {
  let b = base.trim() || '/';
  if (!b.startsWith('/')) b = `/${b}`;
  if (!b.endsWith('/')) b = `${b}/`;
  return b;
}

/** The base path a build was made with, from its sitemap-index.xml (/ when there is none). */
export function builtBase(dir: string): string {
  try {
    const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8'))?.[1];
    return loc ? normaliseBase(new URL(loc.trim()).pathname.replace(/[^/]*$/, '')) : '/';
  } catch {
    return '/';
  }
}

export function rootBuild(): BuiltSite {
  const dir = path.resolve(process.env['ROLEBOOK_DIST'] ?? 'dist');
  return { dir, base: normaliseBase(process.env['ROLEBOOK_BASE'] ?? builtBase(dir)) };
}

export function baseBuild(): BuiltSite {
  const dir = path.resolve(process.env['ROLEBOOK_DIST_BASE'] ?? 'dist-base');
  return { dir, base: normaliseBase(process.env['ROLEBOOK_BASE_PATH'] ?? builtBase(dir)) };
}

/** Every file under dir, as paths relative to it with forward slashes. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** The HTML pages of the site (the search index's own files are not pages). */
export async function listPages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** The URL path (with base) a built HTML file is served at: roles/x/index.html → /base/roles/x/ */
export function urlPathOf(file: string, base: string): string {
  const rel = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${rel}`;
}

/** The page URLs the sitemap lists, as paths inside the site (without the base): '', 'roles/x/' … */
export async function sitemapPaths(site: BuiltSite): Promise<string[]> {
  const index = await readFile(path.join(site.dir, 'sitemap-index.xml'), 'utf8');
  const paths: string[] = [];
  for (const sitemapUrl of locs(index)) {
    const file = path.join(site.dir, new URL(sitemapUrl).pathname.slice(site.base.length));
    for (const loc of locs(await readFile(file, 'utf8'))) {
      const pathname = decodeURIComponent(new URL(loc).pathname);
      if (!pathname.startsWith(site.base)) throw new Error(`sitemap URL ${loc} is outside the base ${site.base}`);
      paths.push(pathname.slice(site.base.length));
    }
  }
  return paths;
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
