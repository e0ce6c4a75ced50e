/** Compiles every body with the same MDX compiler Astro uses, so a typo in the text fails here. */
import { mdxToJs } from 'satteri';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../load-content.ts';

export function checkMdx(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const source of content.files) {
    try {
      mdxToJs(source.body);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(text);
      const line = match ? source.bodyLine + Number(match[1]) - 1 : source.bodyLine;
      const reason = (match?.[3] ?? text).replace(/\s+/g, ' ').trim();
      problems.push({
        file: source.file,
        line,
        message: `has text that cannot be published: ${reason}`,
        fix: 'in MDX, write < as &lt; and { as &#123;, and close every tag you open',
        severity: 'error',
      });
    }
  }
  return problems;
}
