/** The brand colour from content/site.yaml as CSS variables, so rebranding needs no CSS edits. */
import type { APIRoute } from 'astro';
import { getSiteSettings } from '../handbook/index.ts';
import { brandCss } from '../lib/brand.ts';

export const GET: APIRoute = async () => {
  const site = await getSiteSettings();
  return new Response(brandCss(site.brandColor), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
