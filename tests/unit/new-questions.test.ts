/**
 * The questions of `npm run new`, answered as an editor types at them: keys go into the prompts'
 * input and what they print is read back, on the fixture handbook. Each test asserts the request
 * the answers make and the exact words of every refusal the editor sees on the way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { ask } from '../../scripts/lib/new-questions.ts';
import { readContent } from '../../src/reader/content.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { fixture } from './check-fixture.ts';

const { content } = await readContent(fixture, await readSettings(fixture));
const texts = (file: string) => readFileSync(path.join(fixture, file), 'utf8');
/** The fixture's pay table with two grades above its two, so a level fits above Senior. */
const [g1, g2] = content.pay!.grades;
const roomy = { ...content, pay: { ...content.pay!, grades: [g1!, g2!, { ...g2!, id: 'g3', name: 'G3 · Staff' }, { ...g2!, id: 'g4', name: 'G4 · Principal' }] } };

const keys = { enter: '\r', up: '\x1b[A', down: '\x1b[B', backspace: '\x7f', escape: '\x1b' };
const erase = (n: number) => keys.backspace.repeat(n);

/**
 * A terminal to answer in. `when(text, typed)` waits until the prompts print `text` (after what an
 * earlier `when` waited for) and types `typed`; `lines()` is everything printed, one trimmed line each.
 */
