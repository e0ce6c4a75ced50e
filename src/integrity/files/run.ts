/**
 * Every content file's own findings (findings.ts), from the cache where the file and what it
 * depends on are unchanged, and otherwise found on every core at once.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { LoadedContent } from '../../reader/content.ts';
import { allEntries } from '../rules/entries.ts';
import { currencyCodes } from '../rules/pay-in-prose.ts';
import { entryKey, openCache } from './cache.ts';
import { fileFindings, type FileFindings, type FileInput, type FileSettings } from './findings.ts';

export interface FileCheckOptions {
  /** Reuse and keep findings in node_modules/.cache/rolebook/: npm run check and the build do. */
  cache?: boolean;
  /**
   * Worker threads for the files not in the cache; 0 finds them in this thread. By default one per
   * core, once there are enough files to repay starting them (each loads the rules afresh).
   */
  threads?: number;
}

/** Below this many files to check, starting workers costs more than it saves. */
const filesPerWorker = 150;

export async function findFileFindings(content: LoadedContent, options: FileCheckOptions = {}): Promise<Map<string, FileFindings>> {
  const collectionOf = new Map(allEntries(content).map((e) => [e.file, e.collection]));
  const inputs: FileInput[] = content.files.map(({ file, raw, body, bodyLine }) => {
    const collection = collectionOf.get(file);
    return { file, raw, body, bodyLine, ...(collection ? { collection } : {}) };
  });
  const settings: FileSettings = { currencies: currencyCodes(content), ...(content.hiring ? { adChecks: content.hiring.adChecks } : {}) };

  const cache = options.cache ? await openCache(content.root) : undefined;
  const keys = cache ? inputs.map((input) => entryKey(input, settings)) : [];
  const found: (FileFindings | undefined)[] = inputs.map((_, i) => cache?.get(keys[i]!));
  const missing = inputs.flatMap((input, i) => (found[i] ? [] : [{ input, i }]));
  const threads = options.threads ?? Math.min(availableParallelism(), Math.floor(missing.length / filesPerWorker));
  const results = await findAll(
    missing.map((m) => m.input),
    settings,
    threads,
  );
  missing.forEach(({ i }, n) => {
    found[i] = results[n];
  });

  if (cache) await cache.save(new Map(keys.map((key, i) => [key, found[i]!])));
  return new Map(inputs.map((input, i) => [input.file, found[i]!]));
}

async function findAll(inputs: FileInput[], settings: FileSettings, threads: number): Promise<FileFindings[]> {
  if (threads < 1 || inputs.length === 0) return inThisThread(inputs, settings);
  const size = Math.ceil(inputs.length / threads);
  const shares = Array.from({ length: Math.ceil(inputs.length / size) }, (_, t) => inputs.slice(t * size, (t + 1) * size));
  return (await Promise.all(shares.map((share) => inWorker(share, settings)))).flat();
}

async function inThisThread(inputs: FileInput[], settings: FileSettings): Promise<FileFindings[]> {
  const results: FileFindings[] = [];
  for (const input of inputs) results.push(await fileFindings(input, settings));
  return results;
}

/** A worker that cannot start (a host without them, say) leaves its share to this thread: slower, never different. */
async function inWorker(inputs: FileInput[], settings: FileSettings): Promise<FileFindings[]> {
  try {
    return await new Promise<FileFindings[]>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { inputs, settings } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`a check worker stopped with code ${code}`)));
    });
  } catch {
    return inThisThread(inputs, settings);
  }
}
