/**
 * For `astro dev`: a Vite plugin that answers requests under a site path with a redirect to Vite's
 * /@fs/ address of a file on disk, so Vite serves it (compiled, when it is TypeScript) instead of
 * a server of our own. Used for the on-demand scripts' sources and the last build's search index.
 */
import type { Plugin } from 'vite';
import { requestPath } from './request-path.ts';

/** `file(rest)` names the file for the path after <base><folder>/, or undefined to pass the request on. */
export function devRedirect(name: string, base: string, folder: string, file: (rest: string) => string | undefined): Plugin {
  const root = base.replace(/\/?$/, '/');
  const prefix = `${root}${folder}/`;
  return {
    name,
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = requestPath(req);
        const target = pathname.startsWith(prefix) ? file(pathname.slice(prefix.length)) : undefined;
        if (!target) return next();
        res.statusCode = 307;
        res.setHeader('location', `${root}@fs${target}`);
        res.end();
      });
    },
  };
}
