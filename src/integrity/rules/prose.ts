/**
 * Inclusive-language check over every content file. retext-equality knows the general catalogue
 * (gendered words, ableist idioms); job-ad jargon that puts candidates off is ours to list.
 */
import type { Parent, Root } from 'nlcst';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import type { Problem } from '../../problems/problem.ts';
import type { SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';

/** Words that exclude candidates in a job posting, and what to write instead. */
const jobAdJargon: { pattern: RegExp; instead: string }[] = [
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

/** A retext-equality phrase as the words it needs, normalised the way nlcst-search compares them. */
type Phrase = string[];

/** Lowercase, curly apostrophes straight, hyphens (and, unless kept, apostrophes) dropped: nlcst-normalize's rule. */
const normalizeWord = (word: string, keepApostrophes: boolean) => {
  const plain = word.toLowerCase().replace(/’/g, "'").replace(/-/g, '');
  return keepApostrophes ? plain : plain.replace(/'/g, '');
};

interface EqualityPattern {
  id: string;
  apostrophe?: boolean;
  inconsiderate: Record<string, string>;
}

/**
 * Phrases by their first needed word, from retext-equality's own catalogue (not exported, so read
 * beside its entry point). Undefined when it cannot be read: then every paragraph is searched.
 */
const phrasesByWord: Promise<Map<string, Phrase[]> | undefined> = (async () => {
  try {
    const url = new URL('./patterns-en.js', import.meta.resolve('retext-equality'));
    // Not for Vite to bundle: the path is only known once the package is found.
    const { patterns } = (await import(/* @vite-ignore */ url.href)) as { patterns: EqualityPattern[] };
    const index = new Map<string, Phrase[]>();
    for (const pattern of patterns) {
      if (ignoredEqualityRules.has(pattern.id)) continue;
      for (const phrase of Object.keys(pattern.inconsiderate)) {
        const words = phrase
          .split(' ')
          .filter((w) => w !== '*')
          .map((w) => normalizeWord(w, pattern.apostrophe === true));
        if (!words.length) return undefined;
        index.set(words[0]!, [...(index.get(words[0]!) ?? []), words]);
      }
    }
    return index;
  } catch {
    return undefined;
  }
})();

const textOf = (node: { value?: string; children?: unknown[] }): string => node.value ?? (node.children ?? []).map((c) => textOf(c as never)).join('');

/** Every word of a paragraph, normalised both ways phrases are compared. */
function wordsOf(node: Parent, into = new Set<string>()): Set<string> {
  for (const child of node.children) {
    if (child.type === 'WordNode') {
      const text = textOf(child);
      into.add(normalizeWord(text, false)).add(normalizeWord(text, true));
    } else if ('children' in child) wordsOf(child, into);
  }
  return into;
}

/** Could any phrase match here? Only if every word it needs is in the paragraph. */
function mayMatch(words: Set<string>, index: Map<string, Phrase[]>): boolean {
  for (const word of words) {
    if (index.get(word)?.some((phrase) => phrase.every((w) => words.has(w)))) return true;
  }
  return false;
}

/**
 * retext-equality rebuilds its index of ~900 phrases for every paragraph it searches, which made it
 * most of the check's time; a paragraph holding none of a phrase's words cannot match, so it is
 * left out before the search. What is reported is the same, paragraph for paragraph.
 */
function skipUnmatchable() {
  return async (tree: Root) => {
    const index = await phrasesByWord;
    if (index) tree.children = tree.children.filter((node) => node.type !== 'ParagraphNode' || mayMatch(wordsOf(node), index));
  };
}

const processor = retext().use(retextEnglish).use(skipUnmatchable).use(retextEquality);

export const checkProse = (content: Checked): Problem[] => content.files.flatMap((source) => content.findings.get(source.file)?.prose ?? []);

export async function proseProblems(source: Pick<SourceFile, 'file' | 'raw'>): Promise<Problem[]> {
  const problems: Problem[] = [];
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
  return problems;
}
