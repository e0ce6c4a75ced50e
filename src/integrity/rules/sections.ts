/**
 * Empty sections: a heading with nothing under it shows readers a promise the page does not keep,
 * and a question with no answer (or a role guide or career path with no text) is a page half written.
 * Only the innermost empty heading is reported: "## A" holding an empty "### B" is fixed with B.
 */
import type { Problem } from '../../problems/problem.ts';
import type { SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import { isNote } from '../../schemas/body.ts';
import { append } from '../../lib/lists.ts';

export interface Node {
  type: string;
  depth?: number;
  value?: unknown;
  position?: { start: { line: number } };
  children?: Node[];
}

/** Collections whose page shows the body as its main text, and what that text is to the reader. */
const requiredBodies: Partial<Record<CollectionName, { what: string; fix: string }>> = {
  faqs: { what: 'no answer', fix: 'write the answer below the closing --- line' },
  roles: { what: 'no guide', fix: 'write the role guide below the closing --- line: what the role is, what the work looks like, how to hire for it' },
  careerPaths: { what: 'no description', fix: 'describe the path below the closing --- line: who it is for and how people move along it' },
};

const isComment = (node: Node) => /^mdx(Flow|Text)Expression$/.test(node.type) && isNote(String(node.value ?? ''));
const textOf = (node: Node): string => (typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join(''));

export const checkSections = (content: Checked): Problem[] => content.files.flatMap((source) => content.findings.get(source.file)?.sections ?? []);

/** `collection` is that of a valid entry (an invalid file's own problems come first). */
export function sectionProblems(tree: Node, source: Pick<SourceFile, 'file' | 'bodyLine'>, collection: CollectionName | undefined): Problem[] {
  const problems: Problem[] = [];
  const children = (tree.children ?? []).filter((n) => !isComment(n));
  const required = collection && requiredBodies[collection];
  if (children.length === 0 && required) {
    // The closing --- line: an empty body may have no line of its own.
    problems.push({ file: source.file, line: source.bodyLine - 1, message: `has ${required.what}: the text below the frontmatter is empty`, fix: required.fix, severity: 'warning' });
  }
  append(problems, emptyHeadings(children, source));
  return problems;
}

function emptyHeadings(children: Node[], source: Pick<SourceFile, 'file' | 'bodyLine'>): Problem[] {
  return children.flatMap((node, i) => {
    if (node.type !== 'heading') return [];
    const next = children[i + 1];
    if (next && !(next.type === 'heading' && next.depth! <= node.depth!)) return [];
    return [
      {
        file: source.file,
        line: source.bodyLine + (node.position?.start.line ?? 1) - 1,
        message: `has the heading "${textOf(node).trim()}" with nothing under it${next ? ' before the next heading' : ''}`,
        fix: 'write the section, or delete the heading',
        severity: 'warning',
      } satisfies Problem,
    ];
  });
}
