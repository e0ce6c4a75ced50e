// biome-ignore-all lint/complexity/useSimpleNumberKeys: code points are written in hex, as Unicode lists them
/**
 * Which characters a content file's text may hold: the one place that decides, for the fields of
 * every file (src/reader/yaml-data.ts) and for MDX bodies (src/reader/frontmatter.ts).
 *
 * Refused everywhere, because nobody types them and each makes a page differ from what its editor
 * sees: control characters (U+0000–U+001F but tab and line feed, U+007F, U+0080–U+009F), which
 * are invisible, garble terminals and copied job ads, and carry escape sequences into the check's
 * own report; a carriage return that is not part of a Windows line ending (\r\n), which Markdown
 * and YAML read as a line break where the check's line numbers do not; the line and paragraph
 * separators U+2028/U+2029, invisible line breaks that JavaScript counts and editors do not; and
 * the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, which
 * show text in another order than it is stored ("Trojan Source"), so an address or an amount can
 * read differently from what is published. Arabic or Hebrew text displays correctly without
 * them (the browser's bidirectional algorithm orders it); the marks U+200E, U+200F and U+061C,
 * which only nudge the direction of neighbouring punctuation and reorder nothing, stay allowed.
 * Also refused: U+FFFE and U+FFFF, and half of a surrogate pair (only a "\uD800" code in quotes
 * makes one), which XML forbids, so the jobs feed would no longer be read by any feed reader.
 *
 * Tab and line feed are text only where the text spans lines (an MDX body, a block of prose in
 * the fields): in a one-line value a tab shows as a space and a line break (from "\n") as
 * nothing, so there too the page would differ from what the editor sees.
 */
import type { Problem } from '../problems/problem.ts';

/** A one-line value (a title, an address) or text that spans lines (a body, a block of prose). */
export type TextKind = 'line' | 'prose';

const always = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF';
const loneSurrogate = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const forbidden: Record<TextKind, RegExp> = {
  line: new RegExp(`[${always}\\t\\n\\r]|${loneSurrogate}`),
  prose: new RegExp(`[${always}]|\\r(?!\\n)|${loneSurrogate}`),
};

const names: Record<number, string> = {
  0x00: 'null',
  0x07: 'bell',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line break',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

/** YAML's own short backslash codes, besides \u (or \x) followed by the character's number. */
const yamlEscapes: Record<number, string> = { 0x00: '\\0', 0x07: '\\a', 0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0b: '\\v', 0x0c: '\\f', 0x0d: '\\r', 0x1b: '\\e', 0x85: '\\N', 0x2028: '\\L', 0x2029: '\\P' };

/** U+001B (escape): how a message names a character, since printing it would be invisible or worse. */
export function characterName(char: string): string {
  const code = char.codePointAt(0)!;
  const name = names[code];
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` (${name})` : ''}`;
}

/** Where the first character `text` may not hold is, or -1. */
export function forbiddenAt(text: string, kind: TextKind): number {
  return forbidden[kind].exec(text)?.index ?? -1;
}

/**
 * What is wrong with the character and what to do, to follow "title " or a line number.
 * `written` says whether it is in the file as it is (a paste) or made by a backslash code in
 * double quotes ("\e", "\u001b"), which is what the editor then has to delete.
 */
export function characterMistake(char: string, written: 'as is' | 'escaped'): { message: string; fix: string } {
  const code = char.codePointAt(0)!;
  const name = characterName(char);
  const number = name.replace(/ \(.*/, '');
  const codes = [yamlEscapes[code], `\\u${number.slice(2).toLowerCase()}`].filter(Boolean).join(' or ');
  const remove = written === 'escaped' ? `delete the backslash code between the quotation marks that writes it (${codes})` : undefined;
  if (char === '\t') return { message: `has a tab (${number}) inside a one-line value`, fix: remove ?? 'replace it with a space' };
  if (char === '\n') return { message: `has a line break (${number}) inside a one-line value`, fix: 'write the value on one line, or as a block: the field name, a colon and |, then the lines indented below it' };
  if (char === '\r') return { message: `has a carriage return (${number}) that does not end a line`, fix: remove ?? "save the file with ordinary line endings (any editor's default does), or delete the character" };
  if (code === 0x2028 || code === 0x2029) return { message: `has the invisible character ${name}, which some programs read as a line break and others do not`, fix: remove ?? 'delete it (it usually comes with text pasted from a word processor or a web page)' };
  if (code >= 0xd800 && code <= 0xdfff) return { message: `has ${name}, half of a character, which no page or feed can show`, fix: remove ?? 'delete it' };
  if (code >= 0xfffe) return { message: `has ${name}, which is not a character, so the jobs feed would break`, fix: remove ?? 'delete it' };
  if (code >= 0x2000) return { message: `has the invisible character ${name}, which shows text in a different order from how it is written`, fix: remove ?? 'delete it; right-to-left text such as Arabic or Hebrew shows correctly without it' };
  return { message: `has the invisible control character ${name}`, fix: remove ?? 'delete it; most editors do not show it, so retype the text around it if you cannot find it' };
}

/** Editor text quoted in a message, its forbidden characters named instead of printed into the report (and the terminal). */
export function visible(text: string): string {
  return text.replace(new RegExp(forbidden.line.source, 'g'), (char) => `<${characterName(char).replace(/ \(.*/, '')}>`);
}

/** Character mistakes reported one by one in a file before the rest are counted in one line. */
const maxCharacterLines = 10;

/**
 * Every line of `text` (the first being `firstLine`) holding a character no one types, the first
 * such character per line, with the mistakes `found` already (in values, naming their field) in
 * place of their lines' own; at most `maxCharacterLines` one by one, the rest counted.
 * Text spanning lines may hold tabs and Windows line endings.
 */
export function characterProblems(file: string, text: string, firstLine: number, found: readonly Problem[] = []): Problem[] {
  const lines = new Set(found.map((p) => p.line));
  const problems = [...found];
  text.split('\n').forEach((raw, index) => {
    const line = firstLine + index;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const at = forbiddenAt(content, 'prose');
    if (at >= 0 && !lines.has(line)) problems.push({ file, line, ...characterMistake(content[at]!, 'as is'), severity: 'error' });
  });
  problems.sort((a, b) => a.line! - b.line!);
  if (problems.length <= maxCharacterLines + 1) return problems;
  const { line } = problems[maxCharacterLines]!;
  const more = problems.length - maxCharacterLines - 1;
  return [
    ...problems.slice(0, maxCharacterLines),
    { file, ...(line ? { line } : {}), message: `has invisible or control characters, and so ${more === 1 ? 'does 1 more line' : `do ${more} more lines`} below it`, fix: 'delete them; the check names each one once the ones above are fixed', severity: 'error' },
  ];
}
