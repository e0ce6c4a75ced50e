/** The open openings as JSON, for the company's careers page and aggregators: one per language. */
import type { APIRoute } from 'astro';
import { jobsJsonPaths, type Route } from '../../../handbook/routes.ts';

export const getStaticPaths = jobsJsonPaths;

export const GET: APIRoute<Route<unknown>> = ({ props }) => new Response(`${JSON.stringify(props.view(), null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
