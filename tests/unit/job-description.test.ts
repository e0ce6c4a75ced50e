import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, jobDescription, jobDescriptionMarkdown, jobDescriptionText, withSubject } from '../../src/lib/job-description.ts';

const role = {
  title: 'Backend Engineer',
  summary: 'Builds the server side.',
  responsibilities: ['Run services.', 'Review code.'],
  requirements: ['One server-side language.', 'SQL.'],
  niceToHaves: ['Kafka.'],
  skills: [{ group: 'Languages', items: ['Go', 'Python'] }],
};
const level = {
  title: 'Senior Backend Engineer',
  summary: 'Leads features end to end.',
  scope: 'Several services.',
  responsibilities: ['Lead design reviews.', 'review code'],
  requirements: ['Five years with production systems.'],
  niceToHaves: [],
  experience: { minYears: 5, maxYears: 8 },
  pay: [
    { zone: 'United States', band: '$95,000 – $130,000 per year' },
    { zone: 'United Kingdom', band: '£60,000 – £80,000 per year' },
  ],
};
const site = { company: { name: 'Northwind Labs', website: 'https://example.com', about: 'We plan deliveries.' }, locale: 'en-US' };

test('the job description merges role and level without repeating items', () => {
  const jd = jobDescription(role, level, site, 'https://handbook.example.com/roles/backend-engineer/senior/');
  assert.equal(jd.title, 'Senior Backend Engineer');
  assert.deepEqual(
    jd.sections.map((s) => s.heading),
    ['About us', 'About the role', 'What you will do', 'What you bring', 'Nice to have', 'Technologies', 'Pay'],
  );
  const doing = jd.sections.find((s) => s.heading === 'What you will do')!;
  assert.deepEqual(doing.items, ['Lead design reviews.', 'review code', 'Run services.']);
  const pay = jd.sections.at(-1)!;
  assert.deepEqual(pay.paragraphs, ['United States: $95,000 – $130,000 per year.', 'United Kingdom: £60,000 – £80,000 per year.'], 'every zone, in the order given');
  assert.match(jd.sections[3]!.paragraphs[0]!, /5–8 years/);
});

test('summaries get a subject when they start with a verb', () => {
  assert.equal(withSubject('A Backend Engineer at Acme', 'Builds the server side.'), 'A Backend Engineer at Acme builds the server side.');
  assert.equal(withSubject('X', 'APIs are our product.'), 'APIs are our product.');
  assert.equal(withSubject('X', 'Focus on delivery.'), 'Focus on delivery.');
  const jd = jobDescription({ ...role, title: 'Engineering Manager' }, level, site);
  assert.deepEqual(jd.sections[1]!.paragraphs.slice(0, 2), [
    'An Engineering Manager at Northwind Labs builds the server side.',
    'At this level, a Senior Backend Engineer leads features end to end.',
  ]);
});

test('nice to have is left out when neither role nor level lists any', () => {
  const jd = jobDescription({ ...role, niceToHaves: [] }, level, site);
  assert.ok(!jd.sections.some((s) => s.heading === 'Nice to have'));
});

test('plain text has headings, "- " bullets and no markup', () => {
  const text = jobDescriptionText(jobDescription(role, level, site, 'https://h.example/x/'));
  assert.ok(text.startsWith('Senior Backend Engineer\nNorthwind Labs (https://example.com)\n\nAbout us\nWe plan deliveries.\n'));
  assert.match(text, /\nWhat you will do\n- Lead design reviews\.\n/);
  assert.match(text, /Levels and expectations: https:\/\/h\.example\/x\/\n$/);
  assert.doesNotMatch(text, /[#*<>]/);
});

test('Markdown has a title, level-two headings and escaped text', () => {
  const md = jobDescriptionMarkdown(jobDescription({ ...role, summary: 'Builds *fast* APIs.' }, level, site));
  assert.ok(md.startsWith('# Senior Backend Engineer\n\n**Northwind Labs** · <https://example.com>\n\n## About us\n\nWe plan deliveries.\n'));
  assert.match(md, /\n## What you will do\n\n- Lead design reviews\.\n/);
  assert.match(md, /builds \\\*fast\\\* APIs\./);
  assert.doesNotMatch(md, /\n\n\n/);
});

test('escapeMarkdown neutralises markup at the start of a line', () => {
  assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
  assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
  assert.equal(escapeMarkdown('a_b'), 'a\\_b');
});
