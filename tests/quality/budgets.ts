/**
 * The budget gate: what a page costs to load, read from the built files, so the answer is the same on
 * any machine (Lighthouse's performance score is a timing; bench/lighthouse/run.ts measures it).
 * Sizes are gzip (zlib's default level, as hosts serve them); 1 kB = 1000 bytes.
 * - HTML: the median page ≤ 7 kB;
 * - CSS: everything a page styles itself with (linked stylesheets and <style>) ≤ 10 kB per page;
 * - JS: everything a content page runs before the reader uses a feature (scripts in the HTML, inline
 *   or linked, module preloads, and the modules they import statically) ≤ 1 kB. Code that a feature
 *   loads with import() on demand is not counted: that is the point of loading it on demand;
 * - requests before interaction, the page itself included: stylesheets, scripts and their static
 *   imports, preloads, icons, images not marked loading="lazy", and one per @font-face in its CSS
 *   (at most 6; a feature page, 7);
 * - script size: each script of the site's own, on-demand ones included, ≤ 5 kB. Pagefind's bundle
 *   is its own (bench/search/run.ts measures it).
 * The browser editor (/admin/) is no reader's page and none of the above counts it: its files are
 * measured together, raw and gzip, against a budget of their own, which catches a version of Sveltia
 * CMS that grew a lot or a file written twice.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { adminFolder, listFiles, listPages, urlPathOf } from '../../src/lib/built-pages.ts';
import type { BuiltSite } from '../../scripts/lib/built-site.ts';
import { pageKind, type PageKind } from '../../scripts/lib/key-pages.ts';
import { median } from '../../scripts/lib/median.ts';
import { isExecutable, scanHtml } from './html-scan.ts';

export interface Limits {
  htmlMedian: number;
  cssPerPage: number;
  jsPerPage: number;
  requestsPerPage: number;
  scriptFile: number;
  editor: number;
}

export const limits: Limits = {
  htmlMedian: 7000,
  cssPerPage: 10000,
  jsPerPage: 1000,
  // Every page today: itself, the two stylesheets, /site.js and the favicon. One spare, for a logo.
  // A feature page may make one more, for its feature's script (featurePaths below).
  requestsPerPage: 6,
  // The search dialog's code (_scripts/search.js) is the largest, at about 3.8 kB.
  scriptFile: 5000,
  // Every file of /admin/, gzip: about 1.5 MB today, nearly all Sveltia CMS (0.64 MB) and its
  // icon font (0.75 MB, woff2 already compressed). Editors load it, readers never do.
  editor: 2_500_000,
};

/**
 * Pages whose purpose is a feature the reader asked for by opening them (search runs the query in
 * the address as it loads; a level's self-assessment puts back the reader's answers as it opens,
 * with a script of its own): their JS is reported, and held to the script size, not to the JS
 * budget, and they may make one request more than a content page, for that script.
 */
const featureKinds: (PageKind | 'other')[] = ['search'];
// In any language: a translation's pages are under its key (de/roles/…).
const featurePaths = [/^(?:[a-z]{2,3}(?:-[a-z0-9]+)?\/)?roles\/[^/]+\/[^/]+\/self-assessment\/$/];

interface PageSizes {
  file: string;
  url: string;
  kind: PageKind | 'other';
  html: number;
  css: number;
  js: number;
  cssFiles: string[];
  jsFiles: string[];
  /** What the browser fetches before interaction besides the page itself (files in the build, or URLs elsewhere). */
  fetched: string[];
  fonts: number;
  requests: number;
  feature: boolean;
}

export interface BudgetReport {
  pages: PageSizes[];
  htmlMedian: number;
  /** Every script of the site's own, with its gzip size. */
  scripts: { file: string; size: number }[];
  /** The browser editor's files together (none when the build has no editor). */
  editor: { files: number; raw: number; gzip: number };
  failures: string[];
}

const gzipSize = (data: string | Buffer) => gzipSync(data).length;

