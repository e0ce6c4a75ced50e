/**
 * The steps of `npm test` (scripts/test.ts runs them) and what a failed run means for the person
 * whose change it checks. Apart from the runner so a test can run a step exactly as npm test does
 * (tests/e2e/fork-pull-request.test.ts) and the closing words can be tested as plain functions.
 *
 * A fork's pull request runs the fast steps (.github/workflows/check.yml). Only the content check
 * reads the fork's content/ to judge it; Rolebook's own tests read fixtures, so when they fail the
 * fault is Rolebook's, and the run says so instead of leaving an editor to guess.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, statSync } from 'node:fs';
import path from 'node:path';
import { mediaFolder } from '../../src/admin/config.ts';
import { shippedSite } from '../../src/schemas/site.ts';

/**
 * What a failure of a step says about the content:
 * - `content`: the content check. Exit code 1 means errors in content/, each named with its file
 *   and line; any other code is the check itself failing (scripts/check.ts), which is Rolebook's.
 * - `rolebook`: Rolebook's own tests, which never read a fork's content/: never the content's fault.
 * - `follows-content`: steps that stop on the content check's errors (the build reads content/):
 *   the content's when the content check found errors, Rolebook's when it found none.
 */
type FailureMeans = 'content' | 'rolebook' | 'follows-content';

export interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Part of `--fast`: needs no browser and no second build. */
  fast?: boolean;
  failure: FailureMeans;
  /** Why the step does not apply to this checkout: it is skipped, and the reason printed. */
  skip?: string | undefined;
  /**
   * How long the step may take, in milliseconds: generous (several times what it takes on a slow
   * machine) but bounded, so a step that hangs is killed with every process it started and reported
   * as timed out instead of holding the run for ever.
   */
  timeout: number;
  /**
   * Consecutive steps of one group run at the same time (at most atOnce[group] of them, in the
   * order listed), each one's output printed whole when it ends: gates that only read the built
   * files, and write nothing another step reads.
   */
  group?: string;
}

/** How many steps of a group run at once, where fewer than all of them (see the group's steps). */
export const atOnce: Readonly<Record<string, number>> = { 'after builds': 3 };

const minutes = (n: number) => n * 60_000;

/** How many processes share out the unit test files (`unit tests 1/3` …), each with its own shard. */
const unitShards = 3;

/**
 * Why the browser tools (tests/package.json: Chromium's driver, axe, Lighthouse, the HTML
 * validators) need not be installed, or undefined when they must be: tests/node_modules is missing,
 * or older than tests/package-lock.json (a pull that changed them).
 */
export function browserToolsSkip(root: string): string | undefined {
  const lock = path.join(root, 'tests/package-lock.json');
  const installed = path.join(root, 'tests/node_modules/.package-lock.json');
  if (!existsSync(installed)) return undefined;
  if (existsSync(lock) && statSync(installed).mtimeMs < statSync(lock).mtimeMs) return undefined;
  return 'tests/node_modules is up to date with tests/package-lock.json';
}

/** The environment variables the steps depend on (process.env in practice). */
export interface StepEnv {
  GITHUB_ACTIONS?: string | undefined;
  GITHUB_REPOSITORY?: string | undefined;
  GITHUB_EVENT_NAME?: string | undefined;
}

/** owner/name of Rolebook's own repository on GitHub, where the example addresses in content/site.yaml point. */
export const rolebookRepository = new URL(shippedSite.repository).pathname.replace(/^\/|\/$/g, '');
const rolebookIssues = `${shippedSite.repository}/issues`;

/**
 * Why the tests of Rolebook's example content (tests/shipped/) do not apply here, or undefined in
 * Rolebook's own repository. In a copy, content/ is the copy's own handbook, which those tests do
 * not describe. On GitHub Actions the repository's name says which it is; elsewhere, Rolebook's own
 * workspace keeps the sources of the example (../shared/seeds) beside the checkout.
 */
export function exampleContentSkip(env: StepEnv, root: string): string | undefined {
  if (env.GITHUB_ACTIONS === 'true') {
    if (env.GITHUB_REPOSITORY?.toLowerCase() === rolebookRepository.toLowerCase()) return undefined;
    return `${env.GITHUB_REPOSITORY ?? 'this repository'} is a copy of Rolebook, so content/ is its own handbook, which the content check checks; these tests of Rolebook's example content run in ${rolebookRepository}`;
  }
  if (existsSync(path.resolve(root, '../shared/seeds'))) return undefined;
  return `this checkout is not Rolebook's own workspace (no ../shared/seeds beside it), so content/ may be a copy's own handbook, which the content check checks; these tests of Rolebook's example content run in ${rolebookRepository}`;
}

