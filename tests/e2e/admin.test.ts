/**
 * The browser editor at /admin/, in Chromium against the built site: it loads with no console
 * error and asks nothing of any host its policy does not name, under / and under /handbook/; and
 * edits made through its forms, in local mode, change exactly the lines they should on disk and
 * pass `npm run check`, a translation's beside its source as well. Local mode asks the browser for
 * a folder (showDirectoryPicker); here the page is handed a folder of its own origin-private file
 * system holding a copy of the content, so the editor's own code reads and saves it.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, withPage } from '../browser/browser.ts';
import { serveSite, type ServedSite } from '../../scripts/lib/serve.ts';
import { adminPolicy } from '../../src/admin/page.ts';
import { listFiles } from '../../src/lib/built-pages.ts';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';

const dist = path.resolve(process.env['ROLEBOOK_DIST'] ?? 'dist');
const distBase = path.resolve(process.env['ROLEBOOK_DIST_BASE'] ?? 'dist-base');

let browser: Browser;
let site: ServedSite;
let project: ProjectCopy;
before(async () => {
  browser = await launchBrowser();
  site = await serveSite({ dir: dist, base: '/' });
  project = await copyProject();
});
after(async () => {
  await browser?.close();
  await site?.close();
  await project?.remove();
});

/** The hosts the page's own policy lets it reach. */
const allowedHosts = new Set([...adminPolicy.matchAll(/https:\/\/[^\s;]+/g)].map((m) => new URL(m[0]).host));

/**
 * This machine has no internet. GitHub's status, which the editor asks for on its sign-in page (and
 * its policy allows), is answered as GitHub answers on a calm day, so a refused lookup is not
 * mistaken for the editor's error.
 */
const calmGitHub = (page: Page) => page.route('https://www.githubstatus.com/**', (route) => route.fulfill({ json: { status: { indicator: 'none', description: 'All Systems Operational' } } }));

for (const [label, dir, base] of [
  ['/', dist, '/'],
  ['/handbook/', distBase, '/handbook/'],
] as const) {
  test(`under ${label}, /admin/ loads with no console error and no request to a host outside its policy`, { timeout: 60_000 }, async () => {
    const served = base === '/' ? site : await serveSite({ dir, base });
    try {
      await withPage(browser, served.origin, async (page, problems) => {
        await calmGitHub(page);
        await page.goto(served.url('admin/'));
        await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor({ timeout: 20_000 });
        await page.getByRole('button', { name: 'Sign In Using Access Token' }).waitFor({ timeout: 5_000 });
        assert.deepEqual(problems.consoleErrors, []);
        assert.deepEqual(problems.failedRequests, []);
        assert.deepEqual(
          problems.foreignRequests.filter((url) => !allowedHosts.has(new URL(url).host)),
          [],
        );
        const fonts = await page.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
        });
        assert.ok(fonts.length >= 2, `the editor's fonts load from the site itself (${fonts.join(', ')})`);
      });
    } finally {
      if (served !== site) await served.close();
    }
  });
}

/** content/ of the project copy, by path from its root. */
async function projectContent(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await listFiles(project.file('content'))) files[`content/${name}`] = await project.read(`content/${name}`);
  return files;
}

/** The editor in local mode on a copy of `files`, signed in and showing its collections. */
async function openLocally(page: Page, files: Record<string, string>) {
  await calmGitHub(page);
  await page.goto(site.url('admin/'));
  await handContent(page, files);
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByText('The pay table').first().waitFor({ timeout: 20_000 });
}

/** Copies the project's content into the page's private file system and hands that folder to the editor as the one picked. */
async function handContent(page: Page, files: Record<string, string>) {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const repo = await root.getDirectoryHandle('handbook', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const [name, text] of Object.entries(files)) {
      const parts = name.split('/');
      let folder = repo;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
    Object.assign(window, { showDirectoryPicker: async () => repo });
  }, files);
}

async function savedContent(page: Page, names: string[]): Promise<Record<string, string>> {
  return page.evaluate(async (names) => {
    const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle('handbook');
    const out: Record<string, string> = {};
    for (const name of names) {
      const parts = name.split('/');
      let folder = repo;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      out[name] = await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
    }
    return out;
  }, names);
}

