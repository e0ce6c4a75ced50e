/**
 * The Lighthouse gate's rule: accessibility, best practices and SEO each score at least 0.95. These
 * audit the page as built (axe, console, headers, meta tags) and come out the same on any machine.
 * Performance is measured in time and falls on a busy machine, so it is not gated here: the budgets
 * gate holds what it depends on (tests/quality/budgets.ts), and bench/lighthouse/run.ts measures it.
 */

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/**
 * The part of a Lighthouse report (its `Result`) the rule reads, spelt out here so the unit test of
 * the rule runs without the lighthouse package, which is installed with the browser tools (tests/).
 */
export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; score: number | null; displayValue?: string | undefined } | undefined>;
}

export const gatedCategories: readonly Category[] = ['accessibility', 'best-practices', 'seo'];
const minimumScore = 0.95;

/** Every gated category under the minimum, with the audits that cost it points. */
export function lighthouseProblems(lhr: LighthouseReport): string[] {
  const problems: string[] = [];
  for (const c of gatedCategories) {
    const category = lhr.categories[c];
    const score = category?.score ?? null;
    if (score !== null && score >= minimumScore) continue;
    const losing = (category?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
      .map(({ audit }) => `${audit!.id} (${audit!.score!.toFixed(2)})${audit!.displayValue ? ` ${audit!.displayValue}` : ''}`);
    problems.push(`${c} ${score ?? 'no score'} (minimum ${minimumScore}): ${losing.join('; ') || 'no audit named'}`);
  }
  return problems;
}
