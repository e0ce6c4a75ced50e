/**
 * /site.js: the theme and search bootstrap every page loads in <head>. The source keeps its
 * comments for readers; what ships drops them and the indentation.
 */
import type { APIRoute } from 'astro';
import { compactScript } from '../lib/compact-script.ts';
import source from '../scripts/site.js?raw';

export const GET: APIRoute = () =>
  new Response(compactScript(source), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
