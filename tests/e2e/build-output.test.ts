/**
 * `npm run build` of the handbook prints no warning but the content check's report: a warning from
 * Vite or Astro means nothing to an editor, who cannot tell it from a problem of theirs, so it is
 * Rolebook's to fix (tests/quality/build-output.ts says what counts as one).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';
import { buildWarnings } from '../quality/build-output.ts';

let project: ProjectCopy;
let output: string;
before(async () => {
  project = await copyProject();
  const build = spawnSync('npm', ['run', 'build'], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  output = `${build.stdout}\n${build.stderr}`;
  assert.equal(build.status, 0, output);
});
after(() => project?.remove());

test("the build prints no warning besides the content check's report", () => {
  // The whole of the build's output was read: its last line of Rolebook's own (the search index,
  // src/search/index-site.ts), not Astro's wording, says so. Astro colours its output where it
  // believes a terminal or CI reads it.
  assert.match(stripVTControlCharacters(output), /^search index: \d+ of \d+ pages/m, 'the build ran to its end');
  assert.deepEqual(buildWarnings(output), []);
});
