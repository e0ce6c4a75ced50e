/**
 * public/ is copied into the published site as it is, so what an editor puts there is published
 * at the handbook's own address. Four things must not get in: a file where the site writes one of
 * its own (Astro only warns, and public/site.js would replace the script every page runs), a link
 * (it would publish whatever it points to), an SVG that is more than a picture (svg.ts), and a
 * script or a web page: a page of its own there runs scripts at the handbook's address, where
 * GitHub Pages applies none of the site's Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../../problems/problem.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { clash, siteFiles, type SiteFile } from '../../lib/site-files.ts';
import { publicFolder } from '../public-folder.ts';
import { svgProblems } from '../svg.ts';

const elsewhere = 'rename the file, or move it into a folder the site does not use, such as public/files/';

export function checkPublicFiles(content: Pick<LoadedContent, 'root'>): Problem[] {
  const folder = publicFolder(content);
  const problems: Problem[] = folder.links.map((link) => ({
    file: link === 'public' ? 'public' : `public/${link}`,
    message: 'is a link to another file or folder, which the handbook does not follow',
    fix: 'replace the link with a copy of the file',
    severity: 'error',
  }));
  const site = siteFiles();
  for (const file of [...folder.files].sort()) {
    const shadowed = shadows(file, site);
    if (shadowed) problems.push({ file: `public/${file}`, ...shadowed, severity: 'error' });
    // Where it would replace a file of the site, that is the one thing to say about it.
    const code = shadowed ? undefined : codeFile(file, () => readFileSync(path.join(content.root, 'public', file), 'utf8'));
    if (code) problems.push({ file: `public/${file}`, ...code, severity: 'error' });
    if (/\.svgz?$/i.test(file)) {
      const bytes = readFileSync(path.join(content.root, 'public', file));
      for (const problem of svgProblems(bytes, /z$/i.test(file))) problems.push({ file: `public/${file}`, ...problem, severity: 'error' });
    }
  }
  return problems;
}

/** What a file in public/ would replace or get in the way of, in an editor's words, or nothing. */
function shadows(file: string, site: SiteFile[]): { message: string; fix: string } | undefined {
  for (const written of site) {
    const found = clash(file, written);
    if (!found) continue;
    const { kind, at } = found;
    const what = written.page ? 'its pages' : written.what;
    const thing = !written.page || written.pattern === '404.html' ? `${at} (${written.what})` : at === 'index.html' ? 'the home page' : `the page /${at.replace(/index\.html$/, '')}`;
    switch (kind) {
      case 'same':
        return { message: `would replace ${thing}, which the site writes itself`, fix: elsewhere };
      case 'inside':
        return { message: `is inside ${at}, a folder the site writes itself (${what})`, fix: elsewhere };
      case 'folder':
        return { message: `has the name of the folder ${at}, which the site writes itself (${what})`, fix: elsewhere };
      case 'file':
        return { message: `is in a folder named like ${thing}, which the site writes itself`, fix: `rename the folder public/${file.split('/').slice(0, at.split('/').length).join('/')}/` };
    }
  }
  return undefined;
}

/** Scripts and web pages: the kinds of file a browser runs or lets run, which content never needs. */
const scripts = /\.(m?js|cjs|wasm)$/i;
const pages = /\.(html?|xhtml|shtml|xht)$/i;
/** Google's site-verification file: a page in name only, holding one line that Google reads. */
const verification = /^google[0-9a-f]{16}\.html$/;

function codeFile(file: string, text: () => string): { message: string; fix: string } | undefined {
  const name = file.split('/').at(-1)!;
  if (scripts.test(name)) return { message: "is a script, which would be published at the handbook's address, where nothing of the handbook runs it", fix: 'delete it: the handbook needs no scripts of its own in public/' };
  if (!pages.test(name)) return undefined;
  if (verification.test(name) && text().trim() === `google-site-verification: ${name}`) return undefined;
  return { message: "is a web page, which would be published at the handbook's address and could run scripts there", fix: 'delete it, and write the page as content instead (an FAQ, say); a Google site-verification file is fine as Google gives it' };
}