/**
 * The files a pull request changes, on GitHub Actions, or undefined where that cannot be told. GitHub
 * checks out the commit that would merge the pull request, whose first parent is the branch it goes
 * into; check.yml fetches both (fetch-depth: 2), so the difference between the two is the change.
 */
export function pullRequestFiles(env: StepEnv, root: string): string[] | undefined {
  if (env.GITHUB_ACTIONS !== 'true' || env.GITHUB_EVENT_NAME !== 'pull_request') return undefined;
  try {
    const names = execFileSync('git', ['diff', '--name-only', '--no-renames', '-z', 'HEAD^1', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000 });
    return names.split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

/** What an editor changes: the handbook's files, and the pictures the browser editor uploads. */
const editorsFolders = ['content/', `${mediaFolder}/`];

/**
 * Why Rolebook's own code checks (lint, unused code, unit tests, astro check) do not apply to a pull
 * request, or undefined when they do. They judge Rolebook's code, and its tests read fixtures, never
 * content/, so a pull request that changes only what editors change cannot make them fail: they run
 * on one that changes anything else, and on every run that is no pull request. So an editor's check
 * is the content check and the build, sooner, and no failure of Rolebook's own stands in its way.
 */
export function codeChecksSkip(changed: readonly string[] | undefined): string | undefined {
  if (!changed?.length || !changed.every((file) => editorsFolders.some((folder) => file.startsWith(folder)))) return undefined;
  return `this pull request changes only ${listed(editorsFolders)}, what editors change, which the content check and the build check; Rolebook's own code checks run on a pull request that changes anything else`;
}

export interface StepOptions {
  /** The project's folder, where the steps run. */
  root: string;
  /** The Node.js that runs the steps (the project's own, process.execPath under npm). */
  node: string;
  env: StepEnv;
}

/** Every step of `npm test`, in the order that fails fastest. */
export function testSteps({ root, node, env }: StepOptions): Step[] {
  const astro = 'node_modules/astro/bin/astro.mjs';
  // --test-timeout bounds every single test (a hook's waits carry their own timeouts), so one that
  // hangs fails by name instead of running into the step's timeout.
  const nodeTest = (testTimeout: number, ...files: string[]) => [node, '--test', '--test-concurrency=1', `--test-timeout=${testTimeout}`, '--test-reporter=spec', ...files];
  // Unit tests each copy their own fixture, so one process runs a third of them, one file after another.
  const unitTests = (shard: number) => [node, '--test', '--experimental-test-isolation=none', `--test-shard=${shard}/${unitShards}`, `--test-timeout=${minutes(2)}`, '--test-reporter=spec', 'tests/unit/**/*.test.ts'];
  // Browser test files share nothing and run two at once, a 2-core machine's worth: those that build
  // give their copy of the project caches and a build lock of its own (tests/e2e/helpers/project-copy.ts).
  const twoAtOnce = (testTimeout: number, ...files: string[]) => [node, '--test', '--test-concurrency=2', `--test-timeout=${testTimeout}`, '--test-reporter=spec', ...files];
  const gate = (name: string) => `tests/e2e/gates/${name}.test.ts`;
  // Browser tests of features live in tests/e2e/; the quality gates in tests/e2e/gates/ run as steps of their own.
  // node --test runs the files in the order of their paths, whatever the order given.
  const featureTests = globSync('tests/e2e/**/*.test.ts', { cwd: root })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => !f.startsWith('tests/e2e/gates/'))
    .sort();
  const builds = { ROLEBOOK_DIST: 'dist', ROLEBOOK_DIST_BASE: 'dist-base' };
  const codeSkip = codeChecksSkip(pullRequestFiles(env, root));
  return [
    // First, together, the quickest steps, a second or two each on one core: the one about the
    // content itself, and Rolebook's own code: lint and formatting (biome.jsonc; `biome ci` writes
    // nothing), then code nothing uses (knip.jsonc). On an editor's pull request the code checks are
    // skipped (codeChecksSkip), so the content check's report is the first thing it prints. The
    // content check writes only its cache (node_modules/.cache/rolebook), which neither reads.
    { name: 'content check', command: [node, 'scripts/check.ts'], fast: true, failure: 'content', timeout: minutes(5), group: 'first' },
    { name: 'lint', command: [node, 'node_modules/@biomejs/biome/bin/biome', 'ci', '.'], fast: true, failure: 'rolebook', skip: codeSkip, timeout: minutes(3), group: 'first' },
    { name: 'unused code', command: [node, 'node_modules/knip/bin/knip.js', '--no-progress'], fast: true, failure: 'rolebook', skip: codeSkip, timeout: minutes(3), group: 'first' },
    // Together, the steps that read only the sources: the unit tests in thirds, each third's files in
    // one process (--experimental-test-isolation=none), which loads the modules they share once
    // instead of once a file, half the work; the example content; and the first build, which writes
    // dist/, which none of the others reads. Thirds, not halves: node's shards deal the files out in
    // turn, and of two halves one took twice the other's time (27 and 14 core-seconds); thirds took
    // 16, 13 and 15.
    ...Array.from({ length: unitShards }, (_, i) => ({ name: `unit tests ${i + 1}/${unitShards}`, command: unitTests(i + 1), fast: true, failure: 'rolebook' as const, skip: codeSkip, timeout: minutes(10), group: 'sources' })),
    { name: 'example content', command: nodeTest(minutes(2), 'tests/shipped/**/*.test.ts'), fast: true, failure: 'rolebook', skip: exampleContentSkip(env, root), timeout: minutes(5), group: 'sources' },
    { name: 'build', command: ['npm', 'run', 'build', '--silent'], fast: true, failure: 'follows-content', timeout: minutes(15), group: 'sources' },
    // Reads the build's file list only, so it goes with the build into --fast; the content check
    // names a file in public/ that clashes with the site's, so a failure here is Rolebook's.
    { name: 'site files', command: nodeTest(minutes(2), gate('site-files')), env: builds, fast: true, failure: 'rolebook', timeout: minutes(3) },
    { name: 'build /handbook/', command: [node, 'scripts/build.ts', '--silent', '--outDir', 'dist-base'], env: { ROLEBOOK_BASE: '/handbook/' }, failure: 'follows-content', timeout: minutes(15), group: 'second build' },
    // The browser tools are installed apart (tests/package.json), so --fast never needs them; npm
    // ci --prefix tests reads tests/.npmrc, which keeps it as quiet as the root's install. The
    // lockfile pins every version and its hash, so what npm's cache holds is taken without asking
    // the registry again (--prefer-offline; 13 s -> 11 s with a warm cache). Beside the second
    // build, which uses a core and a bit, not beside the unit tests: a module they import from the
    // root's packages would resolve to tests/node_modules/ while npm is still writing it.
    { name: 'browser tools', command: ['npm', 'ci', '--prefix', 'tests', '--prefer-offline'], failure: 'rolebook', skip: browserToolsSkip(root), timeout: minutes(10), group: 'second build' },
    // Together, the rest: each reads only the source or the built files and writes nothing another
    // reads, and none judges a timing (Lighthouse's performance score is a benchmark's), so no
    // result depends on what runs beside it. Three at once (atOnce), the longest first: the two
    // longest run from start to end while the rest follow one another beside them. All nine at
    // once took 539 s and 1,061 core-seconds on 2 cores; three at once, 500 s and 986, as processes
    // fight less over the cores. Browser test files run two at once within their step, each with its
    // own Chromium and, where it builds, its own copy of the project.
    // astro check comes here, never beside a build: it loads the content into the data store a build
    // bundles (node_modules/.astro/data-store.json), saving it half filled as it goes, and a build
    // beside it once bundled that half and published a site without its roles.
    ...(featureTests.length ? [{ name: 'browser tests', command: twoAtOnce(minutes(12), ...featureTests), env: builds, failure: 'follows-content' as const, timeout: minutes(45), group: 'after builds' }] : []),
    { name: 'browser crawl', command: nodeTest(minutes(20), gate('browser-crawl')), env: builds, failure: 'follows-content', timeout: minutes(25), group: 'after builds' },
    { name: 'lighthouse', command: nodeTest(minutes(10), gate('lighthouse')), env: builds, failure: 'follows-content', timeout: minutes(15), group: 'after builds' },
    { name: 'astro check', command: [node, astro, 'check', '--minimumFailingSeverity', 'hint'], fast: true, failure: 'follows-content', skip: codeSkip, timeout: minutes(10), group: 'after builds' },
    { name: 'html', command: nodeTest(minutes(8), gate('html')), env: builds, failure: 'follows-content', timeout: minutes(10), group: 'after builds' },
    // With the browser tools' TypeScript 7, the native compiler: 3.7 core-seconds where the root's
    // TypeScript 6, which astro check needs (@astrojs/check supports no later one), takes 10.6. Under
    // another name, so that 'typescript' imported from tests/ is still the root's, with its API.
    { name: 'tests types', command: [node, 'tests/node_modules/typescript-native/bin/tsc', '-p', 'tests'], failure: 'rolebook', timeout: minutes(5), group: 'after builds' },
    { name: 'csp', command: nodeTest(minutes(5), gate('csp')), env: builds, failure: 'follows-content', timeout: minutes(10), group: 'after builds' },
    { name: 'links', command: nodeTest(minutes(5), gate('links')), env: builds, failure: 'follows-content', timeout: minutes(8), group: 'after builds' },
    { name: 'budgets', command: nodeTest(minutes(5), gate('budgets')), env: builds, failure: 'follows-content', timeout: minutes(8), group: 'after builds' },
    // Waits on the registry more than it uses a core: beside the others, not after them all.
    { name: 'npm audit', command: [node, 'scripts/quality/audit.ts'], failure: 'rolebook', timeout: minutes(5), group: 'after builds' },
  ];
}

/**
 * The steps in the order they run: one step alone, or consecutive steps of one group together.
 */
export function batches<T extends Pick<Step, 'group'>>(steps: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const step of steps) {
    const last = out.at(-1);
    if (step.group && last?.[0]?.group === step.group) last.push(step);
    else out.push([step]);
  }
  return out;
}

