/**
 * The job description as files beside its page: .txt (what the copy button copies) and .md, for
 * applicant-tracking systems and tools that take one or the other.
 */
import type { APIRoute } from 'astro';
import { jobDescriptionFilePaths, type jobDescriptionFormats } from '../../../../handbook/routes.ts';
import { jobDescriptionMarkdown, jobDescriptionText, type JobDescription } from '../../../../lib/job-description.ts';

const formats = {
  txt: { render: jobDescriptionText, type: 'text/plain; charset=utf-8' },
  md: { render: jobDescriptionMarkdown, type: 'text/markdown; charset=utf-8' },
} as const;

export const getStaticPaths = jobDescriptionFilePaths;

export const GET: APIRoute = ({ props }) => {
  const { jd, format } = props as { jd: JobDescription; format: (typeof jobDescriptionFormats)[number] };
  const { render, type } = formats[format];
  return new Response(render(jd), { headers: { 'content-type': type } });
};
