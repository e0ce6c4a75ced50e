/**
 * npm run bench -- --size 200 [--runs 3] [--only rolebook,bare,starlight] [--no-dev]
 *
 * Generates a handbook of `size` levels (bench/generate.ts) as Rolebook, a bare Astro + MDX +
 * pagefind site and Starlight, then builds each cold (no dist/, .astro or Vite cache) `runs` times,
 * interleaved and in a rotating order so that the machine's load falls on all three alike. It
 * measures each build's wall time, CPU and peak memory of the whole process tree, and what the site
 * weighs; for Rolebook also `npm run check` (cold, warm, one file changed), a build after one
 * level changed with the caches of the build before, the dev server's start
 * and the time from saving a level to the updated page. Prints medians and paired ratios and
 * writes them into bench/RESULTS.md (one section per size; other sizes are kept).
 * Not part of npm test: every number here is a timing on a shared machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../scripts/lib/median.ts';
import { generateSites } from './generate.ts';
import { measure, type Measured } from './lib/measure.ts';
import { formatBytes, formatCount, formatRatio, formatSeconds, markdownTable, mergeResults, pairedRatio } from './lib/report.ts';
import { firstSearchBytes } from './lib/search-bytes.ts';
import { siteMetrics, type SiteMetrics } from './lib/site-metrics.ts';

const root = path.resolve(import.meta.dirname, '..');
const bench = path.join(root, 'bench');
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '200' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: 'rolebook,bare,starlight' },
    'no-dev': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 1) throw new Error(`--size must be a whole number of levels, not ${values.size}`);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not ${values.runs}`);
const kinds = ['rolebook', 'bare', 'starlight'] as const;
type Kind = (typeof kinds)[number];
const only = values.only.split(',').map((s) => s.trim()) as Kind[];
for (const k of only) if (!kinds.includes(k)) throw new Error(`--only takes ${kinds.join(', ')}, not ${k}`);
const label: Record<Kind, string> = { rolebook: 'Rolebook', bare: 'bare Astro', starlight: 'Starlight' };

if (!existsSync(path.join(bench, 'node_modules', '@astrojs', 'starlight'))) {
  console.log('Installing what Rolebook is compared with into bench/node_modules (first use only)…');
  const npm = spawnSync('npm', ['install', '--prefix', bench, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (npm.status !== 0) throw new Error('npm install --prefix bench failed');
}

const node = process.execPath;
// Tools started through a `#!/usr/bin/env node` line (pagefind's) get this Node too.
const env = { PATH: `${path.dirname(node)}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };
const log = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const loadBefore = load();

log(`generating ${size} levels…`);
const sites = await generateSites({ levels: size, ...(values.out ? { out: values.out } : {}) });
const dirOf: Record<Kind, string> = { rolebook: sites.rolebook, bare: sites.bare, starlight: sites.starlight };
const astro = 'node_modules/astro/bin/astro.mjs';
const build: Record<Kind, [string, string[]]> = {
  rolebook: [node, ['scripts/build.ts']],
  bare: ['/bin/sh', ['-c', `"${node}" ${astro} build && node_modules/.bin/pagefind --site dist`]],
  starlight: [node, [astro, 'build']],
};

/** Cold: no output and no cache of Astro's or Vite's. Rolebook's packages are the project's own, linked; its caches are the copy's (bench/generate.ts). */
async function clearCaches(dir: string) {
  for (const part of ['dist', '.dist-next', '.dist-previous', '.astro', 'node_modules/.vite', 'node_modules/.astro', 'node_modules/.cache']) {
    await rm(path.join(dir, part), { recursive: true, force: true });
  }
}

