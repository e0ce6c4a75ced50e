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

export const allowedAttribute = (element: string, attribute: string) => (commonAttributes as readonly string[]).includes(attribute) || (ariaAttributes as readonly string[]).includes(attribute) || (isAllowedElement(element) && allowedElements[element]!.includes(attribute));

/**
 * Components content may use, with their props and what each prop names: a level, a role or a pay
 * zone, which the check looks up. Props are literal text; `?` marks an optional one.
 * src/render/components.ts draws them: LevelPay and RolePay a band in one zone (the default zone
 * unless named), PayZones every zone of the pay table (with a level, that level's band in each).
 */
export const contentComponents = {
  LevelPay: { level: 'level', zone: 'zone?' },
  RolePay: { role: 'role', zone: 'zone?' },
  PayZones: { level: 'level?' },
} as const satisfies Record<string, Record<string, ComponentProp>>;

/** What a component's prop names, and whether it may be left out. */
export type ComponentProp = `${'level' | 'role' | 'zone'}${'' | '?'}`;

export type ContentComponent = keyof typeof contentComponents;

/** Own names only: `<toString>` or `<constructor>` must not find what every object inherits. */
export const isContentComponent = (name: string): name is ContentComponent => Object.hasOwn(contentComponents, name);
export const isAllowedElement = (name: string) => Object.hasOwn(allowedElements, name);

/** Elements worth a sentence of their own: what each would do if it were published. */
export const dangerousElements: Record<string, string> = {
  script: "runs code in every reader's browser",
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
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers trim control characters and spaces from a URL, as this does
const asBrowsersRead = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');

/** Where links may point: web pages, e-mail, phone, and pages of this site. */
export function isSafeLink(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(asBrowsersRead(url))?.[1]?.toLowerCase();
  return scheme === undefined || ['http', 'https', 'mailto', 'tel'].includes(scheme);
}

export type ImageProblem = 'remote' | 'query' | 'climbs' | 'not-a-path';

/**
 * Where an image comes from: a file in public/, written as its path from there with a leading /,
 * such as /images/team.png. `path` is that path normalised as the site serves it (each name
 * percent-encoded once), for the renderer to put after the site's base.
 *
 * It is judged as every reader of the address would read it, and refused where any of them could
 * read it differently: browsers drop tabs and line breaks and read \ as /; the build and hosts
 * decode %2e%2e/ into ../; Vite reads ?raw as "this file as text" (which, with enough ../, read
 * any file of the machine into the page). So the address is percent-decoded before it is judged,
 * a name that still holds a % after that (double encoding) is refused, and it is judged again
 * after Unicode's compatibility folding, in case some later tool turns a lookalike (．．) into "..".
 * Character references (&#46;) are already decoded by the MDX parser, as a browser would.
 */
export function publicImage(src: string): { path: string } | { problem: ImageProblem } {
  const { path, problem } = readImage(src);
  return problem ? { problem } : { path: path! };
}

/**
 * The content check's view of an image address: its problem, if any, and the path it most likely
 * means, so the check can say exactly what to write instead. Without a problem, `path` is the one
 * publicImage gives.
 *
 * Decisions: a relative path (team.png, ./team.png) is refused rather than read from public/,
 * because Astro's MDX reads it as a file beside the page, and a browser as an address beside the
 * page's address: only a leading / means the same to all. A path that goes up with ".." is
 * refused even when it stays inside public/ (/images/../team.png): no editor needs it, every tool
 * would have to agree on how to shorten it, and the fix names the path to write.
 */
export function readImage(src: string): { path?: string; problem?: ImageProblem } {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers trim control characters and spaces from a URL, as this does
  const address = asBrowsersRead(src).replace(/[\u0000-\u0020]+$/, '');
  // A path on the editor's own computer, such as C:\Users\anna\team.png: not another address, and not a path of this site.
  if (/^[a-z]:[\\/]/i.test(address)) return { problem: 'not-a-path' };
  if (isRemote(address)) return { problem: 'remote' };
  const end = address.search(/[?#]/);
  const written = end < 0 ? address : address.slice(0, end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    return { problem: 'not-a-path' }; // a % that starts no character, such as 100%.png
  }
  // An encoded / or \ is a separator to some readers and part of a name to others.
  const how = { query: end >= 0, exact: !/%(2f|5c)/i.test(written) };
  const plain = judgePath(decoded, how);
  const folded = judgePath(decoded.normalize('NFKC'), how);
  if (rank(folded.problem) < rank(plain.problem)) return { problem: folded.problem! };
  return plain;
}

const ranked: (ImageProblem | undefined)[] = ['remote', 'climbs', 'query', 'not-a-path', undefined];
const rank = (problem: ImageProblem | undefined) => ranked.indexOf(problem);

/** Browsers and servers treat a leading // (or \\) as another host. */
const isRemote = (address: string) => /^([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(address);

/**
 * A percent-decoded path: its problem, and the normalised path it comes to when that stays inside
 * public/. `how` says whether the written address had a query and was written as it is read.
 */
function judgePath(decoded: string, how: { query: boolean; exact: boolean }): { path?: string; problem?: ImageProblem } {
  if (isRemote(decoded)) return { problem: 'remote' };
  const end = decoded.search(/[?#]/);
  const query = how.query || end >= 0;
  const text = end < 0 ? decoded : decoded.slice(0, end);
  const slashed = text.replaceAll('\\', '/');
  const rooted = slashed.startsWith('/');
  const parts = (rooted ? slashed.slice(1) : slashed).split('/');
  const names: string[] = [];
  let exact = how.exact && rooted && slashed === text;
  let climbs = false;
  let outside = false;
  let unusable = false;
  for (const part of parts) {
    if (part === '..') {
      climbs = true;
      if (names.pop() === undefined) outside = true;
    } else if (part === '' || part === '.') exact = false;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters make a path unusable, which is what this finds
    else if (/[\u0000-\u001f\u007f%]/.test(part)) unusable = true;
    else names.push(part);
  }
  // A path ending in / (or in . or ..) names a folder, never an image.
  const folder = ['', '.', '..'].includes(parts.at(-1)!);
  const path = outside || unusable || folder || names.length === 0 ? undefined : `/${names.map(encodeURIComponent).join('/')}`;
  const problem = climbs ? 'climbs' : query ? 'query' : !exact || !path ? 'not-a-path' : undefined;
  return { ...(path ? { path } : {}), ...(problem ? { problem } : {}) };
}

/** Largest file the check reads: a handbook page is a few thousand words; a 5 MB file is a paste gone wrong. */
export const maxFileBytes = 200_000;

/**
 * `{/* a note *\/}`: MDX's way to leave a note in a body, and the only expression content may
 * hold. Exactly one block comment: comments cannot nest, so any earlier end of one means code
 * follows it (`{/* a *\/ code /* b *\/}`).
 */
export const isNote = (expression: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);

/**
 * How deep a body's parts may sit inside each other (quotes in quotes, lists in lists, tags in
 * tags). Real pages stay under ten; thousands are a file made to exhaust the tools that read it.
 */
export const maxNesting = 64;

/**
 * The first part of a parsed body, in reading order, deeper than maxNesting: found without
 * recursion, so no depth can overflow the stack.
 */
export function tooDeep<N extends { children?: N[] }>(tree: N): N | undefined {
  const stack: [N, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > maxNesting) return node;
    for (const child of [...(node.children ?? [])].reverse()) stack.push([child, depth + 1]);
  }
  return undefined;
}