/** Each line that differs, as file:line: before → after (the edits here change lines, never add them). */
function changedLines(before: Record<string, string>, after: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of Object.entries(before)) {
    const was = text.split('\n');
    const now = after[file]!.split('\n');
    if (was.length !== now.length) out.push(`${file}: ${was.length} lines became ${now.length}`);
    for (let i = 0; i < Math.max(was.length, now.length); i++) if (was[i] !== now[i]) out.push(`${file}:${i + 1}: ${was[i]} → ${now[i]}`);
  }
  return out;
}

async function openEntry(page: Page, hash: string) {
  await page.goto(site.url(`admin/#/collections/${hash}`));
  await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 15_000 });
}

/** Opens an entry as an editor does: the collection in the side bar (and a folder of it), then the entry by its title. */
async function openFromList(page: Page, collection: string, title: string, folder?: string) {
  await page.getByText(collection, { exact: true }).first().click();
  if (folder) await page.getByText(folder, { exact: true }).first().click();
  await page.getByText(title, { exact: true }).first().click();
  await page.getByRole('button', { name: 'Save' }).waitFor({ timeout: 15_000 });
}

async function save(page: Page) {
  const button = page.getByRole('button', { name: 'Save' });
  await button.click();
  // Saved once no Save button is left to press: the editor goes back to the list, or greys it out.
  await page.waitForFunction(() => ![...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Save' && !b.disabled), undefined, { timeout: 15_000 });
  // The editor then goes back to the list by itself; going elsewhere before it has would be undone.
  await page.waitForFunction(() => !location.hash.includes('/entries/'), undefined, { timeout: 15_000 });
}

test('edits made through the forms change exactly those lines on disk, and npm run check passes after', { timeout: 180_000 }, async () => {
  const files = await projectContent();
  const level = 'content/levels/backend-engineer/senior.mdx';
  const faq = 'content/faqs/pay/publish-pay-range.mdx';
  const line = (file: string, start: string) => files[file]!.split('\n').find((l) => l.startsWith(start))!;
  const summary = line(level, 'summary: ').slice('summary: '.length);
  const firstResponsibility = line(level, '  - ').slice(4);
  const answer = files[faq]!.split('\n').find((l) => l.startsWith('Yes. '))!;
  const lineOf = (file: string, text: string) => files[file]!.split('\n').indexOf(text) + 1;

  await withPage(browser, site.origin, async (page, problems) => {
    await openLocally(page, files);

    // A level's summary, and the first of its responsibilities.
    await openFromList(page, 'Levels', 'Senior Backend Engineer');
    const summaryBox = page.getByRole('textbox', { name: 'Summary' });
    await assertValue(summaryBox, summary);
    await summaryBox.fill('Owns a service or domain and the systems inside it, and raises the engineers around it.');
    const item = await boxHolding(page, firstResponsibility);
    await item.fill('Lead the design and build of the backend services in your domain, from data to service boundaries.');
    await save(page);

    // A pay band: the top of the senior grade's band in the first zone.
    await openEntry(page, '_singletons/entries/pay');
    const max = await boxHolding(page, '130000', { role: 'spinbutton', label: 'Max' });
    await max.fill('134000');
    await save(page);

    // An FAQ answer, in the page text's Markdown.
    // FAQs are in folders by topic, as in content/faqs/.
    await openFromList(page, 'FAQs', 'Should a job posting include the pay range?', 'pay');
    const body = await boxHolding(page, files[faq]!.split('\n---\n')[1]!.trim());
    await body.fill((await body.inputValue()).replace(answer, 'Yes. Publish the range you will really pay for the level, not a stretched one.'));
    await save(page);

    const saved = await savedContent(page, Object.keys(files));
    assert.deepEqual(
      changedLines(files, saved),
      [
        `${faq}:${lineOf(faq, answer)}: ${answer} → Yes. Publish the range you will really pay for the level, not a stretched one.`,
        `${level}:${lineOf(level, `summary: ${summary}`)}: summary: ${summary} → summary: Owns a service or domain and the systems inside it, and raises the engineers around it.`,
        `${level}:${lineOf(level, `  - ${firstResponsibility}`)}:   - ${firstResponsibility} →   - Lead the design and build of the backend services in your domain, from data to service boundaries.`,
        `content/pay.yaml:${lineOf('content/pay.yaml', '        max: 130000')}:         max: 130000 →         max: 134000`,
      ].sort(byFile(Object.keys(files))),
    );
    assert.deepEqual(problems.consoleErrors, []);
    for (const [name, text] of Object.entries(saved)) if (text !== files[name]) await project.write(name, text);
  });

  const check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 120_000 });
  assert.equal(check.status, 0, `npm run check passes on what the editor saved:\n${check.stdout}\n${check.stderr}`);
  assert.match(await readFile(project.file('content/pay.yaml'), 'utf8'), /max: 134000/);
});