const builds = new Map<Kind, Measured[]>(only.map((k) => [k, []]));
for (let round = 0; round < runs; round++) {
  const order = only.map((_, i) => only[(i + round) % only.length]!);
  for (const kind of order) {
    await clearCaches(dirOf[kind]);
    const [cmd, args] = build[kind];
    const m = await measure(cmd, args, { cwd: dirOf[kind], env });
    builds.get(kind)!.push(m);
    log(`round ${round + 1}/${runs} ${label[kind]}: ${formatSeconds(m.wallSeconds)}, CPU ${formatSeconds(m.cpuSeconds)}, peak ${formatBytes(m.peakRssBytes)} (load ${load()})`);
  }
}

const metrics = new Map<Kind, SiteMetrics & { search: { bytes: number; requests: number; results: number } }>();
for (const kind of only) {
  const dist = path.join(dirOf[kind], 'dist');
  const site = await siteMetrics(dist);
  const search = await firstSearchBytes(dist, 'migration').catch((e: Error) => {
    log(`first search on ${label[kind]} failed: ${e.message.split('\n')[0]}`);
    return { bytes: NaN, requests: NaN, results: NaN };
  });
  metrics.set(kind, { ...site, search });
  log(`${label[kind]}: ${site.pages} pages, ${formatBytes(site.distBytes)}; first search ${formatBytes(search.bytes)} in ${search.requests} requests (${search.results} results)`);
}

// Rolebook alone: the content check and the dev server.
const rolebookOnly: { name: string; values: number[] }[] = [];
if (only.includes('rolebook')) {
  const dir = sites.rolebook;
  const level = sites.handbook.pages[Math.floor(sites.handbook.pages.length / 2)]!;
  const levelFile = path.join(dir, 'content', 'levels', level.role, `${level.level}.mdx`);
  const original = await readFile(levelFile, 'utf8');
  const check = { cold: [] as number[], warm: [] as number[], changed: [] as number[] };
  for (let round = 0; round < runs; round++) {
    await clearCaches(dir);
    check.cold.push((await measure(node, ['scripts/check.ts'], { cwd: dir, env })).wallSeconds);
    check.warm.push((await measure(node, ['scripts/check.ts'], { cwd: dir, env })).wallSeconds);
    await appendFile(levelFile, `\nOne more sentence for round ${round + 1} of the benchmark.\n`);
    check.changed.push((await measure(node, ['scripts/check.ts'], { cwd: dir, env })).wallSeconds);
    await writeFile(levelFile, original);
    log(`check round ${round + 1}/${runs}: cold ${formatSeconds(check.cold.at(-1)!)}, warm ${formatSeconds(check.warm.at(-1)!)}, one file changed ${formatSeconds(check.changed.at(-1)!)}`);
  }
  rolebookOnly.push({ name: '`npm run check`, cold', values: check.cold }, { name: '`npm run check`, warm (second run)', values: check.warm }, { name: '`npm run check`, one level changed', values: check.changed });

  // A build after an edit, with the caches the build before left (the check's, the rendered
  // bodies', Astro's data store and Vite's): what an editor waits for between two publishes.
  const rebuild: number[] = [];
  for (let round = 0; round < runs; round++) {
    await clearCaches(dir);
    await measure(...build.rolebook, { cwd: dir, env });
    await appendFile(levelFile, `\nOne more sentence for rebuild ${round + 1} of the benchmark.\n`);
    rebuild.push((await measure(...build.rolebook, { cwd: dir, env })).wallSeconds);
    await writeFile(levelFile, original);
    log(`rebuild round ${round + 1}/${runs}: one level changed, ${formatSeconds(rebuild.at(-1)!)}`);
  }
  rolebookOnly.push({ name: '`npm run build` after one level changed (caches of the build before)', values: rebuild });

  if (!values['no-dev']) {
    const dev = await devServerTimes(dir, `/roles/${level.role}/${level.level}/`, levelFile, original, runs);
    rolebookOnly.push({ name: '`npm run dev`: start until `/` answers', values: dev.start }, { name: '`npm run dev`: save a level until its page shows it', values: dev.save });
  }
}

