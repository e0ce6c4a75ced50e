/**
 * Every body is parsed with the MDX parser Astro's compiler uses (parsing, not compiling: the
 * build compiles each file once, after this), then held to the safe subset in schemas/body.ts:
 * no imports or exports, no expressions, only harmless HTML with literal attributes, links that
 * cannot run code, images from public/ only. Each violation says what to write instead.
 */
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent, SourceFile } from '../../reader/content.ts';
import type { Checked } from '../checked.ts';
import { didYouMean } from '../../lib/did-you-mean.ts';
import { payTableFile } from '../../schemas/collections.ts';
import { allowedAttribute, contentComponents, dangerousElements, isAllowedElement, isContentComponent, isNote, isSafeLink, maxNesting, readImage, type ComponentProp, type ImageProblem } from '../../schemas/body.ts';
import { andList, zoneChoices } from '../pay-zones.ts';
import { lookUp } from '../public-folder.ts';
import { draftIds } from './references.ts';

export interface Node {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 37)}...` : text);

type Body = Pick<SourceFile, 'file' | 'body' | 'bodyLine'>;

/**
 * What one file's body says on its own, in order: a problem, or something only the whole handbook
 * can judge (a component naming a level, role or zone; an image that must be in public/). Plain
 * data, so it can be found in a worker thread and kept in the cache. An image's `path` is the
 * normalised one publicImage gives (schemas/body.ts), so the file looked for is the file served.
 */
export type MdxFinding = { problem: Problem } | { names: 'level' | 'role' | 'zone'; value: string; tag: string; prop: string; line: number } | { image: string; path: string; line: number };

export function checkMdx(content: Checked): Problem[] {
  const levels = [...content.ids.levels];
  const roles = [...content.ids.roles];
  const lists = { level: levels, role: roles };
  const known = { level: new Set(levels), role: new Set(roles) };
  // Without a valid pay table its own problems are the report; zones are not judged against nothing.
  const zones = content.pay?.zones.map((z) => z.id);
  // A published page's pay figure from a draft level or role would be missing on the site, without a word.
  const drafts = draftIds(content);
  const { onSite } = content;
  const problems: Problem[] = [];
  for (const source of content.files) {
    const unknownZones: { value: string; line: number }[] = [];
    for (const finding of content.findings.get(source.file)?.mdx ?? []) {
      if ('problem' in finding) problems.push(finding.problem);
      else if ('image' in finding) {
        const missing = missingImage(content, finding);
        if (missing) problems.push({ file: source.file, line: finding.line, ...missing, severity: 'error' });
      } else if (finding.names === 'zone') {
        if (zones && !zones.includes(finding.value)) unknownZones.push(finding);
      } else {
        const { names, value, tag, prop, line } = finding;
        if (onSite.has(source.file) && drafts.has(value)) {
          problems.push({ file: source.file, line, message: `has <${tag} ${prop}="${value}">, which is a draft, so the figure would be missing on the site`, fix: `publish ${value} (status: published), or name a published ${names}`, severity: 'error' });
        }
        if (known[names].has(value)) continue;
        const guess = didYouMean(value, lists[names]);
        problems.push({ file: source.file, line, message: `has <${tag} ${prop}="${value}">, which does not exist`, fix: guess ? `did you mean ${guess}?` : `use one of: ${lists[names].join(', ')}`, severity: 'error' });
      }
    }
    if (unknownZones.length) problems.push(unknownZonesProblem(source.file, unknownZones, content.pay!));
  }
  return problems;
}

/**
 * Zones a body names that the pay table does not have, as one problem for the file: removing a
 * zone from content/pay.yaml leaves every sentence that named it to the editor, and one message
 * that says what to do once reads better than the same message on every line. What was removed
 * is never matched to the nearest zone (src/integrity/pay-zones.ts).
 */
function unknownZonesProblem(file: string, uses: { value: string; line: number }[], pay: NonNullable<LoadedContent['pay']>): Problem {
  const values = [...new Set(uses.map((u) => u.value))];
  const lines = [...new Set(uses.map((u) => u.line))];
  const defaultZone = pay.zones.find((z) => z.id === pay.defaultZone);
  const plural = (n: number, word: string) => (n > 1 ? `${word}s` : word);
  return {
    file,
    line: lines[0]!,
    message: `shows pay in the ${plural(values.length, 'zone')} ${andList(values.map((v) => `"${v}"`))}${lines.length > 1 ? ` here and on ${plural(lines.length - 1, 'line')} ${andList(lines.slice(1).map(String))}` : ''}, but ${payTableFile} has no ${plural(values.length, 'zone')} of ${values.length > 1 ? 'these names' : 'that name'}`,
    fix: `delete ${andList(values.map((v) => `zone="${v}"`))} to show the default zone${defaultZone ? `, ${defaultZone.name}` : ''}, or write one of the zones ${payTableFile} has: ${zoneChoices(pay.zones)}`,
    severity: 'error',
  };
}

/** Why an image that is a path of the site is not there to show, or nothing when it is. */
function missingImage(content: LoadedContent, { image, path }: { image: string; path: string }): { message: string; fix: string } | undefined {
  const { file, there, near } = lookUp(content, path);
  if (there) return undefined;
  if (near) return { message: `shows the image "${shorten(image)}", but the file in public/ is named public/${near}`, fix: `write /${near}: the published site tells capital and small letters apart` };
  return { message: `shows the image "${shorten(image)}", which is not in public/`, fix: `add the file as public/${file}, or correct the path` };
}

/**
 * What is wrong with an image's address, in the editor's words, and what to write instead: the
 * path it comes to where there is one (readImage in schemas/body.ts), or an example.
 */
function imageProblem(src: string, problem: ImageProblem, path: string | undefined): { message: string; fix: string } {
  const shown = `shows the image "${shorten(src)}"`;
  const anywhere = 'put the file in public/ (public/images/, say) and write its path, such as /images/team.png';
  switch (problem) {
    case 'remote':
      return { message: `${shown} from another address, which tells that site about every reader`, fix: anywhere };
    case 'query':
      return { message: `${shown} with ? or # after the file name, which the build reads as an instruction, not as part of the name`, fix: path ? `write the path alone: ${path}` : anywhere };
    case 'climbs':
      return { message: `${shown}, whose path goes up a folder with "..", which can reach files outside public/`, fix: path ? `write the path from public/ without "..": ${path}` : anywhere };
    case 'not-a-path':
      return { message: `${shown}, which is not written as a path from the public/ folder`, fix: path ? `write the path from public/, starting with /: ${path}` : anywhere };
  }
}

