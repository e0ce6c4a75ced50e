/**
 * A figure typed into prose goes stale the day the pay table changes; the LevelPay and RolePay
 * components write it from content/pay.yaml instead.
 */
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent, SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';

const number = String.raw`\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?\s?[kK]\b`;
const range = String.raw`(?:${number})(?:\s?(?:[–-]|to)\s?(?:[$€£]\s?)?(?:${number}))?`;

export const checkPayInProse = (content: Checked): Problem[] => content.files.flatMap((source) => content.findings.get(source.file)?.payInProse ?? []);

/** The currency codes an amount may be written with: the usual ones and the pay table's. */
export const currencyCodes = (content: Pick<LoadedContent, 'pay'>) => [...new Set(['USD', 'EUR', 'GBP', ...(content.pay?.zones ?? []).map((z) => z.currency)])];

const patterns = new Map<string, RegExp>();

export function payAmountsIn(source: Pick<SourceFile, 'file' | 'body' | 'bodyLine'>, currencies: string[]): Problem[] {
  const codes = currencies.join('|');
  let amount = patterns.get(codes);
  if (!amount) {
    amount = new RegExp(String.raw`[$€£]\s?${range}|\b(?:${codes})\s?${range}|\b${range}\s?(?:${codes}|dollars|euros|pounds)\b`, 'g');
    patterns.set(codes, amount);
  }
  const problems: Problem[] = [];
  source.body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(amount)) {
      problems.push({
        file: source.file,
        line: source.bodyLine + index,
        message: `types the amount "${match[0].trim()}", which will not follow the pay table when it changes`,
        fix: 'write <LevelPay level="…" /> or <RolePay role="…" /> so the figure comes from content/pay.yaml',
        severity: 'warning',
      });
    }
  });
  return problems;
}
