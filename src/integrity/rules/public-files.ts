/**
 * public/ is copied into the published site as it is, so what an editor puts there is published
 * at the handbook's own address. Three things must not get in: a file where the site writes one of
 * its own (Astro only warns, and public/site.js would replace the script every page runs), a link
 * (it would publish whatever it points to), and an SVG that is more than a picture (svg.ts).
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
