/**
 * npm run check: validates every content file without rendering pages, prints all problems one
 * per line, and exits non-zero when any is an error. It never writes to content/: what it found in
 * each file is kept in node_modules/.cache/rolebook/ so an unchanged file is not checked again
 * (src/integrity/files/cache.ts); deleting that folder clears it.
 * `npm run check -- --report` adds the health report of every role and level.
 * `npm run check -- --github` (automatic on GitHub Actions) also prints one GitHub annotation per
 * problem and appends a summary to $GITHUB_STEP_SUMMARY when it is set (src/problems/github.ts).
 */
import { appendFile } from 'node:fs/promises';
import { healthReport } from '../src/integrity/health.ts';
import { checkHandbook } from '../src/integrity/index.ts';
import { githubAnnotations, githubSummary } from '../src/problems/github.ts';
import { countBySeverity, formatReport } from '../src/problems/problem.ts';

const root = process.cwd();
try {
  const { content, problems } = await checkHandbook(root, undefined, undefined, { cache: true });
  if (process.argv.includes('--report')) console.log(`${healthReport(content, problems)}\n`);
  console.log(formatReport(problems));
  if (process.argv.includes('--github') || process.env['GITHUB_ACTIONS'] === 'true') {
    const annotations = githubAnnotations(problems);
    if (annotations.length) console.log(`\n${annotations.join('\n')}`);
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary) await appendFile(summary, githubSummary(problems));
  }
  process.exitCode = countBySeverity(problems).errors > 0 ? 1 : 0;
} catch (error) {
  // A bug in the checker itself, not in the content: say so plainly rather than blame the editor.
  console.error(`The content check itself failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('This is a bug in Rolebook, not in your content. Please report it with the line above.');
  process.exitCode = 2;
}
