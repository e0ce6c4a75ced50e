/**
 * /site.js: the theme and search bootstrap every page loads in <head>. The source keeps its
 * comments for readers; what ships is minified with Vite's own minifier.
 */
import type { APIRoute } from 'astro';
import { minifySync } from 'vite';
import source from '../browser/site.js?raw';

export const GET: APIRoute = () => {
  const { code, errors } = minifySync('site.js', source, { compress: true, mangle: true });
  if (errors.length) throw new Error(`src/browser/site.js does not minify: ${errors.map((e) => e.message).join('; ')}`);
  return new Response(code, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
