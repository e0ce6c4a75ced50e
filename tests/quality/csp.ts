/**
 * The static half of the CSP gate: what every built page and the _headers file must say. The browser
 * half (the policy really blocks an injected script; features work under it) is in
 * tests/e2e/gates/csp.test.ts.
 */
import { cspDirectives, headerOnlyDirectives, metaPolicy, parsePolicy, scriptSources, styleSources, unionPolicies, type Policy } from '../../src/integrations/csp.ts';
import { isExecutable, scanHtml } from './html-scan.ts';

const hash = /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/;

/** Problems with one directive's sources against what is allowed beside hashes. */
function checkSources(name: string, sources: string[] | undefined, allowed: string[], allowHashes: boolean): string[] {
  if (!sources) return [`${name} is missing`];
  const out: string[] = [];
  for (const s of sources) {
    if (allowed.includes(s)) continue;
    if (allowHashes && hash.test(s)) continue;
    out.push(`${name} allows ${s}, which the policy does not permit`);
  }
  for (const s of allowed) if (!sources.includes(s)) out.push(`${name} lacks ${s}`);
  return out;
}

/** Script sources no policy of Rolebook's may allow: each lets in script that is not a file of the site. */
function scriptProblems(policy: Policy): string[] {
  const problems: string[] = [];
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
      if (policy.get(name)?.includes(bad)) problems.push(`${name} must not allow ${bad}`);
    }
  }
  return problems;
}

/** Problems with a reader's page's policy as Rolebook defines it (src/integrations/csp.ts). */
export function checkPolicy(policy: Policy): string[] {
  const problems: string[] = [];
  for (const directive of cspDirectives) {
    const [name, ...sources] = directive.split(' ');
    problems.push(...checkSources(name!, policy.get(name!), sources, false));
  }
  problems.push(...checkSources('script-src', policy.get('script-src'), scriptSources, true));
  problems.push(...checkSources('style-src', policy.get('style-src'), styleSources, true));
  return [...problems, ...scriptProblems(policy)];
}

/** The hosts the browser editor talks to: GitHub's API, its status page, avatars and raw files. */
const editorHosts = ['https://api.github.com', 'https://www.githubstatus.com', 'https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'];

/**
 * Problems with the browser editor's policy (src/admin/page.ts): its own files and GitHub's hosts,
 * nothing else; 'unsafe-inline' for its styles only, and script from its own files only.
 */
export function checkEditorPolicy(policy: Policy): string[] {
  const problems = checkSources('script-src', policy.get('script-src'), ["'self'"], false);
  for (const [name, required] of Object.entries({ 'default-src': "'self'", 'object-src': "'none'", 'base-uri': "'self'" })) {
    if (policy.get(name)?.join(' ') !== required) problems.push(`${name} must be ${required}`);
  }
  if (!policy.get('connect-src')?.includes('https://api.github.com')) problems.push('connect-src lacks https://api.github.com, which the editor saves through');
  for (const [name, sources] of policy) {
    for (const s of sources) {
      const allowed = ["'self'", "'none'", 'data:', 'blob:', ...editorHosts].includes(s) || (s === "'unsafe-inline'" && name === 'style-src');
      if (!allowed) problems.push(`${name} allows ${s}, which the editor does not need`);
    }
  }
  return [...new Set([...problems, ...scriptProblems(policy)])];
}

/**
 * Problems with one built page: the policy it carries (a reader's, or with checkEditorPolicy the
 * editor's) and what in it would need a weaker one.
 */
export function checkPage(html: string, policyProblems = checkPolicy): string[] {
  const problems: string[] = [];
  const meta = metaPolicy(html);
  if (meta === null) problems.push('no Content-Security-Policy <meta>');
  else problems.push(...policyProblems(parsePolicy(meta)).map((p) => `CSP <meta>: ${p}`));
  const tags = scanHtml(html);
  const metaIndex = tags.findIndex((t) => t.name === 'meta' && /content-security-policy/i.test(t.attrs.get('http-equiv') ?? ''));
  tags.forEach((tag, index) => {
    if (tag.name === 'script' && isExecutable(tag.attrs.get('type')) && !tag.attrs.has('src') && (tag.text ?? '').trim()) {
      problems.push(`line ${tag.line}: inline <script>; move it to a file (public/ or a bundled <script> Astro emits as a file)`);
    }
    if (tag.name === 'script' && tag.attrs.has('src') && metaIndex > index) {
      const src = tag.attrs.get('src') ?? '';
      // Scripts before the <meta> are not covered by it; only our own files may sit there.
      if (/^[a-z]+:|^\/\//i.test(src)) problems.push(`line ${tag.line}: <script src="${src}"> from elsewhere runs before the CSP <meta>`);
    }
    for (const [attr, value] of tag.attrs) {
      if (attr === 'style') problems.push(`line ${tag.line}: <${tag.name} style="${value}">: style attributes are blocked by the CSP; use a class`);
      if (/^on[a-z]+$/.test(attr)) problems.push(`line ${tag.line}: <${tag.name} ${attr}>: inline event handlers are blocked by the CSP; use addEventListener in a script`);
    }
  });
  return problems;
}

/**
 * Problems with the _headers file against the policies of the pages: its "/*" policy must be their
 * union (unionPolicies) plus frame-ancestors 'none'. A source missing breaks a page that needs it
 * (both policies apply); one no page asks for is a weakening that nothing needs.
 */
export function checkHeaders(text: string, pagePolicies: Policy[]): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === '/*');
  if (start === -1) return ['_headers has no "/*" block'];
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() && !/^\s/.test(line)) break;
    block.push(line.trim());
  }
  const cspLine = block.find((l) => /^content-security-policy:/i.test(l));
  if (!cspLine) return ['_headers "/*" has no Content-Security-Policy'];
  const policy = parsePolicy(cspLine.slice(cspLine.indexOf(':') + 1));
  const problems = scriptProblems(policy).map((p) => `_headers: ${p}`);
  if (policy.get('frame-ancestors')?.join(' ') !== "'none'") problems.push("_headers: frame-ancestors must be 'none'");
  const union = unionPolicies(pagePolicies);
  for (const [name, sources] of union) {
    for (const s of sources) if (!(policy.get(name) ?? []).includes(s)) problems.push(`_headers ${name} lacks ${s}, which a page needs`);
  }
  const headerOnly = new Set(parsePolicy(headerOnlyDirectives.join(';')).keys());
  for (const [name, sources] of policy) {
    if (headerOnly.has(name)) continue;
    for (const s of sources) if (!(union.get(name) ?? []).includes(s)) problems.push(`_headers ${name} allows ${s}, which no page's policy does`);
  }
  return [...new Set(problems)];
}