function terminal() {
  const input = new PassThrough();
  // Wide enough that no message is wrapped onto two lines.
  const output = Object.assign(new PassThrough(), { columns: 500 });
  let shown = '';
  output.on('data', (chunk: Buffer) => (shown += stripVTControlCharacters(chunk.toString())));
  let seen = 0;
  const when = async (text: string, typed: string) => {
    for (let at = shown.indexOf(text, seen); ; at = shown.indexOf(text, seen)) {
      if (at >= 0) {
        seen = at + text.length;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    input.write(typed);
  };
  const lines = () => shown.split('\n').map((l) => l.replace(/^[│◇◆▲■└┌]\s*/, '').trim());
  return { io: { input, output }, when, lines };
}

test('a level: the place, titles and grade are suggested as answers, and a grade that does not fit is refused at once, keeping the others', { timeout: 20_000 }, async () => {
  const t = terminal();
  const asked = ask(roomy, texts, t.io);
  await t.when('What do you want to add?', keys.down + keys.enter);
  await t.when('Which role is the level of?', keys.enter);
  // Enter on nothing is refused where a name is needed, with what to write.
  await t.when('File name of the level, such as senior or intermediate', keys.enter);
  await t.when('Write a file name, such as senior', `staff${keys.enter}`);
  await t.when('Where does it go on the ladder?', keys.enter);
  await t.when('Staff', keys.enter);
  await t.when('Staff Data Engineer', keys.enter);
  // The suggested grade is the one named like the level; the grade below Senior's does not fit.
  await t.when('Grade, from content/pay.yaml. Suggested: G3 · Staff, named like the level.', keys.up + keys.enter);
  await t.when('Grade g2 is not above g2, the grade of Senior below it. Choose another grade, or press Escape and start again to place the level elsewhere.', '');
  await t.when('Grade, from content/pay.yaml.', keys.down + keys.enter);
  // G4 fits too: it is chosen, so it is named in the request.
  assert.deepEqual(await asked, { kind: 'level', name: 'data-engineer/staff', after: 'senior', shortTitle: 'Staff', title: 'Staff Data Engineer', grade: 'g4' });
  assert.ok(t.lines().includes('● G3 · Staff (suggested)'), 'the suggested grade is the one selected');
});

test("a level: a short title typed in place of the suggestion makes the job title's suggestion, and the suggested grade is kept unnamed", { timeout: 20_000 }, async () => {
  const t = terminal();
  const asked = ask(roomy, texts, t.io);
  await t.when('What do you want to add?', keys.down + keys.enter);
  await t.when('Which role is the level of?', keys.enter);
  await t.when('File name of the level', `principal${keys.enter}`);
  await t.when('Where does it go on the ladder?', keys.enter);
  // An emptied answer is refused, never written.
  await t.when('Principal', erase('Principal'.length) + keys.enter);
  await t.when('Write the short title, such as Senior', `Lead${keys.enter}`);
  await t.when('Lead Data Engineer', keys.enter);
  await t.when('Grade, from content/pay.yaml. Suggested: G4 · Principal, named like the level.', keys.enter);
  assert.deepEqual(await asked, { kind: 'level', name: 'data-engineer/principal', after: 'senior', shortTitle: 'Lead', title: 'Lead Data Engineer' });
});

test('a level where no grade fits the place chosen: the place is asked again, with why', { timeout: 20_000 }, async () => {
  const t = terminal();
  const asked = ask(content, texts, t.io);
  await t.when('What do you want to add?', keys.down + keys.enter);
  await t.when('Which role is the level of?', keys.enter);
  await t.when('File name of the level', `mid${keys.enter}`);
  await t.when('Where does it go on the ladder?', keys.up + keys.enter);
  await t.when('Content/pay.yaml has no grade between g1 and g2, the grades of Junior and Senior around it. Choose another place.', '');
  await t.when('Where does it go on the ladder?', keys.down + keys.enter);
  await t.when('Senior (g2) already has the top grade of content/pay.yaml, so nothing above it can pay more. Choose another place.', '');
  await t.when('Where does it go on the ladder?', keys.escape);
  assert.equal(await asked, undefined);
  assert.equal(t.lines().filter(Boolean).at(-1), 'Nothing was written.');
});

test('a role: the title is needed, the file name suggested from it, and a name already taken is refused as it is given', { timeout: 20_000 }, async () => {
  const t = terminal();
  const asked = ask(content, texts, t.io);
  await t.when('What do you want to add?', keys.enter);
  await t.when('Role title, such as Data Engineer', keys.enter);
  await t.when('Write the title, such as Data Engineer', `Data Engineer${keys.enter}`);
  await t.when('data-engineer', keys.enter);
  await t.when('the role data-engineer already exists (content/roles/data-engineer.mdx); choose another name, or add a level to it with npm run new -- level data-engineer/<level>', `${erase('engineer'.length)}platform${keys.enter}`);
  assert.deepEqual(await asked, { kind: 'role', name: 'data-platform', title: 'Data Engineer' });
});

test('a question: its folder and audience are suggested from the questions already there', { timeout: 20_000 }, async () => {
  const t = terminal();
  const asked = ask(content, texts, t.io);
  await t.when('What do you want to add?', keys.down + keys.down + keys.enter);
  await t.when('Topic folder (pay, or a new one)', keys.enter);
  await t.when('The question, as a reader would ask it', `When are raises decided?${keys.enter}`);
  await t.when('when-are-raises-decided', keys.enter);
  await t.when('Who asks it?', keys.enter);
  assert.deepEqual(await asked, { kind: 'faq', name: 'pay/when-are-raises-decided', question: 'When are raises decided?', audience: ['employee'] });
});

test('an opening: an application address that is neither a web form nor an inbox is refused at once', { timeout: 20_000 }, async () => {
  const t = terminal();
  const asked = ask(content, texts, t.io);
  await t.when('What do you want to add?', keys.up + keys.enter);
  await t.when('Which level do you hire for?', keys.enter);
  await t.when('data-engineer-junior', keys.enter);
  await t.when('Where do candidates apply?', `jobs@example.com${keys.enter}`);
  await t.when('"jobs@example.com" is neither an https: address nor a mailto: address; give the application form (https://…) or an inbox (mailto:jobs@example.com)', `${erase(16)}mailto:jobs@example.com${keys.enter}`);
  assert.deepEqual(await asked, { kind: 'opening', name: 'data-engineer-junior', level: 'data-engineer/junior', applyUrl: 'mailto:jobs@example.com' });
});
