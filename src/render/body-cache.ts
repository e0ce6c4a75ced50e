/**
 * Rendered bodies kept between builds and dev-server refreshes, one file each in
 * node_modules/.cache/rolebook/bodies/, beside the check's cache. A body is rendered once per
 * content: its file is named by a hash of what its HTML depends on (the body's text, the site's base
 * path and Rolebook's code), so an unchanged body is read back instead of rendered again.
 * A body that draws a component (a pay figure) depends on the pay table too: it is rendered every
 * time, and its file is named by a hash of the result.
 *
 * Pages read a body's HTML from its file when they render (src/handbook/index.ts bodyOf), so
 * Astro's data store, which the build bundles as one module, carries only the file's name: at
 * 10,000 levels the HTML would otherwise be most of that module.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rolebookCodeVersion } from '../lib/code-version.ts';
import { contentComponents } from '../schemas/body.ts';
import type { RenderedBody } from './body.ts';

export const bodiesDir = (root: string) => path.join(root, 'node_modules', '.cache', 'rolebook', 'bodies');

const drawsComponent = new RegExp(`<(?:${Object.keys(contentComponents).join('|')})\\b`);

/** Whether a body's HTML depends on more than its text (a component it draws from the read model). */
const dependsOnModel = (body: string) => drawsComponent.test(body);

const hash = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('base64url');
};

/**
 * Files no build or dev server has read for this long are removed when a build is done: one used
 * more recently may be another build's (dist-base, under another base path) or a dev server's.
 */
const keptUnused = 7 * 24 * 60 * 60 * 1000;

export interface BodyCache {
  /**
   * The body's rendered file, rendering it only when no file for this content exists yet.
   * `language` is what the rendering adds in words (a table's label): one body, one file per language.
   */
  file(body: string, render: () => RenderedBody, language?: string): Promise<string>;
  /** Removes the files of bodies nothing has read for a week. */
  prune(): Promise<void>;
}

export async function openBodyCache(root: string, base: string): Promise<BodyCache> {
  const dir = bodiesDir(root);
  const version = await rolebookCodeVersion();
  const used = new Set<string>();
  let made = false;
  const write = async (name: string, rendered: RenderedBody) => {
    if (!made) await mkdir(dir, { recursive: true });
    made = true;
    // Written beside it and renamed into place: a page never reads half a file.
    const temporary = path.join(dir, `${name}.${process.pid}.tmp`);
    await writeFile(temporary, JSON.stringify(rendered));
    await rename(temporary, path.join(dir, name));
  };
  /**
   * The file named `name`, written by `render` unless it is there; a file read back is marked as
   * just used. Asked for twice at once (two entries with one body), it is written once.
   */
  const pending = new Map<string, Promise<string>>();
  const keep = (name: string, render: () => RenderedBody) => {
    used.add(name);
    const file = path.join(dir, name);
    const known = pending.get(name);
    if (known) return known;
    const now = new Date();
    const kept = utimes(file, now, now).then(
      () => file,
      () => write(name, render()).then(() => file),
    );
    pending.set(name, kept);
    return kept;
  };
  return {
    file: async (body, render, language = '') => {
      if (!dependsOnModel(body)) return keep(`${hash(version, base, language, body)}.json`, render);
      const rendered = render();
      return keep(`${hash('drawn', rendered.html, JSON.stringify(rendered.headings))}.json`, () => rendered);
    },
    prune: async () => {
      const now = Date.now();
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names) {
        if (used.has(name)) continue;
        const file = path.join(dir, name);
        const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
        if (now - mtimeMs > keptUnused) await rm(file, { force: true });
      }
    },
  };
}

/** A body as its file holds it. */
export async function readBody(file: string): Promise<RenderedBody> {
  return JSON.parse(await readFile(file, 'utf8')) as RenderedBody;
}
