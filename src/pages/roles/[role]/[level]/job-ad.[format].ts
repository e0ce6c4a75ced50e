/**
 * The job ad as files beside its page, all from one AdCopy: .txt (plain text for
 * any form), .md, .html (a fragment for rich-text editors) and .json (every field, structured).
 */
import type { APIRoute } from 'astro';
import { adFilePaths, type Route } from '../../../../handbook/routes.ts';
import type { AdFormat } from '../../../../handbook/views/ad.ts';
import { adHtml, adMarkdown, adText, type AdCopy } from '../../../../lib/ad-copy.ts';

const formats: Record<AdFormat, { render: (copy: AdCopy, json: unknown) => string; type: string }> = {
  txt: { render: adText, type: 'text/plain; charset=utf-8' },
  md: { render: adMarkdown, type: 'text/markdown; charset=utf-8' },
  html: { render: adHtml, type: 'text/html; charset=utf-8' },
  json: { render: (_jd, json) => `${JSON.stringify(json, null, 2)}\n`, type: 'application/json' },
};

export const getStaticPaths = adFilePaths;

export const GET: APIRoute = ({ props }) => {
  const { copy, json, format } = (props as Route<{ copy: AdCopy; json: unknown; format: AdFormat }>).view();
  const { render, type } = formats[format];
  return new Response(render(copy, json), { headers: { 'content-type': type } });
};