/** Static imports of an ES module (import … from, import "…", export … from); not import(). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const m of code.matchAll(re)) found.push(m[2]!);
  return found;
}

const fontFaces = (css: string) => css.match(/@font-face\b/g)?.length ?? 0;

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
    const fetched = new Set<string>();
    const fetch = (ref: string) => {
      const target = toFile(ref, pageUrl);
      fetched.add(target ?? new URL(ref, pageUrl).href);
      return target;
    };
    let inlineCss = '';
    let inlineJs = '';
    const addModule = async (rel: string, from: URL) => {
      fetched.add(rel);
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
      const href = tag.attrs.get('href');
      const src = tag.attrs.get('src');
      if (tag.name === 'link' && href && rel.includes('stylesheet')) {
        const target = fetch(href);
        if (target) css.add(target);
      } else if (tag.name === 'style') {
        inlineCss += tag.text ?? '';
      } else if (tag.name === 'link' && href && rel.includes('modulepreload')) {
        const target = fetch(href);
        if (target) await addModule(target, pageUrl);
      } else if (tag.name === 'link' && href && (rel.includes('preload') || rel.includes('icon'))) {
        fetch(href);
      } else if (tag.name === 'img' && src && tag.attrs.get('loading') !== 'lazy') {
        fetch(src);
      } else if (tag.name === 'script' && isExecutable(tag.attrs.get('type'))) {
        if (src) {
          const target = fetch(src);
          if (target) await addModule(target, pageUrl);
        } else {
          inlineJs += tag.text ?? '';
        }
      }
    }
    let fonts = fontFaces(inlineCss);
    for (const f of css) fonts += fontFaces(await readAsset(f));
    const sum = (set: Set<string>) => [...set].reduce((n, f) => n + (sizeCache.get(f) ?? 0), 0);
    const inSite = url.slice(site.base.length);
    const kind = pageKind(inSite);
    pages.push({
      file,
      url,
      kind,
      html: gzipSize(html),
      css: sum(css) + (inlineCss ? gzipSize(inlineCss) : 0),
      js: sum(js) + (inlineJs ? gzipSize(inlineJs) : 0),
      cssFiles: [...css],
      jsFiles: [...js],
      fetched: [...fetched],
      fonts,
      requests: 1 + fetched.size + fonts,
      feature: featureKinds.includes(kind) || featurePaths.some((p) => p.test(inSite)),
    });
  }

  const scripts: BudgetReport['scripts'] = [];
  const editor = { files: 0, raw: 0, gzip: 0 };
  for (const rel of await listFiles(site.dir)) {
    if (rel.startsWith(adminFolder)) {
      const data = await readFile(path.join(site.dir, rel));
      editor.files++;
      editor.raw += data.length;
      editor.gzip += gzipSize(data);
    } else if (/\.m?js$/.test(rel) && !rel.startsWith('pagefind/')) {
      scripts.push({ file: rel, size: gzipSize(await readFile(path.join(site.dir, rel))) });
    }
  }

  const htmlMedian = median(pages.map((p) => p.html));
  const failures: string[] = [];
  if (htmlMedian > budget.htmlMedian) failures.push(`HTML: the median page is ${kb(htmlMedian)} gzip, over the ${kb(budget.htmlMedian)} budget`);
  for (const p of pages) {
    if (p.css > budget.cssPerPage) failures.push(`CSS: ${p.url} loads ${kb(p.css)} gzip (${p.cssFiles.join(', ') || 'inline'}), over the ${kb(budget.cssPerPage)} budget`);
    if (!p.feature && p.js > budget.jsPerPage) {
      failures.push(`JS: ${p.url} runs ${kb(p.js)} gzip before interaction (${p.jsFiles.join(', ') || 'inline'}), over the ${kb(budget.jsPerPage)} budget; load features with import() on demand`);
    }
    const requestLimit = budget.requestsPerPage + (p.feature ? 1 : 0);
    if (p.requests > requestLimit) {
      const what = [...p.fetched, ...(p.fonts ? [`${p.fonts} @font-face`] : [])].join(', ');
      failures.push(`Requests: ${p.url} makes ${p.requests} requests before interaction (the page, ${what}), over the limit of ${requestLimit}; bundle, inline or defer one`);
    }
  }
  for (const s of scripts) {
    if (s.size > budget.scriptFile) failures.push(`Script: ${s.file} is ${kb(s.size)} gzip, over the ${kb(budget.scriptFile)} budget for one script; split it and load the parts on demand`);
  }
  if (editor.gzip > budget.editor) failures.push(`Editor: the ${editor.files} files of ${site.base}${adminFolder} are ${kb(editor.gzip)} gzip, over the ${kb(budget.editor)} budget`);
  return { pages, htmlMedian, scripts, editor, failures };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

export function formatBudgetReport(report: BudgetReport, budget: Limits = limits): string {
  const rows = report.pages.map((p) => `  ${p.url.padEnd(48)} html ${kb(p.html).padStart(9)}  css ${kb(p.css).padStart(9)}  js ${kb(p.js).padStart(9)}  requests ${String(p.requests).padStart(2)}${p.feature ? ' (feature page)' : ''}`);
  const kinds = Map.groupBy(report.pages, (p) => p.kind);
  const byKind = [...kinds].map(([kind, pages]) => {
    const max = (key: 'css' | 'js' | 'requests') => Math.max(...pages.map((p) => p[key]));
    return `  ${kind.padEnd(8)} ${String(pages.length).padStart(4)} pages  css ${kb(max('css')).padStart(9)}  js ${kb(max('js')).padStart(9)}  requests ${max('requests')}`;
  });
  const max = (key: 'html' | 'css' | 'js' | 'requests', onlyContent = false) => Math.max(0, ...report.pages.filter((p) => !onlyContent || !p.feature).map((p) => p[key]));
  const largestScript = report.scripts.reduce((a, b) => (b.size > a.size ? b : a), { file: '(none)', size: 0 });
  return [
    `${report.pages.length} pages, gzip sizes and requests before interaction:`,
    ...rows,
    'Largest per kind of page:',
    ...byKind,
    `HTML median ${kb(report.htmlMedian)} (budget ${kb(budget.htmlMedian)}), largest ${kb(max('html'))}`,
    `CSS largest per page ${kb(max('css'))} (budget ${kb(budget.cssPerPage)})`,
    `JS before interaction, largest content page ${kb(max('js', true))} (budget ${kb(budget.jsPerPage)})`,
    `Requests before interaction, most on a page ${max('requests')} (limit ${budget.requestsPerPage})`,
    `Scripts of the site's own: ${report.scripts.length}, largest ${largestScript.file} ${kb(largestScript.size)} (budget ${kb(budget.scriptFile)})`,
    `Browser editor (${adminFolder}, not counted above): ${report.editor.files} files, ${kb(report.editor.raw)} raw, ${kb(report.editor.gzip)} gzip (budget ${kb(budget.editor)})`,
  ].join('\n');
}
