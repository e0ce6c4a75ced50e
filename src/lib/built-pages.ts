/**
 * The pages of a built site and the URLs they are served at, for the build's own integrations (the
 * _headers writer) and for the tools that read dist/ afterwards (gates, benchmarks).
 */
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { joinBase } from './url.ts';

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Where the browser editor is, under the site's base (src/admin/page.ts writes it). Its page is
 * built beside the readers' pages but is none of them: no reader links to it or loads its weight.
 */
export const adminFolder = 'admin/';

/** The editor's page, as listPages names pages. */
export const editorPage = `${adminFolder}index.html`;

/**
 * The HTML pages of the site that readers read. Every page is a folder's index.html (trailingSlash:
 * 'always') or the 404 page; other .html files are downloads, such as a job ad's rich-text
 * fragment. With `editor`, the browser editor's page too: the checks that hold for every HTML file
 * served (validity, links, the union of policies in _headers) want it; those about what readers
 * load (budgets, the browser crawl, search and sitemap) do not.
 */
export async function listPages(dir: string, { editor = false } = {}): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => /(^|\/)index\.html$|^404\.html$/.test(f) && !f.startsWith('pagefind/') && (!f.startsWith(adminFolder) || (editor && f === editorPage)));
}

/** The URL path (with base) a built HTML file is served at: roles/x/index.html → /base/roles/x/ */
export function urlPathOf(file: string, base: string): string {
  return joinBase(base, file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);
}

/**
 * A page up to the end of its <head>, where the policy <meta> is: a few kilobytes of a page that can
 * be a hundred, so reading every page of a big handbook stays cheap.
 */
export async function readHead(file: string, chunk = 8192): Promise<string> {
  const handle = await open(file);
  try {
    const parts: Buffer[] = [];
    for (;;) {
      const buffer = Buffer.alloc(chunk);
      const { bytesRead } = await handle.read(buffer, 0, chunk, null);
      if (bytesRead === 0) break;
      parts.push(buffer.subarray(0, bytesRead));
      // Searched as bytes, so a chunk that ends inside a character never splits the tag.
      if (Buffer.concat(parts).includes('</head>')) break;
    }
    return Buffer.concat(parts).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * `read` applied to each of a built site's files (paths relative to dir), a few at a time: the
 * build's integrations read every page once it is written, and at 10,000 levels that is 50,000 files.
 */
export async function eachPage<T>(dir: string, files: readonly string[], read: (file: string) => Promise<T>, { atOnce = 32 } = {}): Promise<T[]> {
  const out = new Array<T>(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      out[i] = await read(path.join(dir, files[i]!));
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, files.length) }, worker));
  return out;
}
