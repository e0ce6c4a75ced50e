/**
 * npm run check: validates every content file without rendering pages, prints all problems one
 * per line (past 200, the counts and the first 200: src/problems/summary.ts), and exits non-zero
 * when any is an error. It never writes to content/: what it found in each file is kept in
 * node_modules/.cache/rolebook/ so an unchanged file is not checked again
 * (src/integrity/files/cache.ts), and every problem is written to the whole list there
 * (src/problems/whole-list.ts); deleting that folder clears both.
 * `npm run check -- --report` adds the health report of every role and level.
 * `npm run check -- --github` (automatic on GitHub Actions) also prints GitHub annotations, as many
 * as GitHub shows, and appends a summary to $GITHUB_STEP_SUMMARY when it is set (src/problems/github.ts).
 */
import { appendFile } from 'node:fs/promises';
import { healthReport } from '../src/integrity/health.ts';
import { checkHandbook } from '../src/integrity/index.ts';
import { checkOutput, githubSummary } from '../src/problems/github.ts';
import { inertLine } from '../src/problems/printable.ts';
import { countBySeverity } from '../src/problems/problem.ts';
import { writeWholeList } from '../src/problems/whole-list.ts';

const root = process.cwd();
try {
  const { content, problems } = await checkHandbook(root, undefined, { cache: true });
  const github = process.argv.includes('--github') || process.env['GITHUB_ACTIONS'] === 'true';
  const health = process.argv.includes('--report') ? healthReport(content, problems) : undefined;
  const wholeList = await writeWholeList(root, problems);
  console.log(checkOutput(problems, { github, health, wholeList }));
  if (github) {
    const summary = process.env['GITHUB_STEP_SUMMARY'];
    if (summary) await appendFile(summary, githubSummary(problems));
  }
  process.exitCode = countBySeverity(problems).errors > 0 ? 1 : 0;
} catch (error) {
  // A bug in the checker itself, not in the content: say so plainly rather than blame the editor.
  // Its message may quote the file it was reading, so it is printed as content is.
  console.error(inertLine(`The content check itself failed: ${error instanceof Error ? error.message : String(error)}`));
  console.error('This is a bug in Rolebook, not in your content. Please report it with the line above.');
  process.exitCode = 2;
}
