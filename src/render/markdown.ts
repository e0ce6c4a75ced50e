/**
 * The site's Markdown features, in one place: Astro's Markdown processor uses them for the editing
 * guide and any Markdown or MDX page under src/pages/ (astro.config.ts), and content bodies are
 * rendered with them (src/render/body.ts), so Markdown reads the same wherever it is written.
 */
import type { SatteriFeatures } from '@astrojs/markdown-satteri';

export const markdownFeatures = { gfm: true, smartPunctuation: true } as const satisfies SatteriFeatures;
