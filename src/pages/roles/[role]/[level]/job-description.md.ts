/** The job description as Markdown, for tools that accept it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbook, type Level } from '../../../../handbook/index.ts';
import { jobDescriptionFor } from '../../../../handbook/job-description.ts';
import { jobDescriptionMarkdown } from '../../../../lib/job-description.ts';

export const getStaticPaths = (async () => {
  const h = await getHandbook();
  return h.levels.map((level) => ({ params: { role: level.role.id, level: level.slug }, props: { level } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const h = await getHandbook();
  const body = jobDescriptionMarkdown(jobDescriptionFor((props as { level: Level }).level, h.site));
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
