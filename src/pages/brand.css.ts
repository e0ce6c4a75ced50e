/** The brand colour from content/site.yaml as CSS variables, so rebranding needs no CSS edits. */
import type { APIRoute } from 'astro';
import { site } from '../handbook/settings.ts';
import { brandCss } from '../lib/brand.ts';

export const GET: APIRoute = () => new Response(brandCss(site.brandColor), { headers: { 'content-type': 'text/css; charset=utf-8' } });
