/**
 * Drafts end to end, on a copy of the project: what `npm run new` writes is a draft, which
 * `astro dev` shows with its banner (and its job ad's files), linked from the published pages around
 * it (under a base other than /), and which the build leaves out, with every link to it. Read over HTTP and from dist/: no browser needed.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startDev, type DevServer } from './helpers/dev-server.ts';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';

let project: ProjectCopy;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: project.dir, encoding: 'utf8', env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  assert.equal(result.status, 0, `${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const banner = (file: string, what: string) =>
  `<p class="notice draft-notice" role="note" data-pagefind-ignore><strong>Draft: not on the published site.</strong> Only npm run dev shows this ${what}, as ${file} says status: draft. To publish it, change that line to status: published.</p>`;
const level = 'content/levels/backend-engineer/distinguished.mdx';
const faq = 'content/faqs/pay/when-are-raises-decided.mdx';

before(async () => {
  project = await copyProject();
  run('scripts/new.ts', 'level', 'backend-engineer/distinguished');
  run('scripts/new.ts', 'faq', 'pay/when-are-raises-decided', '--question', 'When are raises decided?');
  // A draft's pay figure comes from the read model astro dev sees, drafts and all.
  await project.write(faq, (await project.read(faq)).replace(/^TODO:.*$/m, 'At the top, <LevelPay level="backend-engineer/distinguished" />.'));
});
after(() => project?.remove());

/**
 * One astro dev for both tests below, under a base other than / as on a project site, so every
 * address it serves must carry the base (other tests run astro dev under /).
 */
const base = '/handbook/';
let dev: DevServer;
const devFailed = (error: unknown) => new Error(`${(error as Error).message}\n\nastro dev printed:\n${dev.log()}`, { cause: error });

describe('astro dev', () => {
  before(async () => {
    dev = await startDev(project.dir, { env: { ROLEBOOK_BASE: base } });
  });
  after(() => dev?.stop());

  test('shows each draft with its banner, and its job ad files, and the published pages around it link to it', async () => {
    try {
      const page = (address: string) => fetch(`${dev.origin}${base}${address}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(30_000) }).then((r) => r.text());
      const draft = await page('roles/backend-engineer/distinguished/');
      const at = draft.indexOf(banner(level, 'page'));
      assert.ok(at > draft.indexOf('<main') && at < draft.indexOf('<h1'), 'the banner is in the main content, above the title');
      assert.ok((await page('roles/backend-engineer/distinguished/job-ad/')).includes(banner(level, 'page')));
      const faqs = await page('faq/');
      assert.ok(faqs.includes(banner(faq, 'question')));
      assert.match(faqs, /At the top, <span class="pay-figure">\$[\d,]+ – \$[\d,]+ per year \(United States\)<\/span>\./);
      const principal = await page('roles/backend-engineer/principal/');
      assert.ok(principal.includes(`href="${base}roles/backend-engineer/distinguished/"`), 'the level below links up to the draft');
      assert.doesNotMatch(principal, /class="notice draft-notice"/);
      // The ad's files come from the model with drafts too (src/integrations/downloads.ts serves them).
      const file = (name: string) => fetch(`${dev.origin}${base}roles/backend-engineer/distinguished/${name}`, { signal: AbortSignal.timeout(30_000) });
      const json = await file('job-ad.json');
      assert.equal(json.headers.get('content-type'), 'application/json');
      const ad = (await json.json()) as { role: string; level: string; title: string };
      assert.deepEqual([ad.role, ad.level], ['backend-engineer', 'backend-engineer/distinguished']);
      const txt = await file('job-ad.txt');
      assert.equal(txt.headers.get('content-type'), 'text/plain; charset=utf-8');
      assert.equal((await txt.text()).split('\n')[0], ad.title);
      assert.equal((await file('job-ad.pdf')).status, 404, 'no such download: Astro answers');
    } catch (error) {
      throw devFailed(error);
    }
  });

  test("serves a published level's job ad files, the save-and-reload status, the on-demand scripts and the editor under the base, and nothing outside it", async () => {
    try {
      const file = (address: string) => fetch(`${dev.origin}${address}`, { signal: AbortSignal.timeout(30_000) });
      const md = await file(`${base}roles/backend-engineer/principal/job-ad.md`);
      assert.equal(md.status, 200);
      assert.equal(md.headers.get('content-type'), 'text/markdown; charset=utf-8');
      assert.match(await md.text(), /^Levels and expectations: <https:\/\/[^/>]+\/handbook\/roles\/backend-engineer\/principal\/>$/m);
      assert.equal((await file('/roles/backend-engineer/principal/job-ad.md')).status, 404);
      // Astro takes the base off the address before Rolebook's middleware sees it (src/integrations/request-path.ts).
      const status = await file(`${base}__rolebook/status.json`);
      assert.equal(status.status, 200, 'the status');
      assert.equal(typeof ((await status.json()) as { errors: unknown }).errors, 'number');
      const script = await file(`${base}_scripts/search.js`);
      assert.equal(script.status, 200, 'the on-demand search script is served (through its redirect to the source)');
      assert.equal((await file(`${base}admin/`)).status, 200, 'the editor');
    } catch (error) {
      throw devFailed(error);
    }
  });
});

test('the build leaves the drafts out, and no published page links to them', async () => {
  const check = run('scripts/check.ts');
  assert.match(check, /^Content check: 0 errors, \d+ warnings in \d+ files\.$/m);
  run('scripts/build.ts');
  const dist = (file: string) => path.join(project.dir, 'dist', file);
  assert.equal(existsSync(dist('roles/backend-engineer/distinguished/index.html')), false);
  assert.equal(existsSync(dist('roles/backend-engineer/distinguished/job-ad.txt')), false, 'nor its ad');
  assert.equal(existsSync(dist('roles/backend-engineer/compare/principal-vs-distinguished/index.html')), false);
  assert.doesNotMatch(await readFile(dist('roles/backend-engineer/principal/index.html'), 'utf8'), /distinguished/);
  assert.doesNotMatch(await readFile(dist('faq/index.html'), 'utf8'), /When are raises decided/);
  assert.doesNotMatch(await readFile(dist('sitemap-0.xml'), 'utf8'), /distinguished/);
});
