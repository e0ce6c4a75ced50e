/**
 * The box every table of the site sits in: it scrolls sideways on small screens, and can be
 * focused and named so keyboard and screen-reader users can scroll it too. Used by ProseTable
 * (tables in MDX bodies and on generated pages) and by the editing guide's Markdown tables.
 */
import type { Words } from '../i18n/words/en.ts';
import { en } from '../i18n/words/en.ts';

/** The box's attributes, named in the language of the words given. */
export const tableScrollFor = (words: Pick<Words, 'components'>) => ({ class: 'table-scroll', tabindex: '0', role: 'group', 'aria-label': words.components.tableScroll }) as const;

/** The box in English, for the bodies (src/render/body.ts) and the editing guide, which are rendered once, not per language. */
export const tableScroll = tableScrollFor(en);
