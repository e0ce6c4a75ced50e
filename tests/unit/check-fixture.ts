/**
 * Runs the content check on a copy of the fixture handbook (tests/fixtures/handbook) with some
 * files edited, and returns the report lines (or the problems themselves). It also proves the check wrote nothing: every file
 * of the copy is byte-identical after the check.
 */
import assert from 'node:assert/strict';
import { cp, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkHandbook } from '../../src/integrity/index.ts';
import { formatProblem, type Problem } from '../../src/problems/problem.ts';
import type { HostEnv } from '../../src/reader/host.ts';
import { readSettings } from '../../src/reader/settings.ts';

export const fixture = path.resolve(import.meta.dirname, '../fixtures/handbook');
/** The day the fixture is checked on, so review and closing dates judge the same way every day. */
export const fixtureToday = '2026-12-01';

/** New text, a function of the old text, bytes, a link to another file ({ linkTo }, in place of the file if there is one), or null to delete. */
export type Edit = ((text: string) => string) | string | Uint8Array | { linkTo: string } | null;

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const stat = await lstat(full);
    if (stat.isSymbolicLink()) out.set(full, `link:${await readlink(full)}`);
    else if (stat.isFile()) out.set(full, (await readFile(full)).toString('base64'));
  }
  return out;
}

/**
 * `env` stands for the machine's environment, empty by default so that results do not depend on
 * where the tests run (on GitHub Actions the shipped example addresses are replaced; src/reader/host.ts).
 */
export async function checkWith(edits: Record<string, Edit> = {}, env: HostEnv = {}): Promise<string[]> {
  return (await problemsWith(edits, env)).map((p) => `${p.severity}: ${formatProblem(p)}`);
}

/** checkWith's problems as the check returns them. */
export async function problemsWith(edits: Record<string, Edit> = {}, env: HostEnv = {}): Promise<Problem[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-check-'));
  try {
    await cp(fixture, dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) {
      const target = path.join(dir, file);
      if (edit === null) {
        await unlink(target);
        continue;
      }
      await mkdir(path.dirname(target), { recursive: true });
      if (typeof edit === 'object' && 'linkTo' in edit) {
        await rm(target, { force: true });
        await symlink(path.join(dir, edit.linkTo), target);
      } else if (edit instanceof Uint8Array || typeof edit === 'string') await writeFile(target, edit);
      else await writeFile(target, edit(await readFile(target, 'utf8').catch(() => '')));
    }
    const before = await snapshot(dir);
    const { problems } = await checkHandbook(dir, await readSettings(dir, env, fixtureToday));
    assert.deepEqual(await snapshot(dir), before, 'the check changed no file');
    return problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** An edit that replaces text in a fixture file, failing loudly when the text is not there. */
export const replace = (from: string | RegExp, to: string) => (text: string) => {
  const out = text.replace(from, to);
  assert.notEqual(out, text, `fixture edit did nothing: ${String(from)}`);
  return out;
};
