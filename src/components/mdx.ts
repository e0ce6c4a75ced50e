/**
 * What MDX bodies render with: <Content components={mdx} />. Plain HTML elements that need more
 * than the browser's default (tables scroll inside their own box), and the components content may
 * use (listed with their props in src/schemas/body.ts, which the content check holds bodies to).
 */
import LevelPay from './content/LevelPay.astro';
import ProseTable from './ProseTable.astro';
import RolePay from './content/RolePay.astro';

export const mdx = { table: ProseTable, LevelPay, RolePay };
