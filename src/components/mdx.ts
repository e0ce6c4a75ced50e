/** Components that replace plain HTML elements when MDX bodies render: <Content components={mdx} />. */
import ProseTable from './ProseTable.astro';

export const mdx = { table: ProseTable };
