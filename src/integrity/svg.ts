/**
 * What an SVG file in public/ may hold. An SVG is a document, not just a picture: opened at its own
 * address it runs its scripts on the handbook's site, and it can load other addresses, pull in
 * files through entities, or carry a web page. Shown through <img> a browser allows none of that,
 * but anyone can open the file's address directly, so the file itself must be a plain picture.
 *
 * It is read with sax, the XML parser Astro (through svgo) and the sitemap already install, in
 * strict mode, as browsers read an SVG: well-formed XML or nothing. What it cannot read is
 * refused rather than guessed at, so a trick that confuses the parser fails the check instead of
 * slipping past it. Names are compared without regard to capitals or namespace prefix
 * (<svg:SCRIPT>), so spelling cannot hide an element either.
 */
import sax from 'sax';
import { gunzipSync } from 'node:zlib';

export interface SvgProblem {
  line?: number;
  message: string;
  fix: string;
}

const plainAgain = 'remove it, or export the picture again from your drawing program as plain SVG (or as PNG)';

/** Elements a picture never needs, by their lower-case local name: each runs code or embeds a page. */
const codeElements: Record<string, string> = {
  script: 'runs code for anyone who opens the picture',
  handler: 'runs code for anyone who opens the picture',
  listener: 'runs code for anyone who opens the picture',
  foreignobject: 'puts a web page inside the picture',
};

/** Namespaces whose elements act as parts of a web page (an HTML <iframe>, a MathML link) even inside an SVG. */
const pageNamespaces = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML'];

const animations = new Set(['animate', 'set', 'animatemotion', 'animatetransform', 'animatecolor']);

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);
/** A value as browsers read an address: tabs and line breaks dropped, leading spaces and control characters too. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters from a URL before reading its scheme
const asRead = (value: string) => value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');

/**
 * Where an address inside the picture may point: a part of it (#id), a picture embedded as data
 * (PNG, JPEG, GIF, WebP: a drawing program's embedded photo) or a file of this site.
 */
function isLocal(address: string): boolean {
  const url = asRead(address);
  if (url.startsWith('#')) return true;
  if (/^data:image\/(png|jpeg|gif|webp)[;,]/i.test(url)) return true;
  return !/^([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(url) && !url.includes('\\');
}

/** Styles as browsers read them: comments gone and escapes (\75 rl) decoded, so url( cannot be spelled around. */
const asCss = (text: string) =>
  text
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd))
    .replace(/\\([^\n])/g, '$1');

/** Addresses styles load: url(…) and the strings of image-set(…), as written (@import is refused whole). */
function cssAddresses(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi)) found.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  for (const m of css.matchAll(/image-set\(([^)]*)\)/gi)) for (const s of m[1]!.matchAll(/"([^"]*)"|'([^']*)'/g)) found.push(s[1] ?? s[2] ?? '');
  return found;
}

/** The text of an SVG file, or why it cannot be read as browsers would read it. */
function decode(bytes: Uint8Array, gzipped: boolean): { text: string } | SvgProblem {
  let data = bytes;
  if (gzipped) {
    try {
      data = gunzipSync(bytes);
    } catch {
      return { message: 'cannot be unpacked (an .svgz file is a zipped SVG)', fix: 'export the picture again as plain SVG (.svg) or as PNG' };
    }
  }
  if ((data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0xff && data[1] === 0xfe)) return { message: 'is saved as UTF-16', fix: 'save it as UTF-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
  } catch {
    return { message: 'is not saved as UTF-8', fix: 'save it as UTF-8, or export the picture again from your drawing program' };
  }
}

