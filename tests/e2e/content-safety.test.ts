/**
 * Content is data, not code, end to end: a build with injected code or HTML, or with a file in
 * public/ where the site writes its own, fails with the editor's report and publishes nothing (the
 * last good dist/ stays byte for byte), and `astro dev` shows the report in the browser while a
 * problem stands and the page again once it is fixed, reloading by itself. Runs on a copy of the
 * project (tests/e2e/helpers/project-copy.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, withPage } from '../browser/browser.ts';
import { startDev } from './helpers/dev-server.ts';
import { addLastGoodBuild, copyProject, fingerprint, type ProjectCopy } from './helpers/project-copy.ts';

const level = 'content/levels/backend-engineer/senior.mdx';
let project: ProjectCopy;
let original: string;
let browser: Browser;

before(async () => {
  project = await copyProject();
  original = await project.read(level);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await project?.remove();
});

const build = () => spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project.dir, encoding: 'utf8', timeout: 300_000 });

const injection = [
  "import host from '/etc/hostname?raw'",
  '<meta http-equiv="refresh" content="0;url=https://example.org/" />',
  'Home: {process.env.HOME}',
  '<script>alert("injected")</script>',
  '![pixel](https://example.org/pixel.png)',
  '[Apply now](javascript:alert(1))',
  '![secret](../../../../../../proc/self/environ?raw)',
].join('\n\n');

test('a build with injected code fails with the report, and the last good dist/ stays as it was', async () => {
  await addLastGoodBuild(project);
  const before = await fingerprint(project.file('dist'));

  await project.write(level, `${original}\n${injection}\n`);
  await project.write('public/site.js', 'alert("injected")');
  const bad = build();
  const output = `${bad.stdout}\n${bad.stderr}`;
  assert.equal(bad.status, 1);
  const start = original.split('\n').length + 1;
  for (const [offset, words] of [
    [0, `has "import host from '/etc/hostname?raw'": content cannot import or export anything`],
    [2, 'has <meta>, which content cannot use: it can send readers to another site; remove it.'],
    [4, 'has "{process.env.HOME}", which MDX runs as code'],
    [6, "has <script>, which content cannot use: it runs code in every reader's browser; remove it."],
    [8, 'shows the image "https://example.org/pixel.png" from another address'],
    [10, 'links to "javascript:alert(1)", which could run code'],
    [12, 'shows the image "../../../../../../proc/self/environ?raw", whose path goes up a folder with ".."'],
  ] as const) {
    assert.ok(output.includes(`  error   ${level}:${start + offset}: ${words}`), `reported at line ${start + offset}: ${words}\n${output}`);
  }
  assert.ok(output.includes('  error   public/site.js: would replace site.js (the script every page runs), which the site writes itself'), `public/site.js reported\n${output}`);
  assert.match(output, /Nothing was published: dist\/ still holds the last build that succeeded/);
  assert.doesNotMatch(output, /\n\s+at .+:\d+:\d+\)?\n/, 'no stack trace');

  assert.deepEqual(await fingerprint(project.file('dist')), before, 'dist/ is byte for byte the last good build');
  const published = await Promise.all([...before.keys()].filter((f) => f.endsWith('.html')).map((f) => readFile(path.join(project.file('dist'), f), 'utf8')));
  assert.ok(!published.some((html) => /example\.org|injected|process\.env|\/etc\/hostname/.test(html)), 'no trace of the injection in any page');
  await project.write(level, original);
  await rm(project.file('public/site.js'));
});

/** Waits until the page, reloading by itself, shows a heading containing `text`. */
const heading = async (page: Page, text: string) => {
  try {
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent?.includes(t) ?? false, text, { timeout: 60_000 });
  } catch (error) {
    throw new Error(
      `the page never showed "${text}"; it shows "${await page
        .locator('h1')
        .first()
        .textContent()
        .catch(() => '(nothing)')}"`,
      { cause: error },
    );
  }
};

test('astro dev shows the report while a problem stands and the page once it is fixed, by itself', async () => {
  const dev = await startDev(project.dir);
  try {
    const { origin } = dev;
    await withPage(browser, origin, async (page) => {
      // The browser can only be told to reload once its live connection is up; an editor saves
      // seconds after a page loads, a test within milliseconds, so it waits for the connection.
      let connected = false;
      page.on('console', (message) => {
        if (message.text().includes('[vite] connected')) connected = true;
      });
      page.on('framenavigated', () => (connected = false));
      const write = async (text: string) => {
        const deadline = Date.now() + 30_000;
        while (!connected) {
          if (Date.now() > deadline) throw new Error('the page never connected to astro dev for live reloads within 30 s');
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await project.write(level, text);
      };
      await page.goto(`${origin}/roles/backend-engineer/senior/`);
      await heading(page, 'Senior Backend Engineer');

      // A frontmatter error: the report, with file, line, field and fix, replaces the page.
      await write(original.replace(/^order: \d+$/m, 'order: three'));
      await heading(page, 'cannot be shown until the content is fixed');
      const report = await page.locator('main').innerText();
      assert.match(report, /content\/levels\/backend-engineer\/senior\.mdx/);
      assert.match(report, /line \d+ order \(three\) must be a whole number/);
      assert.match(report, /To fix: /);
      assert.doesNotMatch(report, /\n\s+at .+:\d+:\d+/, 'no stack trace');
      await write(original);
      await heading(page, 'Senior Backend Engineer');

      // A forbidden import in the body.
      await write(`${original}\nimport fs from 'node:fs'\n`);
      await heading(page, 'cannot be shown until the content is fixed');
      assert.match(await page.locator('main').innerText(), /content cannot import or export anything/);
      await write(original);
      await heading(page, 'Senior Backend Engineer');
    });

    // A file renamed with a capital letter, then back: added and removed files are picked up. Asked
    // over HTTP until the answer changes, since a removed page has nothing left to reload itself.
    const until = async (check: (html: string) => boolean, what: string) => {
      let html = '';
      for (let i = 0; i < 120; i++) {
        html = await fetch(`${origin}/roles/backend-engineer/senior/`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(15_000) }).then((r) => r.text());
        if (check(html)) return html;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      throw new Error(`astro dev never served ${what}; it serves ${/<h1[^>]*>[^<]*/.exec(html)?.[0]}`);
    };
    await rename(project.file(level), project.file('content/levels/backend-engineer/Senior.mdx'));
    assert.match(await until((html) => html.includes('data-rolebook-report'), 'the report'), /rename it to &#34;senior&#34;/);
    await rename(project.file('content/levels/backend-engineer/Senior.mdx'), project.file(level));
    await until((html) => /<h1[^>]*>Senior Backend Engineer<\/h1>/.test(html), 'the level again');
  } catch (error) {
    // What astro dev printed says which save it checked and when; without it a failure is a guess.
    throw new Error(`${(error as Error).message}\n\nastro dev printed:\n${dev.log()}`, { cause: error });
  } finally {
    await dev.stop();
  }
});
