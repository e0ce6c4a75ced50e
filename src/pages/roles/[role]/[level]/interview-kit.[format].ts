/**
 * A level's interview kit as files beside its page, where site.yaml makes kits public: Markdown, and
 * a CSV for applicant-tracking systems. Internal kits are written by npm run kits instead, never here.
 */
import type { APIRoute } from 'astro';
import { kitFilePaths, type Route } from '../../../../handbook/routes.ts';

const types = { md: 'text/markdown; charset=utf-8', csv: 'text/csv; charset=utf-8' };

export const getStaticPaths = kitFilePaths;

export const GET: APIRoute = ({ props }) => {
  const { text, format } = (props as Route<{ text: string; format: 'md' | 'csv' }>).view();
  return new Response(text, { headers: { 'content-type': types[format] } });
};
