/**
 * Job-ad checks: coded wording, sentence length, pay transparency, deliberate uses and the health
 * report, each failing on an edit of the fixture handbook with its exact message (the unedited
 * fixture, which passes, is the passing case).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { balanceOf, feminineIn, masculineCoded, masculineIn, neutralAlternatives } from '../../src/integrity/coded-words.ts';
import { healthReport } from '../../src/integrity/health.ts';
import { checkHandbook } from '../../src/integrity/index.ts';
import { readSettings } from '../../src/reader/settings.ts';
import { checkWith, fixture, replace } from './check-fixture.ts';

const senior = 'content/levels/data-engineer/senior.mdx';
const hiring = 'content/hiring.yaml';
const pay = 'content/pay.yaml';
const body = (text: string) => (old: string) => `${old.trimEnd()}\n\n${text}\n`;
const bodyLine = async () => (await readFile(path.join(fixture, senior), 'utf8')).trimEnd().split('\n').length + 2;

test('the sentence an editor pasted is reported word by word, against its file and line', async () => {
  const line = await bodyLine();
  const problems = await checkWith({ [senior]: body('We want a rockstar ninja who can crush it. He must be aggressive, dominant and a digital native.') });
  const at = `${senior}:${line}:`;
  assert.deepEqual(
    problems.filter((p) => !p.includes(at)),
    [],
    'every problem is on that line',
  );
  for (const word of ['rockstar', 'ninja', 'crush it', 'He', 'aggressive', 'dominant', 'digital native']) {
    assert.ok(
      problems.some((p) => p.includes(`uses "${word}"`)),
      `reports "${word}": ${problems.join('\n')}`,
    );
  }
  assert.ok(problems.includes(`warning: ${at} uses "aggressive", a masculine-coded word that makes an ad less appealing to many women; try "proactive" or "quick to act", or allow it with a reason in content/hiring.yaml (adChecks.allow).`));
  assert.ok(problems.includes(`warning: ${at} uses "dominant", a masculine-coded word that makes an ad less appealing to many women; try "well known" or "widely used", or allow it with a reason in content/hiring.yaml (adChecks.allow).`));
});

test('every masculine-coded word has a neutral alternative, itself not masculine-coded, and its warning gives it', async () => {
  assert.deepEqual(Object.keys(neutralAlternatives).sort(), [...masculineCoded].sort());
  for (const [stem, alternative] of Object.entries(neutralAlternatives)) {
    assert.deepEqual(
      masculineIn(alternative).map((w) => w.word),
      [],
      `the alternative to ${stem}: ${alternative}`,
    );
  }
  const line = await bodyLine();
  assert.deepEqual(await checkWith({ [senior]: body('An adventurous, analytical engineer.') }), [
    `warning: ${senior}:${line}: uses "adventurous", a masculine-coded word that makes an ad less appealing to many women; try "curious" or "open to new things", or allow it with a reason in content/hiring.yaml (adChecks.allow).`,
    `warning: ${senior}:${line}: uses "analytical", a masculine-coded word that makes an ad less appealing to many women; try "examine", "look into" or "make sense of", or allow it with a reason in content/hiring.yaml (adChecks.allow).`,
  ]);
});

test('a coded word allowed in content/hiring.yaml, or waived on its line with a reason, is not reported', async () => {
  assert.deepEqual(await checkWith({ [senior]: body('We back ambitious plans.'), [hiring]: (t) => `${t}    - word: ambitio*\n      reason: Our plans are ambitious; people need not be.\n` }), []);
  assert.deepEqual(await checkWith({ [senior]: body('We back ambitious plans. {/* rolebook-allow: plans, not people */}') }), []);
});

test("a sentence longer than the site allows is a warning; the threshold is the site's", async () => {
  const line = await bodyLine();
  const long = `${Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')}.`;
  assert.deepEqual(await checkWith({ [senior]: body(long) }), [`warning: ${senior}:${line}: has a sentence of 40 words, longer than the 35 readers follow easily; split it into two sentences.`]);
  assert.deepEqual(await checkWith({ [senior]: body(long), [hiring]: (t) => t.replace('adChecks:\n', 'adChecks:\n  maxSentenceWords: 45\n') }), []);
});

test('hiring defaults open where no pay zone gives a range break the rangeOnEveryAd rule once, at their line', async () => {
  const line = (await readFile(path.join(fixture, hiring), 'utf8')).split('\n').findIndex((l) => l.startsWith('remoteCountries:')) + 1;
  assert.deepEqual(await checkWith({ [hiring]: replace('remoteCountries: [DE, FR, GB]', 'remoteCountries: [DE, FR, GB, CA]') }), [
    `error: ${hiring}:${line}: remoteCountries opens every job ad to CA, where no pay zone gives it a range; the rule rangeOnEveryAd asks every ad to show a pay range where it is open: add those countries to a zone in content/pay.yaml, or take them out here.`,
  ]);
});

