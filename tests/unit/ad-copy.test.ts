/** Composing a job ad: sections, at most eight points a list, no repeats, experience as a guide. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, experienceSentence, composeAd, adHtml, adMarkdown, adText, maxItems, mergePoints, sameThing, whereSentence, type AdInput } from '../../src/lib/ad-copy.ts';
import { en } from '../../src/i18n/words/en.ts';

const input = (over: Partial<AdInput> = {}): AdInput => ({
  company: { name: 'Northwind Labs', website: 'https://example.com', about: 'We plan deliveries.' },
  role: { title: 'Backend Engineer', summary: 'Builds the server side. Also runs it.', responsibilities: ['Run services in production.', 'Review code.', 'Take your turn on call and fix causes.'], requirements: ['One server-side language.', 'SQL.'], niceToHaves: ['Kafka.'] },
  level: { title: 'Senior Backend Engineer', summary: 'Leads features end to end.', responsibilities: ['Lead design reviews.', 'Review code for the team.'], requirements: ['Production systems.'], niceToHaves: [], experience: { minYears: 5 } },
  pay: [{ zone: 'United States', band: '$95,000 – $130,000 per year' }],
  where: 'Remote.',
  benefits: ['Health cover.'],
  howToApply: 'Send your CV.',
  interviewStages: [
    { name: 'Call', description: 'Thirty minutes.' },
    { name: 'Decision', description: 'Within a week.' },
  ],
  equalOpportunity: 'We welcome everyone.',
  adjustments: 'Write to people@example.com.',
  ...over,
});

const section = (copy: ReturnType<typeof composeAd>, key: string) => copy.sections.find((s) => s.key === key)!;

test('an ad has every section a job board expects, in order', () => {
  const copy = composeAd(input(), en);
  assert.deepEqual(
    copy.sections.map((s) => s.heading),
    ['About us', 'About the role', 'What you will do', 'What you bring', 'Nice to have', 'What we offer', 'Pay', 'Location and working hours', 'How to apply', 'Interview process', 'Equal opportunity'],
  );
  assert.deepEqual(section(copy, 'equal').paragraphs, ['We welcome everyone.', 'Write to people@example.com.']);
  assert.equal(section(copy, 'process').ordered, true);
});

test("the level's own points come first, the same point is never said twice, and role-wide points can be left out", () => {
  const copy = composeAd(input({ level: { ...input().level, ad: { omit: ['Take your turn on call'] } } }), en);
  assert.deepEqual(section(copy, 'do').items, ['Lead design reviews.', 'Review code for the team.', 'Run services in production.']);
  assert.ok(sameThing('Review code.', 'Review code for the team.'));
  assert.ok(!sameThing('Lead design reviews.', 'Run services in production.'));
  assert.ok(sameThing('Seven or more years of engineering experience, with part of it as a senior.', 'Seven or more years in software engineering, including time as a senior engineer.'));
  assert.ok(!sameThing('Own the billing service.', 'Own the search service.'));
});

test('no list has more than eight points', () => {
  const many = ['billing', 'search', 'storage', 'identity', 'payments', 'reporting', 'messaging', 'caching', 'logging', 'metrics', 'exports', 'imports'].map((area) => `Own the ${area} service.`);
  assert.equal(mergePoints(many, many).length, maxItems);
});

test('experience reads as a guide, never a cap, and is left out for entry levels or where the level states years', () => {
  assert.equal(experienceSentence(5, en), 'Around 5 years of relevant experience, or the equivalent gained another way. We value what you can do over how long you have done it.');
  assert.equal(experienceSentence(0, en), undefined);
  assert.deepEqual(section(composeAd(input(), en), 'bring').paragraphs, [experienceSentence(5, en)]);
  const stated = input({ level: { ...input().level, requirements: ['Five or more years of backend work.'] } });
  assert.deepEqual(section(composeAd(stated, en), 'bring').paragraphs, []);
});

test('the role paragraph takes only the first sentence of each summary, with a subject; an intro replaces it', () => {
  assert.deepEqual(section(composeAd(input(), en), 'role').paragraphs, ['A Backend Engineer at Northwind Labs builds the server side. In this role, a Senior Backend Engineer leads features end to end.']);
  assert.deepEqual(section(composeAd(input({ role: { ...input().role, ad: { intro: 'Join us.' } } }), en), 'role').paragraphs, ['Join us.']);
  assert.deepEqual(
    section(composeAd(input({ role: { ...input().role, summary: 'APIs are our product.' } }), en), 'role').paragraphs,
    ['APIs are our product. In this role, a Senior Backend Engineer leads features end to end.'],
    'a sentence that does not start with a verb is left as written',
  );
});

test('an opening adds where to apply and the closing date', () => {
  const apply = section(composeAd(input({ applyAt: 'https://jobs.example.com/42', closing: 'March 1, 2027' }), en), 'apply');
  assert.deepEqual(apply.paragraphs, ['Send your CV.', 'Apply at https://jobs.example.com/42', 'Applications close on March 1, 2027.']);
});

test('where the job is done, in words', () => {
  assert.equal(whereSentence('remote', { remoteCountries: ['US', 'DE'], offices: [] }, 'en-US', en), 'Remote. You can live and work in any of these countries: United States and Germany.');
  assert.equal(whereSentence('hybrid', { remoteCountries: [], offices: [{ city: 'Berlin', country: 'DE' }] }, 'en-US', en), 'Hybrid: part of the week at our office in Berlin, Germany, the rest wherever suits you.');
  assert.equal(whereSentence('on-site', { remoteCountries: [], offices: [{ city: 'Leeds', country: 'GB' }] }, 'en-GB', en), 'On site at our office in Leeds, United Kingdom.');
});

test('plain text, Markdown and HTML hold the same text', () => {
  const copy = composeAd(input({ sourceUrl: 'https://h.example/x/' }), en);
  const text = adText(copy, en);
  assert.ok(text.startsWith('Senior Backend Engineer\nNorthwind Labs (https://example.com)\n\nAbout us\nWe plan deliveries.\n'));
  assert.match(text, /\nInterview process\n1\. Call: Thirty minutes\.\n2\. Decision: Within a week\.\n/);
  const md = adMarkdown(copy, en);
  assert.match(md, /^# Senior Backend Engineer\n/);
  assert.match(md, /\n## What you will do\n\n- Lead design reviews\.\n/);
  const html = adHtml(copy, en);
  assert.match(html, /<h2>Interview process<\/h2>\n<ol><li>Call: Thirty minutes\.<\/li><li>Decision: Within a week\.<\/li><\/ol>/);
  const words = (s: string) =>
    s
      .replace(/<[^>]+>/g, ' ')
      .replace(/[#*\\-]|\d+\./g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  for (const s of copy.sections)
    for (const line of [...s.paragraphs, ...s.items]) {
      assert.ok(text.includes(line), `txt: ${line}`);
      assert.ok(words(html).includes(words(line)), `html: ${line}`);
    }
});

test('Markdown escapes what would turn words into syntax; HTML escapes markup', () => {
  assert.equal(escapeMarkdown('Use *stars* and [links]'), 'Use \\*stars\\* and \\[links\\]');
  assert.match(adHtml(composeAd(input({ benefits: ['<b>Bold</b> & more'] }), en), en), /<li>&#60;b&#62;Bold&#60;\/b&#62; &#38; more<\/li>/);
});