async function devServerTimes(dir: string, pagePath: string, file: string, original: string, saves: number) {
  const start: number[] = [];
  const save: number[] = [];
  const port = 4400 + Math.floor(Math.random() * 500);
  await clearCaches(dir);
  const started = performance.now();
  const child = spawn(node, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, env: { ...process.env, ...env }, stdio: 'ignore', detached: true });
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  const get = (p: string) =>
    fetch(url(p), { headers: { accept: 'text/html' } }).then(
      async (r) => ({ status: r.status, text: await r.text() }),
      () => ({ status: 0, text: '' }),
    );
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  try {
    for (let tries = 0; (await get('/')).status !== 200; tries++) {
      if (tries > 6000) throw new Error('the dev server did not answer within 10 minutes');
      await wait(100);
    }
    start.push((performance.now() - started) / 1000);
    log(`dev server answered in ${formatSeconds(start[0]!)}`);
    await get(pagePath); // compile the page once, as an editor would have it open
    for (let i = 0; i < saves; i++) {
      const marker = `Benchmark marker ${i + 1} ${Date.now().toString(36)}`;
      const saved = performance.now();
      await writeFile(file, `${original}\n${marker}.\n`);
      for (let tries = 0; !(await get(pagePath)).text.includes(marker); tries++) {
        if (tries > 12000) throw new Error(`the saved text never reached ${pagePath}`);
        await wait(50);
      }
      save.push((performance.now() - saved) / 1000);
      log(`save ${i + 1}/${saves} reached the page in ${formatSeconds(save.at(-1)!)}`);
      await wait(1000);
    }
  } finally {
    await writeFile(file, original);
    try {
      process.kill(-child.pid!, 'SIGTERM'); // the dev server and what it started, nothing else
    } catch {
      // already gone
    }
  }
  return { start, save };
}

