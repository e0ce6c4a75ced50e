/**
 * YAML that is data: the fields of every file (content/*.yaml and MDX frontmatter) are text,
 * numbers, true/false, lists and groups of fields, and nothing else YAML can say. Each thing
 * beyond that is refused on its line, in words an HR editor can act on:
 * - tags (`!custom`, `!!js/function`, `!!binary`, even `!!str`): each YAML tool reads them its
 *   own way (js-yaml, which Astro's MDX compiler uses, and `yaml`, which the check uses, already
 *   disagree on `!!binary` and `!!set`), and no handbook value needs one;
 * - document markers (`---`, `...`) and directives (`%YAML`): a file holds one set of fields;
 * - more than `maxAliases` aliases (`*name`, repeating a value marked `&name`) in a file, an alias
 *   to nothing, or an alias inside the value it repeats: repeats make the data larger than the
 *   text (the "billion laughs" bomb) or circular, and the tenth repeat of a value in one
 *   handbook file is already unusual;
 * - merge keys (`<<: *defaults`): js-yaml merges them and YAML 1.2 does not, so Astro and the
 *   check would read different fields;
 * - a field name that is itself a list or a group;
 * - characters no one types (src/reader/characters.ts decides which), in any value or name.
 * Found on the parser's tokens and nodes, never by patterns over the text.
 */
import { type CST, isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type LineCounter, type Node } from 'yaml';
import { fieldName, type ValueAt } from '../problems/field-name.ts';
import type { Problem } from '../problems/problem.ts';
import { characterMistake, characterProblems, forbiddenAt } from './characters.ts';

/**
 * Aliases one file may use. The shipped handbook uses none; ten lets an editor repeat a value
 * (a list of benefits shared by two zones, say) a few times. Repeats of repeats multiply, so ten
 * aliases can still make the data 36 times its text (3 × 3 × 2 × 2): a 200 kB file, 7 MB written
 * out, where an alias bomb of the same size would be gigabytes. This limit is the only one: the
 * parser's own (maxAliasCount) is switched off in readYaml, so the two never disagree.
 */
export const maxAliases = 10;

/** Where the YAML is: `frontmatter` fields start on line 2 of their .mdx file and end at its closing fence. */
export interface Place {
  file: string;
  text: string;
  lineCounter: LineCounter;
  frontmatter: boolean;
}

const lineOf = (place: Place, offset: number) => place.lineCounter.linePos(offset).line + (place.frontmatter ? 1 : 0);
const error = (place: Place, offset: number, message: string, fix: string, field?: string): Problem => ({
  file: place.file,
  line: lineOf(place, offset),
  ...(field ? { field } : {}),
  message,
  fix,
  severity: 'error',
});

/** Lists or groups nested deeper than the parser can follow (it says so rather than crash). */
export function nestingMistakes(place: Place, doc: Document): Problem[] {
  const deep = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  return deep ? [error(place, deep.pos[0], 'nests lists or groups of fields too deeply to be read', 'write the value as plain text; no field needs more than a few levels of lists and groups')] : [];
}

/** Everything in the fields that is not plain data, in line order; none means the fields are data. */
export function dataMistakes(place: Place, tokens: readonly CST.Token[], doc: Document): Problem[] {
  const problems = [...tokenMistakes(place, tokens), ...aliasMistakes(place, doc), ...nodeMistakes(place, doc)];
  return problems.sort((a, b) => a.line! - b.line!);
}