/** The body's findings, from its parsed tree or from why it could not be parsed. */
export function mdxFindings(source: Body, parsed: { tree: Node } | { error: unknown }): MdxFinding[] {
  return 'tree' in parsed ? unsafe(parsed.tree, source) : [{ problem: syntaxProblem(source, parsed.error) }];
}

/** A body nested deeper than schemas/body.ts allows, at the line where it goes too deep. */
export class TooDeep extends Error {
  readonly line: number;
  constructor(line: number) {
    super('too deep');
    this.line = line;
  }
}

function syntaxProblem(source: Body, error: unknown): Problem {
  if (error instanceof TooDeep) {
    return {
      file: source.file,
      line: source.bodyLine + error.line - 1,
      message: `has quotes, lists or tags inside each other more than ${maxNesting} deep, which the handbook does not read`,
      fix: 'write the text with fewer levels: a list inside a list inside a list is already plenty',
      severity: 'error',
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s.exec(text);
  const line = match ? source.bodyLine + Number(match[1]) - 1 : source.bodyLine;
  const reason = (match?.[3] ?? text).replace(/\s+/g, ' ').trim();
  const brace = /expression|brace|acorn/i.test(reason);
  return {
    file: source.file,
    line,
    message: `has text that cannot be published: ${reason}`,
    fix: brace ? 'curly braces are code in MDX: to show one as text, write \\{ or \\}' : 'in MDX, write < as &lt; and { as \\{, and close every tag you open',
    severity: 'error',
  };
}

function unsafe(tree: Node, source: Body): MdxFinding[] {
  const findings: MdxFinding[] = [];
  const shownByImages = imageReferences(tree);
  const lineOf = (node: Node) => source.bodyLine + (node.position?.start.line ?? 1) - 1;
  const at = (node: Node, message: string, fix: string) => findings.push({ problem: { file: source.file, line: lineOf(node), message, fix, severity: 'error' } });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, `has "${shorten(String(node.value).split('\n')[0]!)}": content cannot import or export anything, because that runs code when the site is built`, 'delete the line; write tables, links and pictures in Markdown');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = String(node.value ?? '');
        if (!isNote(code)) at(node, `has "{${shorten(code)}}", which MDX runs as code`, `to show the curly braces as text, write \\{${shorten(code)}\\}`);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        // Inside an element content cannot use, everything goes with it: one message is enough.
        if (!element(node)) return;
        break;
      case 'definition':
      case 'link':
        // A definition an image refers to (![Team][team] … [team]: /images/team.png) is that image's address.
        if (node.type === 'definition' && shownByImages.has(referenceKey(node.identifier))) image(node, node.url ?? '');
        else if (node.url && !isSafeLink(node.url)) at(node, `links to "${shorten(node.url)}", which could run code in the reader's browser`, 'link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook');
        break;
      case 'image':
        if (node.url) image(node, node.url);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };

  const image = (node: Node, src: string) => {
    const { path, problem } = readImage(src);
    if (problem) {
      const { message, fix } = imageProblem(src, problem, path);
      at(node, message, fix);
    } else findings.push({ image: src, path: path!, line: lineOf(node) });
  };

  /** False where the element itself is not allowed. */
  const element = (node: Node): boolean => {
    const name = node.name ?? '';
    if (!name) {
      at(node, 'has an empty tag <>…</>', 'remove the <> and </> around the text');
      return true;
    }
    if (isContentComponent(name)) return component(node, name, contentComponents[name]);
    if (!isAllowedElement(name)) {
      const why = Object.hasOwn(dangerousElements, name.toLowerCase()) ? dangerousElements[name.toLowerCase()] : undefined;
      at(node, `has <${name}>, which content cannot use${why ? `: it ${why}` : ''}`, why ? 'remove it' : 'remove it, or write the same thing in Markdown');
      return false;
    }
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        at(node, `has <${name} {…}>, which runs code`, 'write each attribute as name="text"');
        continue;
      }
      const attr = attribute.name;
      const value = attribute.value;
      if (/^on/i.test(attr)) at(node, `has ${attr} on <${name}>, which runs code when a reader interacts with it`, `remove ${attr}`);
      else if (!allowedAttribute(name, attr)) at(node, `has the attribute ${attr} on <${name}>, which content cannot use`, `remove ${attr}`);
      else if (value !== null && typeof value === 'object') at(node, `has ${attr}={…} on <${name}>, which runs code`, `write the value as text in quotes: ${attr}="…"`);
      else if (attr === 'href' && typeof value === 'string' && !isSafeLink(value)) at(node, `links to "${shorten(value)}", which could run code in the reader's browser`, 'link to a web page (https://…), an e-mail address (mailto:…) or a page of this handbook');
      else if (attr === 'src' && typeof value === 'string') image(node, value);
    }
    return true;
  };

  /**
   * A registered component: literal props only, each naming something that exists. It is drawn
   * from its props alone (src/render/components.ts), so what is written between its tags is one
   * error: it would silently vanish from the page.
   */
  const component = (node: Node, name: string, props: Record<string, ComponentProp>): boolean => {
    if (node.children?.length)
      at(
        node,
        `has something written inside <${name}>…</${name}>, which it never shows`,
        `write it as <${[
          name,
          ...Object.keys(props)
            .filter((p) => !props[p]!.endsWith('?'))
            .map((p) => `${p}="…"`),
        ].join(' ')} /> and put any text outside it`,
      );
    const given = new Map<string, string>();
    for (const attribute of node.attributes ?? []) {
      const prop = attribute.type === 'mdxJsxAttribute' ? attribute.name : undefined;
      if (!prop || !(prop in props)) {
        at(
          node,
          `has <${name}> with ${prop ? `the prop ${prop}` : 'a {…} spread'}, which it does not take`,
          `give it only ${Object.keys(props)
            .map((p) => `${p}="…"`)
            .join(' and ')}`,
        );
      } else if (typeof attribute.value !== 'string') {
        at(node, `has ${prop}={…} on <${name}>, which runs code`, `write the value as text in quotes: ${prop}="…"`);
      } else given.set(prop, attribute.value);
    }
    for (const [prop, kind] of Object.entries(props)) {
      const value = given.get(prop);
      if (value === undefined) {
        if (!kind.endsWith('?')) at(node, `has <${name}> without ${prop}`, `add ${prop}="…", such as ${examples[namesOf(kind)]}`);
        continue;
      }
      findings.push({ names: namesOf(kind), value, tag: name, prop, line: lineOf(node) });
    }
    return false;
  };

  visit(tree);
  return findings;
}

/**
 * How a reference label is matched to its definition, loosely: Markdown matches labels without
 * regard to capitals and spacing, and a looser match here only means more definitions are held to
 * the image rule, never fewer.
 */
const referenceKey = (label: string | undefined) => (label ?? '').normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().replace(/\s+/g, ' ').trim();

/** The labels images refer to (![Team][team]), wherever they are in the body. */
function imageReferences(tree: Node): Set<string> {
  const labels = new Set<string>();
  const walk = (node: Node) => {
    if (node.type === 'imageReference') labels.add(referenceKey(node.identifier));
    node.children?.forEach(walk);
  };
  walk(tree);
  return labels;
}

const namesOf = (kind: ComponentProp) => kind.replace('?', '') as 'level' | 'role' | 'zone';

const examples = { level: 'backend-engineer/senior', role: 'backend-engineer', zone: 'us' };
