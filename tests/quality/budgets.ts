/**
 * The budget gate, measured on the built files with gzip (zlib's default level, as hosts serve them):
 * - HTML: the median page ≤ 7 kB;
 * - CSS: everything a page styles itself with (linked stylesheets and <style>) ≤ 10 kB per page;
 * - JS: everything a content page runs before the reader uses a feature (scripts in the HTML, inline
 *   or linked, module preloads, and the modules they import statically) ≤ 1 kB. Code that a feature
 *   loads with import() on demand is not counted: that is the point of loading it on demand.
 * 1 kB = 1000 bytes.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { listPages, urlPathOf } from '../../src/lib/built-pages.ts';
import type { BuiltSite } from '../../scripts/lib/built-site.ts';
import { median } from '../../scripts/lib/median.ts';
import { isExecutable, scanHtml } from './html-scan.ts';

export interface Limits {
  htmlMedian: number;
  cssPerPage: number;
  jsPerPage: number;
}

export const limits: Limits = { htmlMedian: 7000, cssPerPage: 10000, jsPerPage: 1000 };

/**
 * Pages whose purpose is a feature the reader asked for by opening them: their JS is reported but
 * not held to the content-page budget. Paths inside the site, without the base.
 */
export const featurePages = ['search/'];

export interface PageSizes {
  file: string;
  url: string;
  html: number;
  css: number;
  js: number;
  cssFiles: string[];
  jsFiles: string[];
  feature: boolean;
}

export interface BudgetReport {
  pages: PageSizes[];
  htmlMedian: number;
  failures: string[];
}

export const gzipSize = (data: string | Buffer) => gzipSync(data).length;

/** Static imports of an ES module (import … from, import "…", export … from); not import(). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of code.matchAll(re)) found.push(m[2]!);
  return found;
}

export async function measureBudgets(site: BuiltSite, budget: Limits = limits): Promise<BudgetReport> {
  const files = await listPages(site.dir);
  const sizeCache = new Map<string, number>();
  const codeCache = new Map<string, string>();
  const readAsset = async (rel: string) => {
    let code = codeCache.get(rel);
    if (code === undefined) {
      code = await readFile(path.join(site.dir, rel), 'utf8');
      codeCache.set(rel, code);
      sizeCache.set(rel, gzipSize(code));
    }
    return code;
  };
  /** URL in a page → file inside the build, or null for another site. */
  const toFile = (ref: string, pageUrl: URL): string | null => {
    const url = new URL(ref, pageUrl);
    if (url.origin !== pageUrl.origin) return null;
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(site.base)) throw new Error(`${ref} is outside the base ${site.base}`);
    return pathname.slice(site.base.length);
  };

  const pages: PageSizes[] = [];
  for (const file of files) {
    const html = await readFile(path.join(site.dir, file), 'utf8');
    const url = urlPathOf(file, site.base);
    const pageUrl = new URL(url, 'http://rolebook.invalid');
    const tags = scanHtml(html);
    const css = new Set<string>();
    const js = new Set<string>();
    let inlineCss = '';
    let inlineJs = '';
    const addModule = async (rel: string, from: URL) => {
      if (js.has(rel)) return;
      js.add(rel);
      const code = await readAsset(rel);
      const moduleUrl = new URL(`${site.base}${rel}`, from);
      for (const spec of staticImports(code)) {
        if (!/^(\.{0,2}\/|https?:)/.test(spec)) continue; // bare specifiers cannot run in a browser anyway
        const dep = toFile(spec, moduleUrl);
        if (dep) await addModule(dep, moduleUrl);
      }
    };
    for (const tag of tags) {
      const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (tag.name === 'link' && rel.includes('stylesheet') && tag.attrs.get('href')) {
        const target = toFile(tag.attrs.get('href')!, pageUrl);
        if (target) css.add(target);
      } else if (tag.name === 'style') {
        inlineCss += tag.text ?? '';
      } else if (tag.name === 'link' && rel.includes('modulepreload') && tag.attrs.get('href')) {
        const target = toFile(tag.attrs.get('href')!, pageUrl);
        if (target) await addModule(target, pageUrl);
      } else if (tag.name === 'script' && isExecutable(tag.attrs.get('type'))) {
        const src = tag.attrs.get('src');
        if (src) {
          const target = toFile(src, pageUrl);
          if (target) await addModule(target, pageUrl);
        } else {
          inlineJs += tag.text ?? '';
        }
      }
    }
    for (const f of css) await readAsset(f);
    const sum = (set: Set<string>) => [...set].reduce((n, f) => n + (sizeCache.get(f) ?? 0), 0);
    const pathInSite = url.slice(site.base.length);
    pages.push({
      file,
      url,
      html: gzipSize(html),
      css: sum(css) + (inlineCss ? gzipSize(inlineCss) : 0),
      js: sum(js) + (inlineJs ? gzipSize(inlineJs) : 0),
      cssFiles: [...css],
      jsFiles: [...js],
      feature: featurePages.includes(pathInSite),
    });
  }

  const htmlMedian = median(pages.map((p) => p.html));
  const failures: string[] = [];
  if (htmlMedian > budget.htmlMedian) failures.push(`HTML: the median page is ${kb(htmlMedian)} gzip, over the ${kb(budget.htmlMedian)} budget`);
  for (const p of pages) {
    if (p.css > budget.cssPerPage) failures.push(`CSS: ${p.url} loads ${kb(p.css)} gzip (${p.cssFiles.join(', ') || 'inline'}), over the ${kb(budget.cssPerPage)} budget`);
    if (!p.feature && p.js > budget.jsPerPage) {
      failures.push(`JS: ${p.url} runs ${kb(p.js)} gzip before interaction (${p.jsFiles.join(', ') || 'inline'}), over the ${kb(budget.jsPerPage)} budget; load features with import() on demand`);
    }
  }
  return { pages, htmlMedian, failures };
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

export function formatBudgetReport(report: BudgetReport, budget: Limits = limits): string {
  const rows = report.pages.map(
    (p) => `  ${p.url.padEnd(48)} html ${kb(p.html).padStart(9)}  css ${kb(p.css).padStart(9)}  js ${kb(p.js).padStart(9)}${p.feature ? ' (feature page)' : ''}`,
  );
  const max = (key: 'html' | 'css' | 'js', onlyContent = false) =>
    Math.max(0, ...report.pages.filter((p) => !onlyContent || !p.feature).map((p) => p[key]));
  return [
    `${report.pages.length} pages, gzip sizes:`,
    ...rows,
    `HTML median ${kb(report.htmlMedian)} (budget ${kb(budget.htmlMedian)}), largest ${kb(max('html'))}`,
    `CSS largest per page ${kb(max('css'))} (budget ${kb(budget.cssPerPage)})`,
    `JS before interaction, largest content page ${kb(max('js', true))} (budget ${kb(budget.jsPerPage)})`,
  ].join('\n');
}
