/**
 * Inclusive-language check over every content file. retext-equality knows the general catalogue
 * (gendered words, ableist idioms); job-ad jargon that puts candidates off is ours to list.
 */
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';

/** Words that exclude candidates in a job posting, and what to write instead. */
export const jobAdJargon: { pattern: RegExp; instead: string }[] = [
  { pattern: /\b(?:rock ?stars?|ninjas?|gurus?|wizards?|superstars?|unicorns?|jedi)\b/gi, instead: 'name the skill you need, such as "experienced backend engineer"' },
  { pattern: /\b(?:he\/she|he or she|s\/he|his\/her|him\/her|his or her)\b/gi, instead: 'use "they", or address the reader as "you"' },
  { pattern: /\b(?:young|energetic|digital natives?)\b/gi, instead: 'describe the work, not the age or temperament of the person' },
  { pattern: /\bmanpower\b/gi, instead: 'use "staff" or "people"' },
  { pattern: /\b(?:work hard,? play hard|crush(?:ing)? it)\b/gi, instead: 'describe the real working hours and expectations' },
];

/**
 * retext-equality rules that misfire in technical writing: a server host is not a hostess, and
 * "simple" or "clearly" describe tasks and writing here, not people.
 */
const ignoredEqualityRules = new Set(['host-hostess', 'simple', 'clearly', 'obvious', 'easy', 'just', 'basically']);

/** A term in quotation marks is being mentioned (say, as a word to avoid), not used. */
function isQuoted(text: string, start: number, length: number): boolean {
  return /["“']/.test(text.charAt(start - 1)) && /["”']/.test(text.charAt(start + length));
}

const processor = retext().use(retextEnglish).use(retextEquality);

export async function checkProse(content: LoadedContent): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const source of content.files) {
    source.raw.split('\n').forEach((text, index) => {
      for (const { pattern, instead } of jobAdJargon) {
        for (const match of text.matchAll(pattern)) {
          if (isQuoted(text, match.index, match[0].length)) continue;
          problems.push({ file: source.file, line: index + 1, message: `uses "${match[0]}", which puts candidates off`, fix: instead, severity: 'error' });
        }
      }
    });
    const result = await processor.process(source.raw);
    for (const message of result.messages) {
      if (!message.ruleId || ignoredEqualityRules.has(message.ruleId)) continue;
      const actual = (message as { actual?: string }).actual ?? message.ruleId;
      const expected = (message as { expected?: string[] }).expected ?? [];
      problems.push({
        file: source.file,
        ...(message.line ? { line: message.line } : {}),
        message: `uses "${actual}", which may read as exclusive`,
        fix: expected.length ? `consider ${expected.map((w) => `"${w}"`).join(' or ')}` : 'consider neutral wording',
        severity: 'warning',
      });
    }
  }
  return problems;
}
