/**
 * The page `astro dev` shows instead of the handbook while the content has errors: the same
 * problems as `npm run check`, grouped by file, with no stack trace. It reloads by itself once the
 * file is fixed (src/browser/dev-status.ts).
 */
import { escapeHtml } from '../lib/html.ts';
import { visibleText } from './printable.ts';
import { groupByFile, shownProblem, type Problem } from './problem.ts';

export function reportPage(problems: readonly Problem[], base: string, statusScript: string): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const files = groupByFile(errors);
  const items = files
    .map(
      ({ file, problems: list }) =>
        `<section><h2><code>${escapeHtml(visibleText(file))}</code></h2><ul>${list
          // Shown as the terminal shows them: a bidirectional control in a quoted link would
          // reorder the page's own words, and a line break or NUL would hide what to fix.
          .map(shownProblem)
          .map((p) => {
            const where = p.line ? `<span class="line">line ${p.line}</span> ` : '';
            const field = p.field ? `<code>${escapeHtml(p.field)}</code> ` : '';
            return `<li>${where}${field}${escapeHtml(p.message)}${p.fix ? `<p class="fix">To fix: ${escapeHtml(p.fix)}</p>` : ''}</li>`;
          })
          .join('')}</ul></section>`,
    )
    .join('');
  const count = `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${files.length} ${files.length === 1 ? 'file' : 'files'}`;
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
li{margin:.5rem 0}.line{font-weight:600}.fix{margin:.1rem 0 0;color:#1d5c2e}.lead{color:#444}
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
