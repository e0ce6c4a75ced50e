/**
 * Parses every body with the MDX parser Astro's compiler uses, so a typo in the text fails here
 * with a line number. Parsing, not compiling: the build compiles each file once, after this.
 */
import { mdxToMdast } from 'satteri';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';

export function checkMdx(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const source of content.files) {
    try {
      mdxToMdast(source.body);
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
