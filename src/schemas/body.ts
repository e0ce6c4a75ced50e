/**
 * What an MDX body may contain. Content is data, never code: MDX can import modules, run
 * expressions at build time and carry any HTML, and a handbook takes edits from many hands
 * through pull requests built in CI. The content check (src/integrity/rules/mdx.ts) enforces this.
 */

/** Attributes any allowed element may carry. */
export const commonAttributes = ['id', 'title', 'lang', 'dir', 'class'] as const;
/** The ARIA attributes that mean something on static text; live regions and widget states do not. */
export const ariaAttributes = ['aria-label', 'aria-labelledby', 'aria-describedby', 'aria-description', 'aria-details', 'aria-hidden', 'aria-level', 'aria-current'] as const;

/** Harmless HTML elements an editor may write, with the attributes each may carry. */
export const allowedElements: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: ['datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  ins: ['datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'scope', 'abbr', 'headers'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
};

export const allowedAttribute = (element: string, attribute: string) =>
  (commonAttributes as readonly string[]).includes(attribute) || (ariaAttributes as readonly string[]).includes(attribute) || (isAllowedElement(element) && allowedElements[element]!.includes(attribute));

/**
 * Components content may use, with their props and what each prop names: a level, a role or a pay
 * zone, which the check looks up. Props are literal text; `?` marks an optional one.
 * src/render/components.ts draws them.
 */
export const contentComponents = {
  LevelPay: { level: 'level', zone: 'zone?' },
  RolePay: { role: 'role', zone: 'zone?' },
} as const satisfies Record<string, Record<string, 'level' | 'role' | 'zone' | 'zone?'>>;

export type ContentComponent = keyof typeof contentComponents;

/** Own names only: `<toString>` or `<constructor>` must not find what every object inherits. */
export const isContentComponent = (name: string): name is ContentComponent => Object.hasOwn(contentComponents, name);
export const isAllowedElement = (name: string) => Object.hasOwn(allowedElements, name);

/** Elements worth a sentence of their own: what each would do if it were published. */
export const dangerousElements: Record<string, string> = {
  script: 'runs code in every reader\'s browser',
  style: 'restyles the whole site',
  meta: 'can send readers to another site',
  link: 'loads files from other sites',
  base: 'redirects every link on the page',
  iframe: 'embeds another site',
  object: 'embeds another program',
  embed: 'embeds another program',
  form: 'sends what readers type to another address',
  input: 'asks readers for data',
  button: 'runs actions on the page',
  svg: 'can carry scripts',
  video: 'loads media from other sites',
  audio: 'loads media from other sites',
};

/** A URL as browsers read it: they drop tabs and line breaks anywhere and control characters in front ("java\tscript:"). */
const asBrowsersRead = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');

/** Where links may point: web pages, e-mail, phone, and pages of this site. */
export function isSafeLink(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(asBrowsersRead(url))?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

/** Images come from the site itself (public/), never from another address or a data: URL. */
export function isSiteImage(url: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(asBrowsersRead(url));
}

/** Largest file the check reads: a handbook page is a few thousand words; a 5 MB file is a paste gone wrong. */
export const maxFileBytes = 200_000;

/**
 * `{/* a note *\/}`: MDX's way to leave a note in a body, and the only expression content may
 * hold. Exactly one block comment: comments cannot nest, so any earlier end of one means code
 * follows it (`{/* a *\/ code /* b *\/}`).
 */
export const isNote = (expression: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
