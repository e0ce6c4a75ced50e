/** The open openings as an Atom feed, for feed readers and job aggregators. */
import type { APIRoute } from 'astro';
import { jobsAtom } from '../../handbook/routes.ts';

export const GET: APIRoute = async () => new Response(await jobsAtom(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
