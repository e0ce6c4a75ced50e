/**
 * The editing guide is Markdown (src/guide/editing-guide.md), which renders tables as bare
 * <table> elements; here they get the box that scrolls sideways on small screens, like every
 * other table of the site. Code blocks scroll sideways too, so they can be focused and scrolled
 * from the keyboard.
 */
import { tableScroll } from '../components/table-scroll.ts';

const open = `<div ${Object.entries(tableScroll)
  .map(([name, value]) => `${name}="${value}"`)
  .join(' ')}>`;

/** The guide's HTML with each table wrapped in its scrolling box and each code block focusable. */
export function scrollingBoxes(html: string): string {
  return html
    .replace(/<table\b[^>]*>/g, (table) => `${open}${table}`)
    .replace(/<\/table>/g, '</table></div>')
    .replace(/<pre>/g, '<pre tabindex="0">');
}
