/** Catches text copied from a template and never filled in, such as [Company] or {{salary}}. */
import type { Problem } from '../../problems/problem.ts';
import type { SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';

const placeholderWords = 'company(?: name)?|role|job title|title|team|location|city|country|salary|name|date|manager|benefits|insert [^\\]]+|your [^\\]]+|add [^\\]]+';
const patterns: { pattern: RegExp; label: string }[] = [
  // [Company] but not a Markdown link [Company](https://...)
  { pattern: new RegExp(`\\[(?:${placeholderWords})\\](?!\\()`, 'gi'), label: 'a template placeholder' },
  { pattern: /\{\{\s*[\w. -]+\s*\}\}/g, label: 'a template placeholder' },
  { pattern: /\blorem ipsum\b/gi, label: 'filler text' },
  // TODO is left to rules/todos.ts: it marks what `npm run new` leaves to write, a warning, not an error.
  { pattern: /\b(?:TBD|FIXME|XXX)\b/g, label: 'an unfinished-work marker' },
];

export const checkTemplateTokens = (content: Checked): Problem[] => content.files.flatMap((source) => content.findings.get(source.file)?.templates ?? []);

export function templateTokensIn(source: Pick<SourceFile, 'file' | 'raw'>): Problem[] {
  const problems: Problem[] = [];
  const lines = source.raw.split('\n');
  lines.forEach((text, index) => {
    for (const { pattern, label } of patterns) {
      for (const match of text.matchAll(pattern)) {
        problems.push({
          file: source.file,
          line: index + 1,
          message: `contains ${label}, "${match[0]}"`,
          fix: 'replace it with the real text before publishing',
          severity: 'error',
        });
      }
    }
  });
  return problems;
}