test("a level's own place where no pay zone gives a range breaks the rangeOnEveryAd rule at that level's line", async () => {
  assert.deepEqual(await checkWith({ [senior]: replace(/^---\n/, '---\nhiring:\n  remoteCountries: [DE, CA]\n') }), [
    `error: ${senior}:3: hiring.remoteCountries opens the job ad to CA, where no pay zone gives it a range; the rule rangeOnEveryAd in content/hiring.yaml asks every ad to show a pay range where it is open: add those countries to a zone in content/pay.yaml, or narrow the ad's countries.`,
  ]);
});

test('a band wider than maxRangeWidth breaks the rule, naming it', async () => {
  assert.deepEqual(await checkWith({ [hiring]: (t) => t.replace('adChecks:\n', 'adChecks:\n  payTransparency:\n    maxRangeWidth: 0.25\n') }), [
    `error: ${pay}:21: grade g1 (G1 · Entry), bands.uk is 26% wide, wider than the 25% the rule maxRangeWidth allows; pay-transparency rules expect a range that tells candidates something: bring max within 43750, or change the rule in content/hiring.yaml.`,
    `error: ${pay}:26: grade g2 (G2 · Senior), bands.europe is 27% wide, wider than the 25% the rule maxRangeWidth allows; pay-transparency rules expect a range that tells candidates something: bring max within 68750, or change the rule in content/hiring.yaml.`,
  ]);
});

test('an ad with more masculine-coded words than feminine-coded ones is flagged as a whole too', async () => {
  const problems = await checkWith({ [senior]: replace('  - One.\n  - Two.\n  - Three.', '  - Be aggressive and dominant.\n  - Be competitive and driven.\n  - Be fearless and assertive.') });
  assert.ok(
    problems.includes(
      `warning: ${senior}: has a masculine-coded job ad (6 masculine-coded words: aggressive, assertive, competitive, dominant, driven, fearless; 4 feminine-coded); describe the work and the team instead of traits; the warnings on the lines say which words and what to write.`,
    ),
    problems.join('\n'),
  );
});

test('coded words are counted as the decoders count them, compounds aside', () => {
  assert.deepEqual(
    masculineIn('An aggressive, competitive leader with event-driven designs.').map((w) => w.word),
    ['aggressive', 'competitive', 'leader'],
  );
  assert.deepEqual(
    feminineIn('We support and trust each other.').map((w) => w.word),
    ['support', 'trust'],
  );
  // In the order of the word list, each occurrence once per stem it matches: "headstrong" is in the
  // list with and without its hyphen, so it counts twice, as in the decoders; a word in a compound
  // after a hyphen does not count, one in a hyphenated stem does.
  assert.deepEqual(
    masculineIn('Leads calmly. A headstrong, self-confident lead; an independent, data-driven and head-strong one.').map((w) => `${w.stem}=${w.word}`),
    ['head-strong=headstrong', 'head-strong=head-strong', 'headstrong=headstrong', 'independen*=independent', 'lead*=Leads', 'lead*=lead', 'self-confiden*=self-confident'],
  );
  assert.equal(balanceOf(5, 1), 'strongly masculine-coded');
  assert.equal(balanceOf(2, 1), 'masculine-coded');
  assert.equal(balanceOf(1, 1), 'neutral');
  assert.equal(balanceOf(0, 4), 'strongly feminine-coded');
});

test('the health report lists every level with its ad balance, review date, gaps and waivers', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'rolebook-health-'));
  try {
    await cp(fixture, dir, { recursive: true });
    await writeFile(path.join(dir, senior), body('We back ambitious plans. {/* rolebook-allow: plans, not people */}')(await readFile(path.join(dir, senior), 'utf8')));
    // The report and the check judge on one day: a year on, both say the reviews are overdue.
    const { content, problems } = await checkHandbook(dir, await readSettings(dir, {}, '2027-06-01'));
    const report = healthReport(content, problems);
    assert.match(report, /^Data Engineer \(content\/roles\/data-engineer\.mdx\)\n {2}reviewed 2026-03-01 \(over a year ago\); 0 errors, 1 warnings$/m);
    assert.match(report, /- Senior Data Engineer \(g2\)\n {6}job ad: strongly feminine-coded \(0 masculine-coded, 4 feminine-coded words\); longest sentence \d+ words\n {6}reviewed 2026-03-01 \(over a year ago\); missing: nothing; 0 errors, 1 warnings/);
    assert.match(report, /Waived on purpose \(3\)\n {2}content\/hiring\.yaml: decision\*: Decisions are the work\.\n {2}content\/hiring\.yaml: decide: Deciding is part of the job\.\n {2}content\/levels\/data-engineer\/senior\.mdx:\d+: ambitious: plans, not people/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