test("a pay component goes into page text from the Insert menu, with a level picked from the handbook's, and passes the check", { timeout: 180_000 }, async () => {
  const files = await projectContent();
  const path = 'content/career-paths/management.mdx';
  await withPage(browser, site.origin, async (page, problems) => {
    await openLocally(page, files);
    await openFromList(page, 'Career paths', 'Management track');
    const body = page.locator('section.field[data-key-path="body"]'); // the form's, not the preview's
    await page.mouse.move(300, 500);
    for (let round = 0; round < 40 && !(await body.isVisible()); round++) await page.mouse.wheel(0, 400);
    // The components are in the rich-text mode's Insert menu (raw Markdown is where the page text opens).
    await body.getByRole('button', { name: 'Edit in Markdown' }).click();
    await body.getByRole('button', { name: 'Insert' }).click();
    await page.getByRole('menuitem', { name: 'Pay of a level' }).click();
    await body.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Senior Backend Engineer' }).click();
    await body.getByRole('radio', { name: 'United States' }).check({ timeout: 10_000 });
    // The radio shows checked before the editor has written the zone into the page text; its
    // preview (src/admin/start.js) shows it once it has, and a save before then loses it.
    await page.getByText('Pay of a level: backend-engineer/senior, us', { exact: true }).waitFor({ timeout: 10_000 });
    await save(page);
    const saved = (await savedContent(page, [path]))[path]!;
    assert.equal(saved, `${files[path]!.trimEnd()}\n\n<LevelPay level="backend-engineer/senior" zone="us" />\n`, 'the component is added after the text, and nothing else changes');
    assert.deepEqual(problems.consoleErrors, []);
    await project.write(path, saved);
  });
  const check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 120_000 });
  assert.equal(check.status, 0, `npm run check passes with the component:\n${check.stdout}\n${check.stderr}`);
});

