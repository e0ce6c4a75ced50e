/** The job description as plain text: what the copy button puts on the clipboard. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbook, type Level } from '../../../../handbook/index.ts';
import { jobDescriptionFor } from '../../../../handbook/job-description.ts';
import { jobDescriptionText } from '../../../../lib/job-description.ts';

export const getStaticPaths = (async () => {
  const h = await getHandbook();
  return h.levels.map((level) => ({ params: { role: level.role.id, level: level.slug }, props: { level } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const h = await getHandbook();
  const body = jobDescriptionText(jobDescriptionFor((props as { level: Level }).level, h.site));
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
