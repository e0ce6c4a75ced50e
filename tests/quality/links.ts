/**
 * The link gate: every internal link, asset reference and #fragment in the built HTML resolves to a
 * file in the build (and to an id in the target page), under the configured base path. The browser
 * editor's page is checked too: its scripts are files beside it, and its way back is a link.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { listPages, urlPathOf } from '../../src/lib/built-pages.ts';
import type { BuiltSite } from '../../scripts/lib/built-site.ts';
import { fragmentTargets, linkAttributes, scanHtml, type Tag } from './html-scan.ts';

export interface LinkProblem {
  file: string;
  line: number;
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  problems: LinkProblem[];
}

export function formatLinkProblem(p: LinkProblem): string {
  return `${p.file}:${p.line}: ${p.link} — ${p.reason}`;
}

const placeholder = 'http://rolebook.invalid';

/**
 * @param siteOrigins absolute origins that count as the site itself (the `site` URL from the
 * config; siteOrigins() in scripts/lib/built-site.ts), so canonical and Open Graph URLs are checked
 * like relative ones.
 */
export async function checkLinks(site: BuiltSite, { siteOrigins = [] as string[] } = {}): Promise<LinkReport> {
  const pages = await listPages(site.dir, { editor: true });
  const parsed = new Map<string, Tag[]>();
  const load = async (file: string) => {
    let tags = parsed.get(file);
    if (!tags) {
      tags = scanHtml(await readFile(path.join(site.dir, file), 'utf8'));
      parsed.set(file, tags);
    }
    return tags;
  };
  const existsCache = new Map<string, Promise<'file' | 'dir' | 'none'>>();
  const kind = (rel: string) => {
    let found = existsCache.get(rel);
    if (!found) {
      found = stat(path.join(site.dir, rel)).then(
        (s) => (s.isDirectory() ? 'dir' : 'file'),
        () => 'none' as const,
      );
      existsCache.set(rel, found);
    }
    return found;
  };

  const problems: LinkProblem[] = [];
  let links = 0;
  for (const file of pages) {
    const tags = await load(file);
    const pageUrl = new URL(urlPathOf(file, site.base), placeholder);
    for (const { tag, attr, value } of linkAttributes(tags)) {
      const link = `<${tag.name} ${attr}="${value}">`;
      const report = (reason: string) => problems.push({ file, line: tag.line, link, reason });
      const raw = value.trim();
      if (raw === '') {
        report('empty URL');
        continue;
      }
      if (/^(mailto|tel|data|blob):/i.test(raw)) continue;
      if (/^javascript:/i.test(raw)) {
        report('javascript: URLs are blocked by the Content-Security-Policy; use a button and a script');
        continue;
      }
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      const ownOrigin = siteOrigins.find((o) => url.origin === new URL(o).origin);
      if (url.origin !== placeholder && !ownOrigin) continue; // another site: not ours to check here
      links++;
      const pathname = safeDecode(url.pathname);
      if (pathname === null) {
        report('badly encoded path');
        continue;
      }
      if (!pathname.startsWith(site.base)) {
        report(`points outside the base path ${site.base}; build the URL from import.meta.env.BASE_URL`);
        continue;
      }
      let rel = pathname.slice(site.base.length);
      let target = await kind(rel === '' ? '.' : rel);
      if (rel === '' || rel.endsWith('/')) {
        if (target !== 'dir' || (await kind(`${rel}index.html`)) !== 'file') {
          report(`no page at ${pathname}`);
          continue;
        }
        rel = `${rel}index.html`;
        target = 'file';
      } else if (target === 'dir') {
        report(`${pathname} is a folder: link to ${pathname}/ (the site uses trailing slashes)`);
        continue;
      } else if (target === 'none') {
        report(`no file at ${pathname}`);
        continue;
      }
      if (url.hash && url.hash !== '#') {
        const id = safeDecode(url.hash.slice(1));
        if (!rel.endsWith('.html')) continue;
        const ids = fragmentTargets(await load(rel));
        if (id === null || (!ids.has(id) && id !== 'top')) report(`no element with id="${id ?? url.hash}" in ${pathname}`);
      } else if (raw === '#' && tag.name === 'a') {
        report('href="#" goes nowhere; link to a real target or use a <button>');
      }
    }
  }
  return { pages: pages.length, links, problems };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
