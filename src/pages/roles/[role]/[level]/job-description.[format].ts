/**
 * The job description as files beside its page, all from one JobDescription: .txt (plain text for
 * any form), .md, .html (a fragment for rich-text editors) and .json (every field, structured).
 */
import type { APIRoute } from 'astro';
import { jobDescriptionFilePaths, type Route } from '../../../../handbook/routes.ts';
import type { JobDescriptionFormat } from '../../../../handbook/views/job-description.ts';
import { jobDescriptionHtml, jobDescriptionMarkdown, jobDescriptionText, type JobDescription } from '../../../../lib/job-description.ts';

const formats: Record<JobDescriptionFormat, { render: (jd: JobDescription, json: unknown) => string; type: string }> = {
  txt: { render: jobDescriptionText, type: 'text/plain; charset=utf-8' },
  md: { render: jobDescriptionMarkdown, type: 'text/markdown; charset=utf-8' },
  html: { render: jobDescriptionHtml, type: 'text/html; charset=utf-8' },
  json: { render: (_jd, json) => `${JSON.stringify(json, null, 2)}\n`, type: 'application/json' },
};

export const getStaticPaths = jobDescriptionFilePaths;

export const GET: APIRoute = ({ props }) => {
  const { jd, json, format } = (props as Route<{ jd: JobDescription; json: unknown; format: JobDescriptionFormat }>).view();
  const { render, type } = formats[format];
  return new Response(render(jd, json), { headers: { 'content-type': type } });
};