export function svgProblems(bytes: Uint8Array, gzipped = false): SvgProblem[] {
  const decoded = decode(bytes, gzipped);
  if (!('text' in decoded)) return [decoded];
  const { text } = decoded;
  const problems: SvgProblem[] = [];
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  /** The 1-based line of a character offset. */
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  // strictEntities: only XML's five entities, as a browser knows without a DTD (&nbsp; is an error to it too).
  // The option is sax's own, missing from its type declarations.
  const parser = sax.parser(true, { position: true, strictEntities: true } as sax.SAXOptions);
  const add = (line: number, message: string, fix: string) => problems.push({ line, message, fix });
  /** Namespace declarations in scope, innermost last. */
  const scopes: Map<string, string>[] = [];
  /** The open elements: lower-case local name, line, and whether it is refused whole. */
  const open: { element: string; line: number; whole: boolean }[] = [];
  /** How many open elements are refused whole: what is inside one goes with it, so one message is enough. */
  let refused = 0;
  let tagLine = 1;
  let attributeLines = new Map<string, number>();
  const stop = new Error('stop');

  parser.onerror = (error) => {
    add(parser.line + 1, `cannot be read as SVG (${error.message.split('\n')[0]!.toLowerCase().replace(/\.$/, '')})`, 'export the picture again from your drawing program as plain SVG, or use a PNG');
    throw stop;
  };
  parser.onprocessinginstruction = ({ name, body }) => {
    const line = parser.line + 1;
    if (name.toLowerCase() !== 'xml') add(line, `has <?${name} …?>, which can restyle or rewrite the picture with another file`, 'remove it');
    else {
      // Browsers follow the declared encoding; the check reads UTF-8, so no other may be declared.
      const encoding = /encoding\s*=\s*["']([^"']*)["']/i.exec(body)?.[1];
      if (encoding && !/^(utf-8|us-ascii)$/i.test(encoding)) add(line, `declares the encoding ${encoding}`, 'save it as UTF-8 and write encoding="UTF-8"');
    }
  };
  parser.ondoctype = (doctype) => {
    // Declarations of its own (an internal subset): <!ENTITY> can pull in files or hide markup, <!ATTLIST> can add attributes.
    if (doctype.includes('[')) add(lineAt(Math.max(0, text.search(/<!DOCTYPE/i))), 'declares its own markup in <!DOCTYPE … [ … ]> (such as <!ENTITY>), which can hide code or read other files', 'remove the part in square brackets, or the whole <!DOCTYPE …>');
  };
  // Outside a <!DOCTYPE>, <!ENTITY …> and its kind are not XML at all; browsers refuse the file.
  parser.onsgmldeclaration = (declaration) => {
    add(parser.line + 1, `has <!${shorten(declaration)}>, which is not part of a picture`, 'remove it');
  };
  parser.onopentagstart = () => {
    tagLine = lineAt(parser.startTagPosition - 1);
    attributeLines = new Map();
  };
  parser.onattribute = ({ name }) => {
    attributeLines.set(name, parser.line + 1);
  };
  parser.onopentag = (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const scope = new Map(scopes.at(-1));
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'xmlns') scope.set('', value);
      else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
    }
    scopes.push(scope);
    const [prefix, local] = tag.name.includes(':') ? [tag.name.slice(0, tag.name.indexOf(':')), tag.name.slice(tag.name.indexOf(':') + 1)] : ['', tag.name];
    const element = local.toLowerCase();
    const why = codeElements[element] ?? (pageNamespaces.includes(scope.get(prefix) ?? '') ? 'is a part of a web page, not of a picture' : undefined);
    open.push({ element, line: tagLine, whole: Boolean(why) });
    if (why && !refused) add(tagLine, `has <${tag.name}>, which ${why}`, plainAgain);
    if (why) refused++;
    if (refused) return;
    if (animations.has(element) && /^(.*:)?href$|^on/i.test(attributes['attributeName'] ?? '')) {
      add(tagLine, `has <${tag.name}> changing ${attributes['attributeName']}, which can turn a link into code while the picture plays`, `remove the <${tag.name}>`);
    }
    for (const [name, value] of Object.entries(attributes)) {
      const line = attributeLines.get(name) ?? tagLine;
      const attribute = name.slice(name.indexOf(':') + 1).toLowerCase();
      if (attribute.startsWith('on')) add(line, `has ${name} on <${tag.name}>, which runs code when the picture is shown or clicked`, `remove ${name}`);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop control characters from a URL before reading its scheme
      else if (/(java|vb)script:/i.test(asRead(value).replace(/[\u0000-\u0020]/g, ''))) add(line, `has ${name}="${shorten(value)}" on <${tag.name}>, which runs code`, `remove ${name}`);
      else if ((attribute === 'href' || attribute === 'src') && !isLocal(value)) add(line, `has ${name}="${shorten(value)}" on <${tag.name}>, which loads or opens another address`, `remove ${name}, or point it at a part of the picture (#…)`);
      // Presentation attributes take url() too: fill="url(https://…)" loads as a style would.
      else if (attribute === 'style' || /url\(|image-set\(/i.test(asCss(value))) styles(line, value);
    }
  };
  parser.onclosetag = () => {
    scopes.pop();
    if (open.pop()?.whole) refused--;
  };
  const styles = (line: number, text: string) => {
    const css = asCss(text);
    if (/@import/i.test(css)) add(line, 'has @import in its styles, which loads another file', 'remove the @import');
    for (const address of cssAddresses(css)) {
      if (!isLocal(address)) add(line, `loads "${shorten(address)}" in its styles, which is another address`, 'remove it, or point it at a part of the picture (#…)');
    }
  };
  const styleText = (text: string) => {
    const style = open.at(-1);
    if (style?.element === 'style' && !refused) styles(style.line, text);
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;

  try {
    parser.write(text).close();
  } catch (error) {
    if (error !== stop) throw error;
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
