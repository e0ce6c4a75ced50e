/**
 * The site's Markdown, in one place: Astro's `markdown` option (astro.config.ts: the editing
 * guide and any Markdown or MDX page under src/pages/) and the parser features content bodies are
 * rendered with (src/render/body.ts), so a body reads the same wherever Markdown is written.
 */
export const markdownConfig = {
  gfm: true,
  smartypants: true,
  // Shiki colours code with style="" attributes, which the Content-Security-Policy blocks.
  syntaxHighlight: false,
} as const;

export const bodyFeatures = { gfm: markdownConfig.gfm, smartPunctuation: markdownConfig.smartypants, frontmatter: false } as const;
