/**
 * A small, tolerant scanner for the HTML that Astro writes: start tags with their attributes, and the
 * text of <script> and <style> elements. Enough for the link checker, the budgets and the CSP gate;
 * html-validate and the Nu checker judge whether the HTML is valid.
 */

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** For <script> and <style>: the text up to the closing tag. */
  text?: string;
  /** 1-based line of the tag in the file, for messages. */
  line: number;
}

const rawText = new Set(['script', 'style', 'textarea', 'title']);

export function scanHtml(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  let counted = 0;
  let line = 1;
  const lineAt = (index: number) => {
    for (; counted < index; counted++) if (html.charCodeAt(counted) === 10) line++;
    return line;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    let j = lt + nameMatch[0].length;
    const attrs = new Map<string, string>();
    // Attributes: name, name=value, name="value", name='value'
    for (;;) {
      while (j < html.length && /\s/.test(html[j]!)) j++;
      if (j >= html.length) break;
      if (html[j] === '>') {
        j++;
        break;
      }
      if (html[j] === '/' && html[j + 1] === '>') {
        j += 2;
        break;
      }
      if (html[j] === '/') {
        j++;
        continue;
      }
      const attr = /^[^\s"'>/=]+/.exec(html.slice(j, j + 256));
      if (!attr) {
        j++;
        continue;
      }
      const attrName = attr[0].toLowerCase();
      j += attr[0].length;
      while (j < html.length && /\s/.test(html[j]!)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < html.length && /\s/.test(html[j]!)) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end === -1 ? html.length : end);
          j = end === -1 ? html.length : end + 1;
        } else {
          const unquoted = /^[^\s>]*/.exec(html.slice(j))![0];
          value = unquoted;
          j += unquoted.length;
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    const tag: Tag = { name, attrs, line: lineAt(lt) };
    if (rawText.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, j);
      const end = close === -1 ? html.length : close;
      tag.text = html.slice(j, end);
      j = end;
    }
    tags.push(tag);
    i = j;
  }
  return tags;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[entity.toLowerCase()] ?? whole;
  });
}

/** Script types the browser runs: classic (no type or a JavaScript MIME type) and module. */
export function isExecutable(type: string | undefined): boolean {
  if (type === undefined) return true;
  const t = type.trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

/** Every id (and legacy <a name>) in the document: the targets a #fragment can point at. */
export function fragmentTargets(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attrs.has('name')) ids.add(tag.attrs.get('name')!);
  }
  return ids;
}

/** The URL-bearing attributes a reader or the browser follows. */
export function linkAttributes(tags: Tag[]): { tag: Tag; attr: string; value: string }[] {
  const out: { tag: Tag; attr: string; value: string }[] = [];
  for (const tag of tags) {
    const pick = (attr: string) => {
      const value = tag.attrs.get(attr);
      if (value !== undefined) out.push({ tag, attr, value });
    };
    if (tag.name === 'a' || tag.name === 'area') pick('href');
    if (tag.name === 'link') pick('href');
    if (['img', 'script', 'source', 'iframe', 'video', 'audio', 'track', 'input', 'embed'].includes(tag.name)) pick('src');
    if (tag.name === 'form') pick('action');
    if (tag.name === 'object') pick('data');
    if (tag.name === 'video') pick('poster');
    for (const attr of ['srcset', 'imagesrcset']) {
      const set = tag.attrs.get(attr);
      if (set)
        for (const part of set.split(',')) {
          const url = part.trim().split(/\s+/)[0];
          if (url) out.push({ tag, attr, value: url });
        }
    }
  }
  return out;
}