/**
 * `run` on every item, at most `limit` at once, started in the order given: each next item as soon
 * as one ends. The results come in the order given.
 */
export async function pool<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** A step's time as the table shows it. */
export interface Timing {
  name: string;
  seconds: number;
}

/** The `count` slowest steps, slowest first. */
export function slowest(timings: readonly Timing[], count = 5): Timing[] {
  return [...timings].sort((a, b) => b.seconds - a.seconds).slice(0, count);
}

/** "timed out after 10 min" (or seconds, for a timeout under a minute). */
export function timedOutWords(timeout: number): string {
  return timeout >= 60_000 ? `timed out after ${+(timeout / 60_000).toFixed(1)} min` : `timed out after ${+(timeout / 1000).toFixed(1)} s`;
}

/** A step that ran, with its exit code (null when a signal ended it, or its timeout). */
export interface Ran {
  step: Pick<Step, 'name' | 'failure'>;
  status: number | null;
  /** Killed for running longer than its timeout. */
  timedOut?: boolean;
}

const listed = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** What a failed run ends with: a sentence for the content's errors, one for Rolebook's failures, or both. */
export interface ClosingWords {
  content?: string;
  rolebook?: string;
}

/**
 * The sentences a failed run ends with, none when every step passed: the content check's errors
 * are the editor's to fix; anything else failing is Rolebook's, and says so. `github` adds where
 * GitHub shows the content's problems.
 */
