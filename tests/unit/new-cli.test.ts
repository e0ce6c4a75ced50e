/**
 * `npm run new` on a copy of the fixture handbook, with no terminal to ask in: what it writes is
 * drafts that pass the check with only TODO warnings, and pass with no problem at all once every
 * TODO is replaced and they are published. The command runs in this process (scripts/lib/new-command.ts),
 * and as an editor's script runs it, a child process with stdin closed and CI=true, where what the
 * process adds matters: its exit code, its two streams, and never waiting for input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runNew } from '../../scripts/lib/new-command.ts';
import { checkHandbook } from '../../src/integrity/index.ts';
import { formatProblem } from '../../src/problems/problem.ts';
import { fixture } from './check-fixture.ts';

const script = path.resolve(import.meta.dirname, '../../scripts/new.ts');

/** Runs `body` on a fresh copy of the fixture handbook, removed afterwards. */
async function withHandbook(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-new-'));
  try {
    await cp(fixture, dir, { recursive: true });
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The command in this process, its output as the script would print it. */
async function run(dir: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runNew({ root: dir, argv, interactive: false, out: (text) => (stdout += `${text}\n`), err: (text) => (stderr += `${text}\n`) });
  return { status, stdout, stderr };
}

/** The script itself, as an editor's terminal or CI starts it. */
function runScript(dir: string, ...args: string[]) {
  // A hang (waiting for input that never comes) ends at the timeout with status null, failing the test.
  const result = spawnSync(process.execPath, [script, ...args], { cwd: dir, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function check(dir: string) {
  const { content, problems } = await checkHandbook(dir);
  return { content, lines: problems.map((p) => `${p.severity}: ${formatProblem(p)}`) };
}

/** "warning: <file>:<line>: <field> still says …" as "<file> <field>", the body as "<file> (text)". */
const todoOf = (line: string) => {
  const match = /^warning: ([^:]+):\d+: (?:the text below the fields still says|(.+?) still says) "/.exec(line);
  return match ? `${match[1]} ${match[2] ?? '(text)'}` : `not a TODO warning: ${line}`;
};

const role = 'content/roles/platform-engineer.mdx';
const junior = 'content/levels/platform-engineer/junior.mdx';
const senior = 'content/levels/platform-engineer/senior.mdx';
const faq = 'content/faqs/pay/how-are-bands-set.mdx';
const opening = 'content/openings/platform-berlin.mdx';
const levelTodos = (file: string, ladderField: string) =>
  [
    'summary',
    'scope',
    'item 1 of responsibilities',
    'item 2 of responsibilities',
    'item 3 of responsibilities',
    'item 1 of requirements',
    'item 2 of requirements',
    // The fixture's only role uses one competency area, Technical depth: a new role's first level takes it.
    'competency "Technical depth", expectation',
    ladderField,
    '(text)',
  ].map((field) => `${file} ${field}`);

const draftNote = '  It is a draft: it shows in npm run dev with a banner and is left out of the published site until you change status: draft to status: published.';

test('a role, two levels, a question and an opening: drafts with no errors, exactly the TODOs, and none once they are written and published', () =>
  withHandbook(async (dir) => {
    const role_ = runScript(dir, 'role', 'platform-engineer', '--title', 'Platform Engineer');
    assert.equal(role_.stdout, [`Created ${role}`, '  Platform Engineer, in the family Engineering.', draftNote, 'Next: give the role its first level with npm run new -- level platform-engineer/<level>, then fill in the TODOs and run npm run check.', ''].join('\n'));
    for (const args of [
      ['level', 'platform-engineer/junior'],
      ['level', 'platform-engineer/senior'],
      ['faq', 'pay/how-are-bands-set', '--question', 'How are pay bands set?'],
      ['opening', 'platform-berlin', '--level', 'platform-engineer/senior'],
    ]) {
      const result = await run(dir, ...args);
      assert.equal(result.status, 0, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stdout, /^Created content\//);
      assert.match(result.stdout, /Next: .*npm run check\.\n$/);
    }
    const { content, lines } = await check(dir);
    assert.deepEqual(
      lines.map(todoOf).sort(),
      [
        ...[
          'summary',
          'item 1 of responsibilities',
          'item 2 of responsibilities',
          'item 3 of responsibilities',
          'item 1 of requirements',
          'item 2 of requirements',
          'item 3 of requirements',
          'skill group 1, group',
          'skill group "TODO: name a group of skills, such as...", item 1 of items',
          '(text)',
        ].map((f) => `${role} ${f}`),
        ...levelTodos(junior, 'item 1 of toReachNext'),
        ...levelTodos(senior, 'item 1 of changesFromPrevious'),
        `${faq} (text)`,
        `${opening} applyUrl`,
        `${opening} (text)`,
      ].sort(),
    );

    const level = (id: string) => content.levels.find((l) => l.id === id)!.data;
    const [j, s] = [level('platform-engineer/junior'), level('platform-engineer/senior')];
    assert.deepEqual([j.order, j.grade, j.track, j.shortTitle, j.title], [1, 'g1', 'ic', 'Junior', 'Junior Platform Engineer']);
    assert.deepEqual([s.order, s.grade, s.track, s.shortTitle, s.title], [2, 'g2', 'ic', 'Senior', 'Senior Platform Engineer']);
    assert.equal(j.changesFromPrevious, undefined, 'the first level has no changesFromPrevious');
    assert.deepEqual(j.toReachNext, ['TODO: what it takes to reach Senior.'], 'the old top gained toReachNext when Senior went above it');
    assert.deepEqual(s.changesFromPrevious, ['TODO: what changes from Junior to Senior.']);
    assert.equal(s.toReachNext, undefined, 'the top level has no toReachNext');
    assert.deepEqual(content.faqs.find((f) => f.id === 'pay/how-are-bands-set')!.data.question, 'How are pay bands set?');

    // Published with a TODO left, a file is an error at the TODO's line.
    const publish = async (file: string, edit: (text: string) => string = (t) => t) => {
      const full = path.join(dir, file);
      await writeFile(full, edit(await readFile(full, 'utf8')).replace(/^status: draft$/m, 'status: published'));
    };
    await publish(faq);
    assert.deepEqual(
      (await check(dir)).lines.filter((l) => l.includes(faq)),
      [`error: ${faq}:10: the text below the fields still says "TODO: answer the question in a few short paragraphs, in t...", and the file is published; write the text in place of the TODO, or keep the file a draft (status: draft) until it is written.`],
    );

    // The editor writes every TODO and publishes: then the handbook has no problem at all.
    for (const file of [role, junior, senior, faq, opening]) {
      await publish(file, (text) =>
        text
          .replace(/"TODO:[^"]*"/g, '"Works with the team on the plans they share."')
          .replace(/https:\/\/TODO\.example\/\S+/, 'https://jobs.example.com/platform-berlin')
          .replace(/^TODO:.*$/m, 'Text the editor wrote about the work.'),
      );
    }
    assert.deepEqual((await check(dir)).lines, []);
    const published = (await check(dir)).content;
    assert.deepEqual(
      [...published.roles, ...published.levels, ...published.faqs, ...published.openings].filter((e) => e.data.status === 'draft').map((e) => e.id),
      [],
    );
  }));

test('a level added below the first one becomes order 1; the levels above move up one, and the old first, published, gets a reminder instead of a TODO', () =>
  withHandbook(async (dir) => {
    // A grade below the fixture's lowest, so there is room for a level under Junior.
    const pay = path.join(dir, 'content/pay.yaml');
    await writeFile(pay, (await readFile(pay, 'utf8')).replace('grades:\n', 'grades:\n  - id: g0\n    name: G0 · Trainee\n    summary: Learns the basics.\n    bands:\n      europe: { min: 30000, max: 42000 }\n      uk: { min: 26000, max: 36000 }\n'));
    const [juniorFile, seniorFile] = ['content/levels/data-engineer/junior.mdx', 'content/levels/data-engineer/senior.mdx'];
    const juniorBefore = await readFile(path.join(dir, juniorFile), 'utf8');
    const seniorBefore = await readFile(path.join(dir, seniorFile), 'utf8');
    const result = await run(dir, 'level', 'data-engineer/intern', '--before', 'junior');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        'Created content/levels/data-engineer/intern.mdx',
        '  Intern Data Engineer (short title Intern): order 1 on the ic ladder, below Junior, grade g0 (G0 · Trainee), one below Junior (g1), the level above it, as no grade and no level of another role is named Intern.',
        draftNote,
        `Updated ${juniorFile}: order 1 → 2`,
        `Updated ${seniorFile}: order 2 → 3`,
        `${juniorFile} is published, so npm run new added no TODO to it: before you publish Intern, give it changesFromPrevious, what changes from Intern to Junior.`,
        'Next: fill in the TODOs, then run npm run check.',
        '',
      ].join('\n'),
    );
    // Every other byte of the existing files is as it was.
    assert.equal(await readFile(path.join(dir, juniorFile), 'utf8'), juniorBefore.replace('order: 1\n', 'order: 2\n'));
    assert.equal(await readFile(path.join(dir, seniorFile), 'utf8'), seniorBefore.replace('order: 2\n', 'order: 3\n'));

    const { content, lines } = await check(dir);
    assert.deepEqual(
      lines.filter((l) => !l.includes('still says "TODO')),
      [`warning: ${juniorFile}: changesFromPrevious is missing; add a list of what changes from Intern to Junior.`],
    );
    const ladder = content.levels.filter((l) => l.data.role.id === 'data-engineer').sort((a, b) => a.data.order - b.data.order);
    assert.deepEqual(
      ladder.map((l) => [l.id, l.data.order, l.data.grade, !!l.data.changesFromPrevious, !!l.data.toReachNext]),
      [
        ['data-engineer/intern', 1, 'g0', false, true],
        ['data-engineer/junior', 2, 'g1', false, true],
        ['data-engineer/senior', 3, 'g2', true, false],
      ],
    );
  }));

test('a grade that would not rise along the ladder is refused, and nothing is written', () =>
  withHandbook(async (dir) => {
    const file = 'content/levels/data-engineer/junior.mdx';
    const before = await readFile(path.join(dir, file), 'utf8');
    assert.equal((await run(dir, 'level', 'data-engineer/intern', '--before', 'junior')).stderr, 'npm run new: Junior (g1) has the lowest grade of content/pay.yaml, so nothing below it can pay less; add a grade to content/pay.yaml, or place the level higher with --after.\n');
    const result = await run(dir, 'level', 'data-engineer/associate', '--after', 'junior', '--grade', 'g2');
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'npm run new: grade g2 is not below g2, the grade of Senior above it; choose a grade between with --grade, or place the level elsewhere with --after or --before.\n');
    assert.equal(await readFile(path.join(dir, file), 'utf8'), before);
    assert.deepEqual((await check(dir)).lines, []);
  }));

test('creating what exists fails and leaves the file byte for byte', () =>
  withHandbook(async (dir) => {
    for (const [args, file, message] of [
      [['role', 'data-engineer'], 'content/roles/data-engineer.mdx', 'the role data-engineer already exists (content/roles/data-engineer.mdx); choose another name, or add a level to it with npm run new -- level data-engineer/<level>'],
      [['level', 'data-engineer/senior'], 'content/levels/data-engineer/senior.mdx', 'the level data-engineer/senior already exists (content/levels/data-engineer/senior.mdx); choose another name'],
      [['faq', 'pay/bands'], 'content/faqs/pay/bands.mdx', 'the question pay/bands already exists (content/faqs/pay/bands.mdx); choose another name'],
      [['opening', 'senior-data-berlin', '--level', 'data-engineer/senior'], 'content/openings/senior-data-berlin.mdx', 'the opening senior-data-berlin already exists (content/openings/senior-data-berlin.mdx); choose another name'],
    ] as const) {
      const before = await readFile(path.join(dir, file));
      const result = await run(dir, ...args);
      assert.equal(result.status, 1);
      assert.equal(result.stderr, `npm run new: ${message}.\n`);
      assert.equal(result.stdout, '');
      assert.deepEqual(await readFile(path.join(dir, file)), before);
    }
  }));

test('without arguments and without a terminal it fails at once with the usage, and so does an incomplete command', () =>
  withHandbook(async (dir) => {
    const none = runScript(dir);
    assert.equal(none.status, 1);
    assert.match(none.stderr, /^npm run new: nothing to create \(and no terminal to ask in\)\.\n\nUsage: npm run new -- <what> <name> \[options\]\n/);
    assert.match(none.stderr, /npm run new -- level <role>\/<level> /);
    const noName = await run(dir, 'level');
    assert.equal(noName.status, 1);
    assert.match(noName.stderr, /^npm run new: give the level a name, such as data-engineer\/senior\.\n\nUsage:/);
    const help = await run(dir, '--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: npm run new/);
  }));

test("bad input is one line naming the fix, and writes nothing (the plan's own tests cover every refusal)", () =>
  withHandbook(async (dir) => {
    const cases: [string[], string][] = [
      [['role', 'Data_Engineer'], '"Data_Engineer" cannot be the name of a role: use lowercase letters, digits and single hyphens, such as data-engineer'],
      [['level', 'data-engineeer/staff'], 'there is no role "data-engineeer" (did you mean data-engineer?); create it first with npm run new -- role data-engineeer'],
      [['level', 'data-engineer/staff', '--grade', 'g9'], 'there is no grade "g9" (did you mean g1?); use a grade of content/pay.yaml: g1, g2'],
      [['opening', 'data-berlin', '--level', 'data-engineer/staff'], 'there is no level "data-engineer/staff" (did you mean data-engineer/senior?); name an existing level as <role>/<level>, or create it first with npm run new -- level'],
      [['role', 'x', '--titel', 'X'], '"--titel" is not an option of npm run new (did you mean --title?)'],
      [['job', 'x'], '"job" is not something npm run new creates; use role, level, faq or opening'],
    ];
    for (const [args, message] of cases) {
      const result = await run(dir, ...args);
      assert.equal(result.status, 1, args.join(' '));
      assert.equal(result.stderr.split('\n')[0], `npm run new: ${message}.`, args.join(' '));
    }
    assert.deepEqual((await check(dir)).lines, [], 'nothing was written');
  }));

test("a neighbour whose fields the reader cannot find is named with the reader's message, and nothing is written", () =>
  withHandbook(async (dir) => {
    // The closing line has a space after its dashes and the body has a rule of three dashes: a looser
    // split would add the new level's toReachNext below the rule, into the page's text.
    const senior = path.join(dir, 'content/levels/data-engineer/senior.mdx');
    await writeFile(senior, (await readFile(senior, 'utf8')).replace(/---\n$/, '--- \n\nText.\n\n---\n\nMore text.\n'));
    const files = async () => {
      const names = (await readdir(path.join(dir, 'content'), { recursive: true })).sort();
      return Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, 'content', name)).catch(() => 'folder')]));
    };
    const before = await files();
    const result = await run(dir, 'level', 'data-engineer/staff');
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      'npm run new: content/levels/data-engineer/senior.mdx:24: has spaces after the three dashes that end the fields; delete them, so that the line is exactly ---. Until that is fixed the ladder of data-engineer cannot be worked out, so nothing was changed.\n',
    );
    assert.equal(result.stdout, '');
    assert.deepEqual(await files(), before);
  }));
