/**
 * The second line of defence: hast-util-sanitize's schema, made from the same allow-list the
 * content check holds bodies to (schemas/body.ts), plus what the Markdown itself makes (headings,
 * footnotes). Whatever the renderer's own walk lets through by mistake stops here.
 */
import type { Schema } from 'hast-util-sanitize';
import { find, html as htmlSpace } from 'property-information';
import { allowedElements, ariaAttributes, commonAttributes } from '../schemas/body.ts';

const property = (attribute: string) => find(htmlSpace, attribute).property;

/** Elements only Markdown makes: an editor cannot write them as HTML, but `# Title` and footnotes make them. */
const fromMarkdown: Record<string, readonly string[]> = {
  h1: [],
  section: ['data-footnotes'],
  a: ['data-footnote-ref', 'data-footnote-backref'],
};

const elements = [...new Set([...Object.keys(allowedElements), ...Object.keys(fromMarkdown)])];

export const sanitizeSchema: Schema = {
  tagNames: elements,
  attributes: Object.fromEntries(elements.map((element) => [element, [...commonAttributes, ...ariaAttributes, ...(allowedElements[element] ?? []), ...(fromMarkdown[element] ?? [])].map(property)])),
  // Only the page's own structure matters here, not an element's ancestry.
  ancestors: {},
  // src allows no scheme at all (an empty list would allow every one): images are local paths.
  // A path such as //example.org/x has no scheme either; the walk stops those (publicImage).
  protocols: { href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'], src: ['-'] },
  // Ids keep the editor's spelling: headings are linked from the table of contents by them.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  required: {},
  allowComments: false,
  allowDoctypes: false,
};
