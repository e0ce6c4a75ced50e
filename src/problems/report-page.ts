/**
 * The page `astro dev` shows instead of the handbook while the content has errors: the same
 * problems as `npm run check`, grouped by file, with no stack trace. It reloads by itself once the
 * file is fixed (src/browser/dev-status.ts). Past listedInFull errors it shows their summary
 * (src/problems/summary.ts) and where the whole list is, as the terminal does.
 */
import { escapeHtml } from '../lib/html.ts';
import { visibleText } from './printable.ts';
import { groupByFile, listedWords, moreInFile, moreWords, plural, shownProblem, wholeListWords, type Problem } from './problem.ts';
import { listedInFull, summarise, type Counts } from './summary.ts';

/** A file's errors as a section of the page. */
function fileSection(file: string, list: readonly Problem[], more = ''): string {
  const items = list
    // Shown as the terminal shows them: a bidirectional control in a quoted link would
    // reorder the page's own words, and a line break or NUL would hide what to fix.
    .map(shownProblem)
    .map((p) => {
      const where = p.line ? `<span class="line">line ${p.line}</span> ` : '';
      const field = p.field ? `<code>${escapeHtml(p.field)}</code> ` : '';
      return `<li>${where}${field}${escapeHtml(p.message)}${p.fix ? `<p class="fix">To fix: ${escapeHtml(p.fix)}</p>` : ''}</li>`;
    })
    .join('');
  return `<section><h2><code>${escapeHtml(visibleText(file))}</code></h2><ul>${items}${more ? `<li>${escapeHtml(more)}</li>` : ''}</ul></section>`;
}

/** The counts and the first errors of a list too long for one page; the whole list is in the file the check wrote. */
function longList(errors: readonly Problem[], wholeList: string | undefined): string {
  const summary = summarise(errors);
  const counts = (heading: string, c: Counts, what: string) =>
    `<h2>${heading}</h2><ul class="counts">${c.named.map((t) => `<li><code>${escapeHtml(visibleText(t.name))}</code> ${t.errors.toLocaleString('en-US')}</li>`).join('')}${c.more ? `<li>${escapeHtml(moreWords(c.more.count, what))}: ${c.more.errors.toLocaleString('en-US')}</li>` : ''}</ul>`;
  const [listed] = summary.listed;
  const shown = listed ? listed.files.reduce((n, f) => n + f.problems.length, 0) : 0;
  return [
    `<p>Too many to show at once: the problems by rule, the files with the most, then the first ${shown.toLocaleString('en-US')}. ${wholeList === undefined ? escapeHtml(wholeListWords(wholeList)) : `The whole list, warnings too: <code>${escapeHtml(wholeList)}</code>`}</p>`,
    counts('Problems by rule', summary.rules, 'rule'),
    counts('Files with the most problems', summary.fileCounts, 'file'),
    `<h2>${escapeHtml(listedWords('error', shown, summary.errors))}</h2>`,
    ...(listed?.files ?? []).map(({ file, problems, inFile }) => fileSection(file, problems, inFile > problems.length ? moreInFile('error', inFile - problems.length) : '')),
  ].join('\n');
}

/** `wholeList` is where the check wrote every problem, warnings too, if it could. */
export function reportPage(problems: readonly Problem[], base: string, statusScript: string, wholeList?: string): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const files = groupByFile(errors);
  const items = errors.length > listedInFull ? longList(errors, wholeList) : files.map(({ file, problems: list }) => fileSection(file, list)).join('');
  const count = `${plural(errors.length, 'problem')} in ${plural(files.length, 'file')}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fix the content to see the handbook</title>
<script type="module" src="${escapeHtml(base)}@vite/client"></script>
<script type="module" src="${escapeHtml(base)}@fs${escapeHtml(statusScript)}"></script>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.5rem}h2{font-size:1rem;margin:1.5rem 0 .25rem}code{font-size:.95em}
li{margin:.5rem 0}.line{font-weight:600}.fix{margin:.1rem 0 0;color:#1d5c2e}.lead{color:#444}.counts li{margin:.1rem 0}
</style>
</head>
<body>
<main data-rolebook-report>
<h1>The handbook cannot be shown until the content is fixed</h1>
<p class="lead">${count}. Fix each one in its file and save: this page reloads by itself.</p>
${items}
</main>
</body>
</html>
`;
}
