/** robots.txt pointing crawlers at the sitemap under the site's address and base path. */
import type { APIRoute } from 'astro';
import { site as settings } from '../handbook/settings.ts';
import { absoluteUrl } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('sitemap-index.xml', (site ?? new URL(settings.url)).href);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
