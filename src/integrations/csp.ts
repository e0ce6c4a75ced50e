/**
 * Rolebook's Content-Security-Policy, in one place.
 *
 * Astro (security.csp) writes it into every page as a <meta http-equiv> with the hashes of the
 * scripts and styles it generated. A <meta> cannot carry frame-ancestors, so after the build
 * cspHeaders() also writes dist/_headers (read by Netlify, Cloudflare Pages and similar hosts) with
 * one policy for every path: the union of all pages' policies plus frame-ancestors 'none'.
 * A browser that gets both enforces both, so the header never allows more than a page's meta does.
 *
 * The union includes the browser editor's page (/admin/, src/admin/page.ts), whose policy lets it
 * reach GitHub's API and set inline styles. It cannot have a block of its own: those hosts combine
 * the headers of every block a path matches, and two policies are their intersection, which would
 * take GitHub away from the editor. So the header is looser than a reader's page needs, and each
 * reader's page keeps its strict policy in its <meta>.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eachPage, listPages, readHead } from '../lib/built-pages.ts';

/** The policy for everything but script-src and style-src, which Astro fills with its hashes. */
export const cspDirectives = ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "worker-src 'self' blob:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/** script-src: own files only, plus WebAssembly compilation for the pagefind search. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];
export const styleSources = ["'self'"];

/** Only deliverable as a header: browsers ignore (and complain about) these in a <meta>. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** Further headers every page gets where the host reads _headers. */
const extraHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources); // the first occurrence wins, as in browsers
  }
  return policy;
}

function serialisePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** A source that allows one inline script or style by its content (or a nonce), not by its address. */
const isHashOrNonce = (source: string) => /^'(sha(256|384|512)|nonce)-/i.test(source);

/**
 * One policy allowing what any of the given policies allows (directive by directive). Beside any
 * hash or nonce a browser ignores 'unsafe-inline', and beside any source it ignores 'none': both
 * are dropped, so that a page needing 'unsafe-inline' (the editor's inline styles) still has it.
 */
export function unionPolicies(policies: Policy[]): Policy {
  const out: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const merged = out.get(name) ?? [];
      for (const s of sources) if (!merged.includes(s)) merged.push(s);
      out.set(name, merged);
    }
  }
  for (const [name, sources] of out) {
    let kept = sources.includes("'unsafe-inline'") ? sources.filter((s) => !isHashOrNonce(s)) : sources;
    if (kept.length > 1) kept = kept.filter((s) => s !== "'none'");
    out.set(name, kept);
  }
  return out;
}

/** The content of the CSP <meta> in an HTML page, or null. */
export function metaPolicy(html: string): string | null {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/http-equiv\s*=\s*["']?content-security-policy/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"|\bcontent\s*=\s*'([^']*)'/i.exec(tag);
    return (content?.[1] ?? content?.[2] ?? '')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  }
  return null;
}

function headersFile(policy: Policy): string {
  const withHeaderOnly = unionPolicies([policy, parsePolicy(headerOnlyDirectives.join(';'))]);
  const lines = ['/*', `  Content-Security-Policy: ${serialisePolicy(withHeaderOnly)}`];
  for (const [name, value] of Object.entries(extraHeaders)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}

/** Writes _headers with the union of the policies of every page in the build, the editor's included. */
export async function writeHeadersFile(dir: string): Promise<{ pages: number; policy: string }> {
  const metas = await eachPage(dir, await listPages(dir, { editor: true }), async (file) => metaPolicy(await readHead(file)));
  const policies = metas.filter((meta) => meta !== null).map(parsePolicy);
  const pages = policies.length;
  const policy = policies.length ? unionPolicies(policies) : parsePolicy([...cspDirectives, `script-src ${scriptSources.join(' ')}`, `style-src ${styleSources.join(' ')}`].join(';'));
  const text = headersFile(policy);
  await writeFile(path.join(dir, '_headers'), text);
  return { pages, policy: text };
}

export function cspHeaders(): AstroIntegration {
  return {
    name: 'rolebook:csp-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await writeHeadersFile(fileURLToPath(dir));
        logger.info(`_headers: Content-Security-Policy from ${pages} pages`);
      },
    },
  };
}
