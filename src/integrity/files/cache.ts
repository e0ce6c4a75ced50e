/**
 * Findings kept between runs, keyed by what they depend on: the file's path and text, the
 * settings its rules read, and Rolebook's own code (its sources and locked dependencies), so a
 * change to any of them is checked afresh. It lives in node_modules/.cache/rolebook/, never in
 * content/. A cache that cannot be read, or an entry of the wrong shape, is ignored: at worst the
 * check does its work again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rolebookCodeVersion } from '../../lib/code-version.ts';
import type { FileFindings, FileInput, FileSettings } from './findings.ts';

export const cacheFile = (root: string) => path.join(root, 'node_modules', '.cache', 'rolebook', 'check.json');

export const entryKey = (input: FileInput, settings: FileSettings) =>
  createHash('sha256')
    .update(JSON.stringify([settings, input.file, input.collection ?? null]))
    .update('\0')
    .update(input.raw)
    .digest('base64url');

export interface Cache {
  get(key: string): FileFindings | undefined;
  /** Keeps what this run used (so files since deleted drop out) and writes it if anything changed. */
  save(used: Map<string, FileFindings>): Promise<void>;
}

export async function openCache(root: string): Promise<Cache> {
  const file = cacheFile(root);
  const version = await rolebookCodeVersion();
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (isRecord(parsed) && parsed['version'] === version && isRecord(parsed['entries'])) stored = parsed['entries'];
  } catch {
    // Missing or unreadable: start empty.
  }
  return {
    get: (key) => {
      const entry = Object.hasOwn(stored, key) ? stored[key] : undefined;
      return isFindings(entry) ? entry : undefined;
    },
    save: async (used) => {
      const keys = Object.keys(stored);
      if (keys.length === used.size && keys.every((k) => used.has(k))) return;
      // Without node_modules there is no project install to keep a cache in; none is made.
      if (!existsSync(path.join(root, 'node_modules'))) return;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        // Written beside it and renamed over it, so a run stopped half-way leaves the old cache whole.
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify({ version, entries: Object.fromEntries(used) }));
        await rename(temporary, file);
      } catch {
        // A cache that cannot be written only costs the next run its speed.
      }
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isProblem = (value: unknown) => isRecord(value) && typeof value['file'] === 'string' && typeof value['message'] === 'string' && (value['severity'] === 'error' || value['severity'] === 'warning');

const isProblemList = (value: unknown) => Array.isArray(value) && value.every(isProblem);

function isFindings(value: unknown): value is FileFindings {
  if (!isRecord(value)) return false;
  const { templates, payInProse, mdx, payBlocks, prose, sections, adLines } = value;
  return (
    [templates, payInProse, prose, sections].every(isProblemList) &&
    Array.isArray(mdx) &&
    mdx.every((f) => isRecord(f) && (isProblem(f['problem']) || typeof f['line'] === 'number')) &&
    Array.isArray(payBlocks) &&
    payBlocks.every((b) => isRecord(b) && typeof b['text'] === 'string' && Array.isArray(b['components']) && b['components'].every(isRecord)) &&
    isRecord(adLines) &&
    isProblemList(adLines['problems']) &&
    Array.isArray(adLines['waivers']) &&
    adLines['waivers'].every(isRecord)
  );
}