test('a translation is edited beside its source: the German level opens next to the English one, and saving changes only the line edited; an untranslated FAQ gets its German file, with the translated fields only', { timeout: 180_000 }, async () => {
  const files = await projectContent();
  const source = 'content/levels/backend-engineer/senior.mdx';
  const german = 'content/de/levels/backend-engineer/senior.mdx';
  const summaryOf = (file: string) =>
    files[file]!.split('\n')
      .find((l) => l.startsWith('summary: '))!
      .slice('summary: '.length);
  const faq = 'content/faqs/pay/what-drives-salary.mdx';
  const faqQuestion = files[faq]!.split('\n')
    .find((l) => l.startsWith('question: '))!
    .slice('question: '.length);
  const translatedFaq = 'content/de/faqs/pay/what-drives-salary.mdx';
  assert.equal(files[translatedFaq], undefined, 'the FAQ has no German translation yet');

  await withPage(browser, site.origin, async (page, problems) => {
    await openLocally(page, files);
    await openFromList(page, 'Levels', 'Senior Backend Engineer');
    // The second pane shows a preview; its language switcher puts the German form there instead.
    const germanBeside = () => page.getByRole('group', { name: /^Preview/ }).getByRole('radio', { name: 'German' });
    await germanBeside().click();
    const summaries = page.getByRole('textbox', { name: 'Summary' });
    await summaries.nth(1).waitFor({ timeout: 10_000 });
    await assertValue(summaries.nth(0), summaryOf(source));
    await assertValue(summaries.nth(1), summaryOf(german));
    // Shared fields are the source's: the German form has no box for them.
    assert.equal(await page.getByRole('spinbutton', { name: 'Order' }).count(), 1, 'one Order box, in the English form');
    await summaries.nth(1).fill('Verantwortet einen Service oder eine Domäne und entwirft die Systeme darin.');
    await save(page);

    // How you hire (content/hiring.yaml) and its translation (content/de/hiring.yaml), side by side too.
    await openEntry(page, '_singletons/entries/hiring');
    await germanBeside().click();
    await boxHolding(
      page,
      files['content/de/hiring.yaml']!.split('\n')
        .find((l) => l.startsWith('  - '))!
        .slice(4),
    );
    await page.goto(site.url('admin/#/collections/faqs'));

    // An FAQ not yet translated: its German form starts empty and is saved at the same path under content/de/.
    await openFromList(page, 'FAQs', faqQuestion, 'pay');
    await germanBeside().click();
    // The editor sets the language's name apart with Unicode isolates (U+2068, U+2069).
    await page.getByRole('button', { name: /^Enable \u2068?German\u2069?$/ }).click();
    const questions = page.getByRole('textbox', { name: 'Question' });
    await questions.nth(1).waitFor({ timeout: 10_000 });
    await assertValue(questions.nth(1), '');
    await questions.nth(1).fill('Wovon hängt das Gehalt ab?');
    await save(page);

    const saved = await savedContent(page, [...Object.keys(files), translatedFaq]);
    assert.deepEqual(
      changedLines(files, saved),
      [`${german}:${files[german]!.split('\n').indexOf(`summary: ${summaryOf(german)}`) + 1}: summary: ${summaryOf(german)} → summary: Verantwortet einen Service oder eine Domäne und entwirft die Systeme darin.`],
      'the English level, and every other file, are as they were',
    );
    assert.equal(saved[translatedFaq], '---\nquestion: Wovon hängt das Gehalt ab?\n---\n', 'the translated field alone: no shared field, no empty one');
    assert.deepEqual(problems.consoleErrors, []);
    for (const [name, text] of Object.entries(saved)) if (text !== files[name]) await project.write(name, text);
  });
  const check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 120_000 });
  assert.equal(check.status, 0, `npm run check passes on the translations the editor saved:\n${check.stdout}\n${check.stderr}`);
  assert.match(check.stdout + check.stderr, /what-drives-salary\.mdx[\s\S]*translatedFrom/, 'the check asks the new translation for its fingerprint');
});

const byFile = (order: string[]) => (a: string, b: string) => order.indexOf(a.split(':')[0]!) - order.indexOf(b.split(':')[0]!) || a.localeCompare(b, 'en', { numeric: true });

/**
 * The one form box (of a role) whose value is `value`. The editor draws fields as they scroll into
 * view, so the form is scrolled down until the box is there.
 */
async function boxHolding(page: Page, value: string, { role = 'textbox', label }: { role?: 'textbox' | 'spinbutton'; label?: string } = {}) {
  const boxes = page.getByRole(role);
  await page.mouse.move(300, 500); // over the form, which scrolls on its own
  for (let round = 0; ; round++) {
    const values = await boxes.evaluateAll((els) => els.map((e) => ({ value: (e as HTMLInputElement).value, label: document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() })));
    const matching = values.flatMap((v, i) => (v.value === value && (label === undefined || v.label === label) ? [i] : []));
    if (matching.length === 1) return boxes.nth(matching[0]!);
    if (round === 60) assert.fail(`one ${role} holds "${value}" (found ${matching.length} in ${JSON.stringify(values)})`);
    await page.mouse.wheel(0, 400);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function assertValue(box: ReturnType<Page['getByRole']>, expected: string) {
  await box.waitFor({ timeout: 10_000 });
  const deadline = Date.now() + 10_000;
  let value = await box.inputValue();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await box.inputValue();
  }
  assert.equal(value, expected);
}
