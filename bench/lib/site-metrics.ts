/** What a built site weighs: pages, bytes on disk, gzip HTML per page, the JS and CSS a page loads, the search index. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from '../../scripts/lib/median.ts';
import { listFiles, listPages } from '../../src/lib/built-pages.ts';

/** Same-site scripts and stylesheets an HTML page loads up front (inline code is part of the HTML). */
export function assetsOf(html: string): { scripts: string[]; styles: string[] } {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(2)
      .find((v) => v !== undefined);
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('<script')) {
      const src = attr(tag, 'src');
      if (src) scripts.push(src);
    } else {
      const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(tag, 'href');
      if (!href) continue;
      if (rel.includes('stylesheet')) styles.push(href);
      else if (rel.includes('modulepreload')) scripts.push(href);
    }
  }
  const local = (url: string) => !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:');
  return { scripts: [...new Set(scripts.filter(local))], styles: [...new Set(styles.filter(local))] };
}

/** Every k-th item so that at most `count` are taken, spread over the whole list. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]!);
}

export interface SiteMetrics {
  pages: number;
  distBytes: number;
  htmlGzipMedian: number;
  /** Median over a sample of pages of the gzip bytes of the JS / CSS each loads up front. */
  jsGzipPerPage: number;
  cssGzipPerPage: number;
  pagefindBytes: number;
}

export async function siteMetrics(dist: string, sample = 60): Promise<SiteMetrics> {
  const files = await listFiles(dist);
  let distBytes = 0;
  let pagefindBytes = 0;
  for (const f of files) {
    const { size } = await stat(path.join(dist, f));
    distBytes += size;
    if (f.startsWith('pagefind/')) pagefindBytes += size;
  }
  const pages = await listPages(dist);
  const gzips: number[] = [];
  for (const page of pages) gzips.push(gzipSync(await readFile(path.join(dist, page))).length);
  const gzipOf = new Map<string, number>();
  const assetGzip = async (page: string, url: string) => {
    const file = url.startsWith('/') ? path.join(dist, decodeURIComponent(url.split(/[?#]/)[0]!)) : path.join(dist, path.dirname(page), decodeURIComponent(url.split(/[?#]/)[0]!));
    if (!gzipOf.has(file))
      gzipOf.set(
        file,
        await readFile(file).then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      );
    return gzipOf.get(file)!;
  };
  const js: number[] = [];
  const css: number[] = [];
  for (const page of spread(pages, sample)) {
    const { scripts, styles } = assetsOf(await readFile(path.join(dist, page), 'utf8'));
    let j = 0;
    let c = 0;
    for (const s of scripts) j += await assetGzip(page, s);
    for (const s of styles) c += await assetGzip(page, s);
    js.push(j);
    css.push(c);
  }
  return { pages: pages.length, distBytes, htmlGzipMedian: median(gzips), jsGzipPerPage: median(js), cssGzipPerPage: median(css), pagefindBytes };
}
