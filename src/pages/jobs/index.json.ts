/** The open openings as JSON, for the company's careers page and aggregators. */
import type { APIRoute } from 'astro';
import { jobsJson } from '../../handbook/routes.ts';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(await jobsJson(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
