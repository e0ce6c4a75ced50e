/**
 * The files beside each level's page (src/handbook/downloads.ts): written into the built site in
 * one pass once the pages are, and served by astro dev at the same addresses. Both take the read
 * model the collections' loader published (src/problems/live.ts), as integrations cannot read
 * astro:content.
 */
import type { AstroIntegration } from 'astro';
import type { Connect } from 'vite';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allDownloads, downloadAt, type Download } from '../handbook/downloads.ts';
import { normaliseBase } from '../lib/url.ts';
import { latestHandbooks } from '../problems/live.ts';
import { requestPath } from './request-path.ts';

/**
 * Writes the files into `dir`, `parallel` at a time, each folder made once: the files come a
 * level at a time, and one write after another would wait on the disk for each of thousands.
 */
export async function writeDownloads(dir: string, files: Iterable<Download>, parallel = 32): Promise<number> {
  const folders = new Map<string, Promise<unknown>>();
  const next = files[Symbol.iterator]();
  let written = 0;
  const writer = async () => {
    for (let file = next.next(); !file.done; file = next.next()) {
      const target = path.join(dir, file.value.path);
      const folder = path.dirname(target);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      await writeFile(target, file.value.text);
      written++;
    }
  };
  await Promise.all(Array.from({ length: parallel }, writer));
  return written;
}

/** The path in the site a request asks for, without the base; undefined outside the base or when it cannot be decoded. */
function sitePath(request: Connect.IncomingMessage, base: string): string | undefined {
  const pathname = requestPath(request);
  if (!pathname.startsWith(base)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
}

export function downloads(): AstroIntegration {
  let base = '/';
  return {
    name: 'rolebook:downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const at = request.method === 'GET' || request.method === 'HEAD' ? sitePath(request, base) : undefined;
          const file = at === undefined ? undefined : latestHandbooks().reduce<Download | undefined>((found, h) => found ?? downloadAt(h, base, at), undefined);
          if (!file) return next();
          response.setHeader('content-type', file.type);
          response.end(request.method === 'HEAD' ? undefined : file.text);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const handbooks = latestHandbooks();
        // The loader publishes the model before any page is built, or stops the build with the check's report.
        if (!handbooks.length) throw new Error('The downloads were not written: the content check published no read model.');
        const started = performance.now();
        const written = await writeDownloads(
          fileURLToPath(dir),
          (function* () {
            for (const h of handbooks) yield* allDownloads(h, base);
          })(),
        );
        logger.info(`${written} downloads beside the level pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
