/**
 * An MDX body becomes HTML here, from its parsed tree, and never becomes code: no module is made
 * for a content file, so nothing written in content can run while the site is built, whatever it
 * looks like. The body is parsed with the parser the content check uses (satteri, with the site's
 * Markdown features); only the nodes and attributes of schemas/body.ts are kept, registered
 * components are drawn from the read model with their literal props, and the result is sanitised
 * again against the same allow-list before it is written out as HTML.
 * The content check reports everything this drops, at its line: what is dropped here is what a
 * build with errors would never publish anyway (astro dev shows the report instead).
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes, Properties, Root, RootContent, Text } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSpace } from 'property-information';
import { mdxToHast } from 'satteri';
import { tableScroll } from '../components/table-scroll.ts';
import { allowedAttribute, contentComponents, isAllowedElement, isContentComponent, isSafeLink, publicImage, tooDeep, type ContentComponent } from '../schemas/body.ts';
import { sanitizeSchema } from './allow-list.ts';
import { bodyFeatures } from './markdown.ts';

interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
}

/** Draws a registered component from its literal props; undefined draws nothing. */
type ComponentDrawer = (props: Readonly<Record<string, string>>) => ElementContent | undefined;

export interface RenderOptions {
  /** The site's base path, such as / or /handbook/: images in public/ are served under it. */
  base: string;
  /** One drawer per component of schemas/body.ts. */
  components: Readonly<Record<ContentComponent, ComponentDrawer>>;
  /** What a screen reader calls a table's sideways-scrolling box, in the body's language: English by default. */
  tableLabel?: string;
}

/** What the MDX parser adds to a hast tree besides plain HTML nodes. */
interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxJsxAttribute[];
  children: AnyNode[];
}
type AnyNode = Nodes | MdxJsxElement | { type: string; children?: AnyNode[]; value?: unknown };

export function renderBody(body: string, options: RenderOptions): RenderedBody {
  const parsed = mdxToHast(body, { features: bodyFeatures, position: false }) as unknown as AnyNode;
  // The check names a body nested past the limit; walking it could overflow the stack.
  if (tooDeep(parsed as { children?: never[] })) return { html: '', headings: [] };
  const root: Root = { type: 'root', children: keep(parsed, options) as RootContent[] };
  const clean = sanitize(root, sanitizeSchema) as Root;
  // The site's own chrome comes after sanitising, so the allow-list stays what editors may write.
  const headings = headingIds(clean);
  scrollingTables(clean, options.tableLabel);
  return { html: toHtml(clean), headings };
}

/** The node as it may be published: itself, its safe replacement, or nothing. */
function keep(node: AnyNode, options: RenderOptions): ElementContent[] {
  switch (node.type) {
    case 'root':
      return children(node, options);
    case 'text':
      return [{ type: 'text', value: String((node as Text).value) }];
    case 'element':
      return element(node as Element, options);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsx(node as MdxJsxElement, options);
    // Expressions, imports and exports are code (the check names each one); comments, raw HTML
    // and anything a newer parser may add are not content.
    default:
      return [];
  }
}

const children = (node: AnyNode, options: RenderOptions): ElementContent[] => ('children' in node && Array.isArray(node.children) ? (node.children as AnyNode[]) : []).flatMap((child) => keep(child, options));

/** An element the Markdown made. */
function element(node: Element, options: RenderOptions): ElementContent[] {
  const made: Element = { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: children(node, options) };
  return finish(made, options);
}

/** Allowed HTML written in the body, or a registered component; anything else goes with its children. */
function jsx(node: MdxJsxElement, options: RenderOptions): ElementContent[] {
  const name = node.name ?? '';
  const literal = new Map<string, string | true>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (typeof attribute.value === 'string') literal.set(attribute.name, attribute.value);
    else if (attribute.value === null || attribute.value === undefined) literal.set(attribute.name, true);
    // A value in braces is code: left out.
  }
  if (isContentComponent(name)) {
    const props = Object.fromEntries([...literal].filter((pair): pair is [string, string] => typeof pair[1] === 'string' && Object.hasOwn(contentComponents[name], pair[0])));
    // A component is drawn from the read model; whatever was written inside it is never read.
    const drawn = options.components[name](props);
    return drawn ? [drawn] : [];
  }
  if (!isAllowedElement(name)) return [];
  const properties: Properties = {};
  for (const [attribute, value] of literal) {
    if (!allowedAttribute(name, attribute)) continue;
    properties[find(htmlSpace, attribute).property] = value;
  }
  return finish({ type: 'element', tagName: name, properties, children: children(node, options) }, options);
}

/** What every element goes through, however it was written: links that cannot run code, images from public/ under the base. */
function finish(made: Element, options: RenderOptions): ElementContent[] {
  const { href, src } = made.properties;
  if (href !== undefined && !(typeof href === 'string' && isSafeLink(href))) delete made.properties['href'];
  if (made.tagName === 'img') {
    const image = typeof src === 'string' ? publicImage(src) : undefined;
    if (!image || !('path' in image)) return [];
    made.properties['src'] = `${options.base.replace(/\/$/, '')}${image.path}`;
  }
  return [made];
}

const scrollBox: Properties = Object.fromEntries(Object.entries(tableScroll).map(([name, value]) => [find(htmlSpace, name).property, value]));

/** Tables scroll sideways in their own box on small screens, like every other table of the site. */
function scrollingTables(node: Root | Element, label: string | undefined) {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'table') return { type: 'element', tagName: 'div', properties: { ...scrollBox, ...(label ? { ariaLabel: label } : {}) }, children: [child] };
    scrollingTables(child, label);
    return child;
  }) as typeof node.children;
}

/** Headings get ids from their text, as Astro gives Markdown headings, so a table of contents can link them. */
function headingIds(root: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
      const text = textOf(node);
      const id = node.properties['id'];
      const slug = typeof id === 'string' ? id : slugger.slug(text);
      node.properties['id'] = slug;
      headings.push({ depth: Number(node.tagName[1]), slug, text });
      return;
    }
    if ('children' in node) (node.children as RootContent[]).forEach(visit);
  };
  visit(root);
  return headings;
}

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