// The report.
const packageVersion = async (dir: string, name: string) => (JSON.parse(await readFile(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
const versions = [
  `Node ${process.version}`,
  `Astro ${await packageVersion(root, 'astro')} (Rolebook), ${await packageVersion(bench, 'astro')} (bench)`,
  `Starlight ${await packageVersion(bench, '@astrojs/starlight')}`,
  `pagefind ${await packageVersion(root, 'pagefind')} (Rolebook), ${await packageVersion(bench, 'pagefind')} (bench)`,
].join(', ');
const memLine = async () => {
  const text = await readFile('/proc/meminfo', 'utf8').catch(() => '');
  return Number(/MemTotal:\s+(\d+)/.exec(text)?.[1] ?? totalmem() / 1024) * 1024;
};
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${formatBytes(await memLine())} RAM`;

const columns = only.map((k) => label[k]);
const pairs: [Kind, Kind][] = only.includes('rolebook') ? (['bare', 'starlight'] as const).filter((k) => only.includes(k)).map((k) => ['rolebook', k]) : [];
const headings = ['', ...columns, ...pairs.map(([a, b]) => `${label[a]} / ${label[b]}`)];
const perRun = (pick: (m: Measured) => number, format: (n: number) => string) => (kind: Kind) => format(median(builds.get(kind)!.map(pick)));
const pairedOf =
  (pick: (m: Measured) => number) =>
  ([a, b]: [Kind, Kind]) =>
    formatRatio(pairedRatio(builds.get(a)!.map(pick), builds.get(b)!.map(pick)));
const ratioOf =
  (value: (k: Kind) => number) =>
  ([a, b]: [Kind, Kind]) =>
    formatRatio(value(a) / value(b));
const rowRun = (name: string, pick: (m: Measured) => number, format: (n: number) => string) => [name, ...only.map(perRun(pick, format)), ...pairs.map(pairedOf(pick))];
const pagesPerSecond = (m: Measured, kind: Kind) => metrics.get(kind)!.pages / m.wallSeconds;
const rowSite = (name: string, value: (k: Kind) => number, format: (n: number) => string) => [name, ...only.map((k) => format(value(k))), ...pairs.map(ratioOf(value))];
const rows = [
  rowRun('Build, wall time', (m) => m.wallSeconds, formatSeconds),
  rowRun('Build, CPU (user + sys)', (m) => m.cpuSeconds, formatSeconds),
  rowRun('Build, peak RSS of the process tree', (m) => m.peakRssBytes, formatBytes),
  rowSite('Pages out', (k) => metrics.get(k)!.pages, formatCount),
  [
    'Pages per second',
    ...only.map((k) => formatCount(median(builds.get(k)!.map((m) => pagesPerSecond(m, k))))),
    ...pairs.map(([a, b]) =>
      formatRatio(
        pairedRatio(
          builds.get(a)!.map((m) => pagesPerSecond(m, a)),
          builds.get(b)!.map((m) => pagesPerSecond(m, b)),
        ),
      ),
    ),
  ],
  rowSite('`dist/` size', (k) => metrics.get(k)!.distBytes, formatBytes),
  rowSite('HTML per page, gzip (median)', (k) => metrics.get(k)!.htmlGzipMedian, formatBytes),
  rowSite('JS a page loads, gzip (median of 60 pages)', (k) => metrics.get(k)!.jsGzipPerPage, formatBytes),
  rowSite('CSS a page loads, gzip (median of 60 pages)', (k) => metrics.get(k)!.cssGzipPerPage, formatBytes),
  rowSite('Pagefind bundle on disk', (k) => metrics.get(k)!.pagefindBytes, formatBytes),
  rowSite('First search fetches ("migration", 5 results)', (k) => metrics.get(k)!.search.bytes, formatBytes),
];
const table = markdownTable(headings, rows);
const rolebookTable = rolebookOnly.length
  ? markdownTable(
      ['Rolebook alone', `median of ${runs}`, 'runs'],
      rolebookOnly.map((r) => [r.name, formatSeconds(median(r.values)), r.values.map(formatSeconds).join(', ')]),
    )
  : '';
const runsLine = only
  .map(
    (k) =>
      `${label[k]} ${builds
        .get(k)!
        .map((m) => formatSeconds(m.wallSeconds))
        .join(', ')}`,
  )
  .join('; ');

const busy = Math.max(Number(loadBefore.split(', ')[0]), loadavg()[0]!) > cpus().length;
const section = `## ${size.toLocaleString('en-US')} levels

${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · \`npm run bench -- --size ${size} --runs ${runs}${values.only !== 'rolebook,bare,starlight' ? ` --only ${values.only}` : ''}${values['no-dev'] ? ' --no-dev' : ''}\` · ${runs === 1 ? '1 run (a single sample, no median)' : `medians of ${runs} runs`} · ${sites.handbook.roles.length} roles × 5 levels, ${Object.keys(sites.handbook.content).filter((f) => f.startsWith('faqs/')).length} FAQs, ~1,000-word level bodies (seed 1)

Machine: ${machine}; load average ${loadBefore} before, ${load()} after (1, 5, 15 min).${busy ? ` The machine was busy with other work (load above its ${cpus().length} cores): wall times are inflated, CPU times and the ratios compare better.` : ''}
Versions: ${versions}.

${table}

Cold builds (no \`dist/\`, \`.astro\` or Vite cache), interleaved; ratios of times are medians of the per-round ratios. Build wall times per run: ${runsLine}.
The first search is pagefind's own API on every site (UI code left out); peak RSS sums every process of the build's tree, sampled every 150 ms.
${rolebookTable ? `\n${rolebookTable}\n` : ''}`;

console.log(`\n${section}`);
const resultsFile = path.join(bench, 'RESULTS.md');
const preamble = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts); one section per handbook size, replaced when that size is run again.
Timings move with the machine's load: compare medians and ratios from the same run, not single numbers across sections.
`;
const existing = await readFile(resultsFile, 'utf8').catch(() => preamble);
await writeFile(resultsFile, mergeResults(existing, size, section));
log(`written to ${path.relative(root, resultsFile)}`);
