/**
 * Which built site the gates and benchmarks read, and what its sitemap says. Every tool reads the
 * same settings: ROLEBOOK_DIST (default dist) and ROLEBOOK_DIST_BASE (default dist-base, the build
 * with a non-root base). The base path of each is read from the sitemap the build wrote, unless
 * ROLEBOOK_BASE (for ROLEBOOK_DIST) or ROLEBOOK_BASE_PATH (for ROLEBOOK_DIST_BASE) says it.
 * Listing the pages and mapping them to URLs is src/lib/built-pages.ts (the build needs it too).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { normaliseBase } from '../../src/lib/url.ts';

export interface BuiltSite {
  dir: string;
  base: string;
}

/** The first sitemap the build's sitemap-index.xml names, or null without one. */
function firstSitemap(dir: string): URL | null {
  try {
    const loc = locs(readFileSync(path.join(dir, 'sitemap-index.xml'), 'utf8'))[0];
    return loc ? new URL(loc) : null;
  } catch {
    return null;
  }
}

/** The base path a build was made with, from its sitemap (/ when there is none). */
function builtBase(dir: string): string {
  return normaliseBase(firstSitemap(dir)?.pathname.replace(/[^/]*$/, '') ?? '/');
}

/** The origin the site is published at, from its sitemap: links to it are links inside the site. */
export function siteOrigins(site: BuiltSite): string[] {
  const sitemap = firstSitemap(site.dir);
  return sitemap ? [sitemap.origin] : [];
}

export function rootBuild(): BuiltSite {
  const dir = path.resolve(process.env['ROLEBOOK_DIST'] ?? 'dist');
  return { dir, base: normaliseBase(process.env['ROLEBOOK_BASE'] ?? builtBase(dir)) };
}

export function baseBuild(): BuiltSite {
  const dir = path.resolve(process.env['ROLEBOOK_DIST_BASE'] ?? 'dist-base');
  return { dir, base: normaliseBase(process.env['ROLEBOOK_BASE_PATH'] ?? builtBase(dir)) };
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
