/**
 * Words for code that runs in the browser, which takes them from the page (a data- attribute the
 * component renders) rather than from a catalogue of its own: a catalogue's function, such as
 * (file) => `Downloaded ${file}.`, goes to the browser as a template with {file} where its value
 * goes (template, at build time), and the browser puts the value in (fill). Nothing else is imported
 * here, so the browser's modules stay small.
 */

/** The text a catalogue's function makes, with {name} in place of each value: template(f, 'file') → 'Downloaded {file}.' */
export const template = (words: (...values: string[]) => string, ...names: string[]): string => words(...names.map((name) => `{${name}}`));

/** A template's text with each {name} replaced by its value: fill('Downloaded {file}.', { file: 'a.md' }). */
export const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
