/**
 * The job description as files beside its page: .txt (what the copy button copies) and .md, for
 * applicant-tracking systems and tools that take one or the other.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getHandbook, type Level } from '../../../../handbook/index.ts';
import { jobDescriptionFor } from '../../../../handbook/job-description.ts';
import { jobDescriptionMarkdown, jobDescriptionText } from '../../../../lib/job-description.ts';

const formats = {
  txt: { render: jobDescriptionText, type: 'text/plain; charset=utf-8' },
  md: { render: jobDescriptionMarkdown, type: 'text/markdown; charset=utf-8' },
} as const;

export const getStaticPaths = (async () => {
  const h = await getHandbook();
  return h.levels.flatMap((level) =>
    Object.keys(formats).map((format) => ({ params: { role: level.role.id, level: level.slug, format }, props: { level } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const h = await getHandbook();
  const { render, type } = formats[params['format'] as keyof typeof formats];
  return new Response(render(jobDescriptionFor((props as { level: Level }).level, h.site)), { headers: { 'content-type': type } });
};
