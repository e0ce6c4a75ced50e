/**
 * npm run kits: writes every published level's interview kit as files apart from the site, for a
 * private place: Markdown, a CSV for applicant-tracking systems, and an HTML page to print (A4 or
 * US Letter). Kits hold the questions and what to listen for, which candidates must not rehearse,
 * so the site never publishes them unless content/site.yaml says interviewKits: public.
 *
 *   npm run kits                    writes kits/<role>/<level>.md, .csv and .html
 *   npm run kits -- --out <folder>  writes them there instead
 *
 * It writes only into a folder it made itself (it leaves a marker file there), so it never
 * overwrites or deletes files of anyone else's; and only when the content check finds no errors.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { kitCopy, kitCsv, kitHtml, kitMarkdown } from '../src/handbook/views/kit.ts';
import { kitFor } from '../src/handbook/kits.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { checkHandbook } from '../src/integrity/index.ts';
import { formatReport, countBySeverity } from '../src/problems/problem.ts';
import { writeWholeList } from '../src/problems/whole-list.ts';

const marker = '.rolebook-kits';
const root = process.cwd();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({ options: { out: { type: 'string', default: 'kits' } }, strict: true });
  } catch (error) {
    return fail(`${(error as Error).message}\nUsage: npm run kits [-- --out <folder>]`);
  }
})();
const out = path.resolve(root, values.out);

const { content, problems } = await checkHandbook(root, undefined, { cache: true });
// Every check leaves its whole list, so none outlives the problems it names.
const wholeList = await writeWholeList(root, problems);
if (countBySeverity(problems).errors > 0) fail(`${formatReport(problems, wholeList)}\nThe content has errors, so no kits were written. Fix them (npm run check lists them) and run npm run kits again.`);
const h = content.handbook;
if (!h) fail('The settings files have errors, so no kits were written: npm run check names them.');
if (h.site.interviewKits === 'off') fail('content/site.yaml says interviewKits: off, so there are no kits to write. Set it to internal (or public) to make them.');

if (existsSync(out)) {
  if (!existsSync(path.join(out, marker))) fail(`${values.out} exists and was not written by npm run kits, so nothing in it is touched. Move it away, or write the kits elsewhere: npm run kits -- --out <folder>`);
  await rm(out, { recursive: true });
}
await mkdir(out, { recursive: true });
await writeFile(path.join(out, marker), 'Written by npm run kits: the whole folder is replaced the next time it runs.\n');

const style = await readFile(path.join(import.meta.dirname, '../src/styles/kit.css'), 'utf8');
const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="${escapeHtml(h.site.locale)}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="robots" content="noindex">\n<title>${escapeHtml(title)}</title>\n<style>\nbody { font: 11pt/1.45 system-ui, sans-serif; max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; color: #000; background: #fff; }\n${style}</style>\n</head>\n<body>\n${body}</body>\n</html>\n`;

const levels = h.levels.filter((l) => !l.draft);
for (const level of levels) {
  const copy = kitCopy(kitFor(level, h), h);
  const base = path.join(out, level.role.id, level.slug);
  await mkdir(path.dirname(base), { recursive: true });
  await writeFile(`${base}.md`, kitMarkdown(copy));
  await writeFile(`${base}.csv`, kitCsv(copy));
  await writeFile(`${base}.html`, page(copy.title, kitHtml(copy)));
}
const index = levels.map((l) => `<li><a href="${escapeHtml(`${l.role.id}/${l.slug}.html`)}">${escapeHtml(l.data.title)}</a> (<a href="${escapeHtml(`${l.role.id}/${l.slug}.md`)}">Markdown</a>, <a href="${escapeHtml(`${l.role.id}/${l.slug}.csv`)}">CSV</a>)</li>`).join('\n');
await writeFile(path.join(out, 'index.html'), page(`Interview kits: ${h.site.company.name}`, `<h1>Interview kits</h1>\n<p>For interviewers only: keep these files where candidates cannot read them.</p>\n<ul>\n${index}\n</ul>\n`));
console.log(`${levels.length} interview kits in ${path.relative(root, out) || out}/: open index.html to print one, or import a .csv into your applicant-tracking system. Keep them private: they hold the questions.`);
