/**
 * The site's Markdown features, in one place: Astro's Markdown processor uses them for the editing
 * guide and any Markdown or MDX page under src/pages/ (astro.config.ts), and content bodies are
 * rendered with them (src/render/body.ts), so Markdown reads the same wherever it is written.
 */
import type { SatteriFeatures } from '@astrojs/markdown-satteri';

export const markdownFeatures = { gfm: true, smartPunctuation: true } as const satisfies SatteriFeatures;

/**
 * How a body is parsed, by the content check and the renderer alike. The fields are already split
 * off by the reader, so a body that starts with three dashes starts with a rule, never with
 * fields the check would skip.
 */
export const bodyFeatures = { ...markdownFeatures, frontmatter: false } as const;
