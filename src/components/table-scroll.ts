/**
 * The box every table of the site sits in: it scrolls sideways on small screens, and can be
 * focused and named so keyboard and screen-reader users can scroll it too. Used by ProseTable
 * (tables in MDX bodies and on generated pages) and by the editing guide's Markdown tables.
 */
export const tableScroll = { class: 'table-scroll', tabindex: '0', role: 'group', 'aria-label': 'Table (scrolls sideways on small screens)' } as const;
