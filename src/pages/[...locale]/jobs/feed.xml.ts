/** The open openings as an Atom feed, for feed readers and job aggregators: one per language. */
import type { APIRoute } from 'astro';
import { jobsAtomPaths, type Route } from '../../../handbook/routes.ts';

export const getStaticPaths = jobsAtomPaths;

export const GET: APIRoute<Route<string>> = ({ props }) => new Response(props.view(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
