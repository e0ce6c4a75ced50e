/**
 * Writes the benchmark's three sites for one handbook size (not part of npm test):
 *
 *   node bench/generate.ts --size 200 [--out /tmp/rolebook-bench-200] [--seed 1]
 *
 * <out>/rolebook   a copy of this project with content/ replaced by a generated handbook
 *                  (settings and pay table kept; node_modules linked)
 * <out>/bare       Astro + MDX + pagefind, the same level bodies, one page each, a minimal layout
 * <out>/starlight  Starlight with the same pages and a short sidebar
 * The bare and Starlight sites link bench/node_modules (npm run bench installs it).
 */
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { execFile } from 'node:child_process';

const execFileAsync = promisify(execFile);
import { parse, stringify } from 'yaml';
import { bareSite, competencyAreas, generateHandbook, starlightSite, type Handbook, type HandbookOptions } from './lib/handbook.ts';

const root = path.resolve(import.meta.dirname, '..');
const projectParts = ['package.json', 'astro.config.ts', 'tsconfig.json', 'src', 'public', 'scripts'];
const keptSettings = ['site.yaml', 'pay.yaml'];

export interface GeneratedSites {
  dir: string;
  rolebook: string;
  bare: string;
  starlight: string;
  handbook: Handbook;
}

async function linkTree(from: string, to: string) {
  try {
    await execFileAsync('cp', ['-al', from, to]);
  } catch {
    await cp(from, to, { recursive: true, verbatimSymlinks: true }); // another file system, or no GNU cp
  }
}

async function writeAll(dir: string, files: Record<string, string>) {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/**
 * The shipped hiring.yaml with each interview stage rating only the areas the generated levels
 * have: the check rightly stops a stage that rates an area no level names.
 */
async function generatedHiring(): Promise<string> {
  const hiring = parse(await readFile(path.join(root, 'content', 'hiring.yaml'), 'utf8')) as { interviewStages: { areas?: string[] }[] };
  for (const stage of hiring.interviewStages) {
    const kept = stage.areas?.filter((a) => competencyAreas.includes(a));
    if (kept?.length) stage.areas = kept;
    else delete stage.areas;
  }
  return stringify(hiring);
}

export async function generateSites(options: HandbookOptions & { out?: string }): Promise<GeneratedSites> {
  const dir = options.out ?? path.join(tmpdir(), `rolebook-bench-${options.levels}`);
  await rm(dir, { recursive: true, force: true });
  const handbook = generateHandbook(options);

  const rolebook = path.join(dir, 'rolebook');
  for (const part of projectParts) await cp(path.join(root, part), path.join(rolebook, part), { recursive: true });
  for (const file of keptSettings) await cp(path.join(root, 'content', file), path.join(rolebook, 'content', file));
  // The shipped interview questions on the areas the generated levels have (one folder per area).
  for (const area of competencyAreas) {
    const folder = path.join('content', 'interview-questions', area.toLowerCase().replaceAll(' ', '-'));
    await cp(path.join(root, folder), path.join(rolebook, folder), { recursive: true });
  }
  await writeFile(path.join(rolebook, 'content', 'hiring.yaml'), await generatedHiring());
  await writeAll(path.join(rolebook, 'content'), handbook.content);
  // Each package linked, not node_modules itself: the build's caches (.astro, .vite, .cache) stay the copy's own.
  await mkdir(path.join(rolebook, 'node_modules'));
  for (const entry of await readdir(path.join(root, 'node_modules'))) {
    if (!['.astro', '.vite', '.cache'].includes(entry)) await symlink(path.join(root, 'node_modules', entry), path.join(rolebook, 'node_modules', entry), 'dir');
  }

  const bare = path.join(dir, 'bare');
  const starlight = path.join(dir, 'starlight');
  const { dependencies } = JSON.parse(await readFile(path.join(root, 'bench', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const { '@astrojs/starlight': _, ...bareDependencies } = dependencies;
  await writeAll(bare, bareSite(handbook, bareDependencies));
  await writeAll(starlight, starlightSite(handbook, dependencies));
  // Hard links, not a symlink: Astro resolves a symlinked node_modules to its real path and then
  // fails to find Starlight's compiled components under the site's root.
  for (const site of [bare, starlight]) await linkTree(path.join(root, 'bench', 'node_modules'), path.join(site, 'node_modules'));
  return { dir, rolebook, bare, starlight, handbook };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '200' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const levels = Number(values.size);
  if (!Number.isInteger(levels) || levels < 1) throw new Error(`--size must be a whole number of levels, not ${values.size}`);
  const sites = await generateSites({ levels, seed: Number(values.seed), ...(values.out ? { out: values.out } : {}) });
  console.log(`${sites.handbook.pages.length} levels in ${sites.handbook.roles.length} roles, written to ${sites.dir}/{rolebook,bare,starlight}`);
}
