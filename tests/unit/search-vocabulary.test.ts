import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handbookTexts, vocabularyOf, type VocabularySource } from '../../src/search/vocabulary.ts';

test('vocabulary: words of four letters or more, lower-cased, most widely used first', () => {
  assert.deepEqual(vocabularyOf([['Kafka and Kubernetes', 'Kafka again'], ['kafka', 'C# and Go'], ['Terraform']]), ['kafka', 'again', 'kubernetes', 'terraform']);
});

test('vocabulary: reads each role, level, question, skill and career path of the handbook', () => {
  const list = { responsibilities: ['Designs services'], requirements: ['Ships code'], niceToHaves: [] };
  const h: VocabularySource = {
    roles: [
      {
        data: {
          title: 'Backend Engineer',
          otherTitles: ['API Developer'],
          summary: 'Builds services.',
          ...list,
          skills: [{ items: ['PostgreSQL'] }],
          softSkills: ['Mentoring'],
          tools: ['Kubernetes'],
        },
      },
    ],
    levels: [{ data: { title: 'Senior Backend Engineer', shortTitle: 'Senior', summary: 'Owns a domain.', scope: 'A team', ...list, competencies: [{ area: 'Depth', expectation: 'Leads design' }] } }],
    faqs: [{ data: { question: 'Do I need a degree?' } }],
    skills: [{ name: 'Kafka' }],
    careerPaths: [{ data: { title: 'Management track', summary: 'From lead to director.' } }],
  };
  const words = vocabularyOf(handbookTexts(h));
  for (const word of ['developer', 'postgresql', 'kubernetes', 'senior', 'degree', 'kafka', 'management', 'director']) {
    assert.ok(words.includes(word), `${word} is in the vocabulary`);
  }
  assert.deepEqual(words.slice(0, 4), ['backend', 'code', 'designs', 'engineer'], 'words in two items come first');
});