/** Tags, document markers and directives, from the parser's tokens: each token is exactly what the editor typed, on its line. */
function tokenMistakes(place: Place, tokens: readonly CST.Token[]): Problem[] {
  const problems: (Problem & { offset: number })[] = [];
  const endOfFields = place.frontmatter ? 'the fields end at the first line of three dashes; remove this line' : 'this file holds one set of fields; remove this line';
  // An explicit stack rather than recursion: the tokens nest as deep as the editor's brackets.
  const stack: unknown[] = [...tokens];
  while (stack.length) {
    const token = stack.pop();
    if (Array.isArray(token)) {
      // One by one: spreading a list of 100,000 items into push() would overflow the stack.
      for (const item of token) stack.push(item);
      continue;
    }
    if (!token || typeof token !== 'object') continue;
    const { type, source, offset } = token as { type?: string; source?: string; offset: number };
    const found = (message: string, fix: string) => problems.push({ ...error(place, offset, message, fix), offset });
    if (type === 'tag') found(`has the tag ${source}, which the handbook does not read`, 'remove it and write the value as plain text');
    else if (type === 'doc-start') found('is a line of three dashes, which YAML reads as the start of a new set of fields', endOfFields);
    else if (type === 'doc-end') found('is a line of three dots, which YAML reads as the end of the fields', endOfFields);
    else if (type === 'directive') found(`is a YAML directive (${source?.split(/\s/)[0]}), which the handbook does not read`, 'remove the line');
    for (const key of ['start', 'sep', 'key', 'value', 'items', 'props', 'end'] as const) {
      if (key in token) stack.push((token as Record<string, unknown>)[key]);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset).map(({ offset: _, ...problem }) => problem);
}

/** Aliases past the limit, to nothing, or inside the value they repeat, checked before anything expands them. */
function aliasMistakes(place: Place, doc: Document): Problem[] {
  const problems: Problem[] = [];
  let count = 0;
  visit(doc, {
    Alias(_, alias: Alias, path) {
      const at = alias.range![0];
      const name = alias.source;
      if (++count > maxAliases) {
        problems.push(error(place, at, `repeats a value with *${name}, one repeat more than the ${maxAliases} a file may have`, `write the value out in full instead of repeating it with & and *`));
        return visit.BREAK;
      }
      const target = alias.resolve(doc);
      if (!target) problems.push(error(place, at, `repeats a value with *${name}, but no value above it is marked &${name}`, `write the value out in full, or mark the value to repeat with &${name}`));
      else if (path.includes(target)) problems.push(error(place, at, `repeats with *${name} the value it is part of, which never ends`, 'write the value out in full'));
      return undefined;
    },
  });
  return problems;
}

/** Names and values: merge keys, names that are lists or groups, and characters no one types. */
function nodeMistakes(place: Place, doc: Document): Problem[] {
  const problems: Problem[] = [];
  // Names such as a grade's id are read from the document itself: it is not data yet.
  const valueAt: ValueAt = (path) => doc.getIn(path);
  const named = (path: PropertyKey[]) => (path.length ? fieldName(path, valueAt) : undefined);
  const characters: Problem[] = [];
  const scalar = (node: Node, path: PropertyKey[], isName: boolean) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
    const [start, end] = node.range;
    const source = place.text.slice(start, end);
    // Block scalars and quoted or plain text running over several lines are prose; the rest is one line.
    const kind = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' || source.includes('\n') ? 'prose' : 'line';
    const inSource = forbiddenAt(source, kind);
    const inValue = inSource < 0 ? forbiddenAt(node.value, kind) : -1;
    if (inSource < 0 && inValue < 0) return;
    const char = inSource >= 0 ? source[inSource]! : node.value[inValue]!;
    const offset = inSource >= 0 ? start + inSource : start;
    const mistake = characterMistake(char, inSource >= 0 ? 'as is' : 'escaped');
    const message = isName ? mistake.message.replace(/^has /, 'has a field name with ') : mistake.message;
    characters.push(error(place, offset, message, mistake.fix, named(path)));
  };
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        // Where the parser complains, a list or group as a name is what it made of a misaligned line: it names that.
        if (key && !isScalar(key) && !isAlias(key) && doc.errors.length === 0) {
          problems.push(error(place, key.range![0], 'has a field name written as a list or a group of fields', 'write the name as plain text, followed by a colon and a space', named(path)));
          continue;
        }
        if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
          problems.push(error(place, key.range![0], 'has <<, which copies in fields from elsewhere in the file (a YAML merge), and the handbook does not read merges', 'write each field out in full instead', named(path)));
          continue;
        }
        if (key) scalar(key, path, true);
        walk(pair.value, [...path, isScalar(key) ? (key.value as PropertyKey) : '?']);
      }
    } else if (isSeq(node)) for (const [i, item] of node.items.entries()) walk(item, [...path, i]);
    else if (isScalar(node)) scalar(node, path, false);
    // An alias is checked where the value it repeats is written.
  };
  walk(doc.contents, []);
  // With what no value holds (a comment, the spaces between), by line, without a field to name.
  return [...problems, ...characterProblems(place.file, place.text, place.frontmatter ? 2 : 1, characters)];
}
