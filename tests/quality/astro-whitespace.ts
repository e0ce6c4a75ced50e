/**
 * Words glued together by Astro's whitespace rules. Since Astro 7 templates follow JSX's rules
 * (compressHTML: 'jsx'): a line break between text and an element or expression is dropped with
 * the spaces around it, so "download it as⏎<a>plain text</a>" is published as "download it
 * asplain text". Text that runs on across lines keeps one space, so a line that goes on to an
 * inline element starts with a word, or ends with {' '}.
 */
import { parse } from '@astrojs/compiler-rs';

/** Elements that start their own line box, where losing the space between them and text changes nothing a reader sees. */
const block = new Set(
  'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li link main meta nav ol p pre script section style summary table tbody td template tfoot th thead title tr ul'.split(' '),
);

interface Node {
  type?: string;
  value?: string;
  start?: number;
  children?: Node[];
  openingElement?: { name?: { name?: string } };
  expression?: Node & { raw?: string; quasis?: unknown[] };
  [key: string]: unknown;
}

export interface Glued {
  line: number;
  /** The words on either side, as they read once published. */
  reads: string;
}

const isBlock = (node: Node) => node.type === 'JSXElement' && block.has(node.openingElement?.name?.name ?? '');
/** `{' '}` and other string literals give their own spaces; any other expression is text with no space of its own. */
const spaceOf = (node: Node) => (node.type === 'JSXExpressionContainer' && node.expression?.type === 'Literal' && typeof node.expression.value === 'string' ? node.expression.value : undefined);
const nameOf = (node: Node) => (node.type === 'JSXElement' ? `<${node.openingElement?.name?.name}>` : node.type === 'JSXExpressionContainer' ? '{…}' : '');

/** Every place in an .astro file's template where a line break between text and an inline element or expression joins two words. */
export function gluedWords(source: string): Glued[] {
  const found: Glued[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const { children } = node as Node;
    if (Array.isArray(children)) {
      children.forEach((child, i) => {
        if (child.type !== 'JSXText' || typeof child.value !== 'string') return;
        const next = children[i + 1];
        const before = children[i - 1];
        const end = /(\S+)[ \t]*\n\s*$/.exec(child.value);
        if (end && next && !isBlock(next) && !/^\s/.test(spaceOf(next) ?? 'x')) {
          found.push({ line: lineOf((child.start ?? 0) + end.index + end[1]!.length), reads: `${end[1]}${nameOf(next)}` });
        }
        const start = /^\s*\n[ \t]*(\S+)/.exec(child.value);
        if (start && before && !isBlock(before) && !/\s$/.test(spaceOf(before) ?? 'x')) {
          found.push({ line: lineOf((child.start ?? 0) + start[0].length), reads: `${nameOf(before)}${start[1]}` });
        }
      });
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'children') visit(value);
    if (Array.isArray(children)) children.forEach(visit);
  };
  visit(parse(source).ast);
  return found;
}
