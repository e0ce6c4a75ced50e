/**
 * The whole hostile corpus (tests/fixtures/hostile-bodies.ts), one FAQ per body, built and served
 * for real under strace: nothing in it runs (no marker file, no command started), nothing in it is
 * published (dist/ stays the last good build, no page of astro dev carries a payload), no file
 * outside the project is read (a canary beside the project is never opened) and no content file
 * changes. The build stops with the report; astro dev, whose loader renders every body even
 * while the check reports them, shows the report instead of pages.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hostileBodies } from '../fixtures/hostile-bodies.ts';
import { startDev } from './helpers/dev-server.ts';
import { addLastGoodBuild, copyProject, fingerprint, type ProjectCopy } from './helpers/project-copy.ts';

let project: ProjectCopy;
let outside: string;
let marker: string;
let canary: string;
const faq = (i: number) => `content/faqs/general/hostile-${i}.mdx`;

before(async () => {
  project = await copyProject();
  outside = await mkdtemp(path.join(tmpdir(), 'rolebook-outside-'));
  marker = path.join(outside, 'marker');
  canary = path.join(outside, 'canary.txt');
  await writeFile(canary, 'CANARY-SECRET');
});
after(async () => {
  await project?.remove();
  await rm(outside, { recursive: true, force: true });
});

/** Every body of the corpus, plus two that try to read the canary, each as a published FAQ. */
async function writeCorpus(): Promise<number> {
  const climb = '../'.repeat(12);
  const bodies = [...Object.values(hostileBodies), `import secret from '${canary}?raw'\n\n{secret}`, `![secret](${climb}${canary.slice(1)}?raw) <img src="/@fs${canary}" alt="" />`].map((body) => body.replaceAll('MARKER', marker));
  for (const [i, body] of bodies.entries()) {
    const fields = ['question: Is this FAQ safe to publish?', 'audience: [candidate]', 'topic: Getting started', `order: ${900 + i}`, 'lastReviewed: 2026-11-20', 'status: published'];
    await project.write(faq(i), `---\n${fields.join('\n')}\n---\n\nA sentence before.\n\n${body}\n`);
  }
  return bodies.length;
}

/**
 * Runs a command under strace, which records every file opened and every program started. With
 * --seccomp-bpf the kernel stops the build only at those calls, not at every one it makes: the same
 * record, and the test took a quarter less CPU time (24.5 and 28.0 core-seconds against 32.1 and 36.5).
 */
function traced(args: string[], log: string) {
  return ['strace', '--seccomp-bpf', '-f', '-qq', '-s', '256', '-e', 'trace=open,openat,openat2,execve', '-o', log, ...args];
}

/**
 * The programs a build started, as `program arguments…`: Node, esbuild and pagefind are the
 * build's own, and Astro asks git for the repository's first commit through a shell.
 */
function programsStarted(trace: string): string[] {
  return [...trace.matchAll(/execve\("([^"]+)", \[(.*?)\], .*\) = 0$/gm)].map(([, program, args]) => `${path.basename(program!)} ${args}`);
}
const buildPrograms = /^(node|esbuild|pagefind_extended|git) |^sh "\/bin\/sh", "-c", "git /;

const payload = /PAYLOAD|CANARY-SECRET|example\.org/;

test('building the corpus runs nothing, reads nothing outside, publishes nothing and changes no file', { timeout: 300_000 }, async () => {
  await addLastGoodBuild(project);
  const dist = await fingerprint(project.file('dist'));
  const count = await writeCorpus();
  const content = await fingerprint(project.file('content'));

  const log = path.join(outside, 'build.strace');
  const [command, ...args] = traced([process.execPath, 'scripts/build.ts'], log);
  const bad = spawnSync(command!, args, { cwd: project.dir, encoding: 'utf8', timeout: 240_000 });
  const output = `${bad.stdout}\n${bad.stderr}`;
  assert.equal(bad.status, 1, output);
  for (let i = 0; i < count; i++) assert.match(output, new RegExp(`error +${faq(i).replaceAll('.', '\\.')}:\\d+: `), `the report names ${faq(i)}`);
  assert.match(output, /Nothing was published/);

  assert.equal(existsSync(marker), false, 'no code in content ran');
  const trace = await readFile(log, 'utf8');
  assert.ok(!trace.includes(canary), 'the canary outside the project was never opened');
  assert.ok(!trace.includes(marker), 'nothing tried to write the marker');
  const programs = programsStarted(trace);
  assert.ok(
    programs.some((p) => p.startsWith('node ')),
    'strace saw the build start',
  );
  assert.deepEqual(
    programs.filter((p) => !buildPrograms.test(p)),
    [],
    'no program was started by content',
  );
  assert.deepEqual(await fingerprint(project.file('dist')), dist, 'dist/ is the last good build, byte for byte');
  assert.deepEqual(await fingerprint(project.file('content')), content, 'no content file changed');
});

test('astro dev renders the corpus without running it and shows the report on every page', { timeout: 240_000 }, async () => {
  const count = await writeCorpus();
  // Not under strace: it slows a dev server's many threads past any sensible wait; the build above
  // shows nothing outside the project is opened, and the loader renders the same way here.
  const dev = await startDev(project.dir);
  try {
    const { origin } = dev;
    for (const page of ['/', '/faq/', '/roles/backend-engineer/', '/roles/backend-engineer/senior/']) {
      const html = await fetch(`${origin}${page}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(30_000) }).then((r) => r.text());
      assert.match(html, /data-rolebook-report/, `${page} shows the report`);
      assert.ok(html.includes(faq(count - 1)), `${page}'s report names the files`);
      assert.doesNotMatch(html, /<(script|img|iframe|style|svg)\b[^>]*(PAYLOAD|example\.org)/i, `${page}'s report shows what it quotes as text`);
      const outsideReport = html.replace(/<main[\s\S]*<\/main>/, '');
      assert.doesNotMatch(outsideReport, payload, `${page} carries no payload outside the report`);
    }
    assert.equal(existsSync(marker), false, 'no code in content ran');
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\nastro dev printed:\n${dev.log()}`, { cause: error });
  } finally {
    await dev.stop();
  }
});
