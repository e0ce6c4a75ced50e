/**
 * A static file server for the built site on 127.0.0.1, the way a host would serve dist/: under the
 * configured base path, 404.html for unknown paths, the _headers CSP applied when present, and
 * GitHub Pages' caching (ten minutes, then revalidated), so a browser that visits page after page
 * takes the stylesheets and scripts from its cache, as a reader's does.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentTypeOf } from '../../src/lib/content-types.ts';
import { joinBase, normaliseBase } from '../../src/lib/url.ts';

export interface ServedSite {
  /** Origin plus base, such as http://127.0.0.1:41234/handbook/ */
  root: string;
  origin: string;
  /** Absolute URL of a path inside the site, given without the base: url('roles/') */
  url: (pathInSite?: string) => string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  dir?: string;
  base?: string;
  /**
   * Scripts a test adds to every HTML page, by path (from the origin, outside the base): each served
   * there, from the site's own origin, which its policy allows, cached like the site's files, and
   * loaded by a script element at the end of each page's body, with the page. The browser gate's
   * axe-core comes so: added to a page already loaded it cost a tenth more of the crawl's time.
   */
  scripts?: Record<string, string>;
}

export async function serveSite({ dir = 'dist', base: givenBase = '/', scripts = {} }: ServeOptions = {}): Promise<ServedSite> {
  const base = normaliseBase(givenBase);
  const root = path.resolve(dir);
  const headers = await readHeadersFile(root);
  const caching = { 'cache-control': 'max-age=600', 'last-modified': new Date().toUTCString() };
  const scriptTags = Object.keys(scripts)
    .map((src) => `<script src="${src}"></script>`)
    .join('');
  const withScripts = (html: Buffer) => (scriptTags ? html.toString('utf8').replace(/<\/body>(?![\s\S]*<\/body>)|$/, (end) => `${scriptTags}${end}`) : html);
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = scripts[pathname];
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': contentTypeOf(pathname), ...caching });
      return res.end(extra);
    }
    if (!pathname.startsWith(base)) return send(res, 404, 'text/plain', 'outside base');
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return send(res, 403, 'text/plain', 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': contentTypeOf(file), ...caching, ...headers });
      res.end(file.endsWith('.html') ? withScripts(body) : body);
    } catch {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(withScripts(notFound));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    root: `${origin}${base}`,
    url: (pathInSite = '') => `${origin}${joinBase(base, pathInSite)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(res: import('node:http').ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

/** Headers for every path from a Netlify/Cloudflare-style _headers file ("/*" block only). */
async function readHeadersFile(root: string): Promise<Record<string, string>> {
  const text = await readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  const out: Record<string, string> = {};
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (inAll && match) out[match[1]!.toLowerCase()] = match[2]!;
  }
  return out;
}

/** A TCP port nothing listens on right now, on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