export function closingWords(ran: readonly Ran[], { github = false } = {}): ClosingWords {
  const contentErrors = ran.some((r) => r.step.failure === 'content' && r.status === 1);
  const contentClean = ran.some((r) => r.step.failure === 'content' && r.status === 0);
  const failed = ran.filter((r) => r.status !== 0);
  const followed = failed.filter((r) => contentErrors && r.step.failure === 'follows-content').map((r) => r.step.name);
  const rolebook = failed.filter((r) => !(r.step.failure === 'content' && r.status === 1) && !(contentErrors && r.step.failure === 'follows-content')).map((r) => r.step.name);
  const words: ClosingWords = {};
  if (contentErrors) {
    const where = github ? ', and marked on that line under "Files changed"' : '';
    const also = followed.length ? ` (${listed(followed)} stopped on the same errors)` : '';
    words.content = `The content check found errors in your content: each one is listed above with its file and line${where}. Fix those lines${also}.`;
  }
  if (rolebook.length) {
    const clean = contentClean ? ', in which the content check found no errors' : '';
    words.rolebook = `Rolebook's own tests failed (${listed(rolebook)}): this is not caused by your content${clean}. Tell whoever maintains your copy of Rolebook, with a link to this run, or report it at ${rolebookIssues}.`;
  }
  return words;
}
