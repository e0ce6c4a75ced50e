/**
 * The files of /admin/: the page, the browser editor's own script (Sveltia CMS, served from
 * node_modules at the version package.json pins, never from a CDN), Rolebook's script that adds the
 * pay components and starts it, and the generated configuration. The page has a policy of its own:
 * the editor talks to GitHub's API, which no reader's page may.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from '../lib/html.ts';
import { editorComponents, editorConfig, type EditorInputs } from './config.ts';

/**
 * Only what the editor uses: its own files, GitHub's API (REST and GraphQL), status and avatars. Inline
 * styles are the editor's (Svelte sets style attributes); blob: and data: are previews of images
 * being uploaded.
 */
export const adminPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function adminPage(companyName: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(adminPolicy)}">
<meta name="robots" content="noindex, nofollow">
<title>Edit the ${escapeHtml(companyName)} handbook</title>
</head>
<body>
<noscript>The handbook's editor needs JavaScript. Without it, edit the files in content/ on GitHub: <a href="../handbook-guide/">the editing guide</a> says how.</noscript>
<script src="rolebook-editor.js"></script>
</body>
</html>
`;
}

const require = createRequire(import.meta.url);
// The package exports only its module entry (npm/index.js); the self-contained build and the fonts
// the module build carries sit beside it.
const sveltiaPackage = path.join(path.dirname(require.resolve('@sveltia/cms')), '..');
const startScript = fileURLToPath(new URL('./start.js', import.meta.url));

/** The editor's fonts, served from here: the self-contained build would fetch them from a CDN. */
const fonts = ['source-sans-3', 'noto-mono', 'material-symbols-outlined'];

/**
 * Bugs of the pinned Sveltia CMS that Rolebook's configuration runs into, each fixed in its
 * minified code. Each must be found exactly once, so a version that changed that code fails here,
 * to be looked at (and the fix dropped once the bug is gone), rather than in an editor's browser.
 */
const sveltiaFixes: { pattern: RegExp; by: string; bug: string }[] = [
  {
    // With translations, the language switcher above each pane reads the validity of every
    // language, and a save's validation leaves none for a language the entry has no file in yet
    // (every page not translated yet): a TypeError on saving it. 0.196 read it with `?? {}`.
    pattern: /Object\.values\(([\w$]+\([\w$]+\)\[[\w$]+\])\)\.some\(\(\{valid:([\w$]+)\}\)=>!\2\)/g,
    by: 'Object.values($1??{}).some(({valid:$2})=>!$2)',
    bug: 'the language switcher fails on a language the entry has no file in (locale-switcher.svelte: Object.values(validities[locale]))',
  },
];

/**
 * Sveltia CMS as served from /admin/: its self-contained build, with the addresses it would fetch
 * from CDNs (its fonts; its own package, to learn of updates and fetch translations of its interface)
 * pointed at copies served from /admin/ itself, and the bugs above fixed. Each address must be found,
 * so a new version that moved one fails here rather than in an editor's browser.
 */
export async function sveltiaScript(folder: string): Promise<string> {
  let script = await readFile(path.join(sveltiaPackage, 'dist', 'sveltia-cms.js'), 'utf8');
  const replace = (pattern: RegExp, by: string) => {
    if (!pattern.test(script)) throw new Error(`Sveltia CMS no longer loads ${pattern.source}: update src/admin/page.ts for this version.`);
    script = script.replace(pattern, by);
  };
  for (const font of fonts) replace(new RegExp(`https://cdn\\.jsdelivr\\.net/fontsource/fonts/${font}[^)]*\\.woff2`, 'g'), `${folder}fonts/${font}.woff2`);
  replace(/https:\/\/unpkg\.com\/@sveltia\/cms(?=`)/g, `\${location.origin}${folder}sveltia`);
  for (const { pattern, by, bug } of sveltiaFixes) {
    const found = script.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`Sveltia CMS has ${found} places, not one, with the code src/admin/page.ts fixes for this bug: ${bug}. Check whether this version still has the bug, and update or drop the fix.`);
    script = script.replace(pattern, by);
  }
  return script;
}

/** The font files by the names sveltiaScript gives them. */
async function fontFiles(): Promise<[string, Buffer][]> {
  const assets = path.join(sveltiaPackage, 'npm', 'assets');
  const names = await readdir(assets);
  return Promise.all(
    fonts.map(async (font) => {
      const file = names.find((n) => n.startsWith(`${font}-latin-`) && n.endsWith('.woff2'));
      if (!file) throw new Error(`Sveltia CMS ships no ${font} font any more: update src/admin/page.ts for this version.`);
      return [`fonts/${font}.woff2`, await readFile(path.join(assets, file))] as [string, Buffer];
    }),
  );
}

/** Every file of /admin/ by its path in the folder, made from the handbook's settings; `folder` is /base/admin/. */
export async function adminFiles(inputs: EditorInputs, folder: string): Promise<Map<string, string | Buffer>> {
  const pkg = JSON.parse(await readFile(path.join(sveltiaPackage, 'package.json'), 'utf8')) as { version: string };
  return new Map<string, string | Buffer>([
    ['index.html', adminPage(inputs.site.company.name)],
    ['editor.json', `${JSON.stringify({ config: editorConfig(inputs), components: editorComponents(inputs) }, null, 2)}\n`],
    ['sveltia-cms.js', await sveltiaScript(folder)],
    ['rolebook-editor.js', await readFile(startScript)],
    // What the editor asks its own package for: its version (the same: no update to offer).
    ['sveltia/package.json', `${JSON.stringify({ name: '@sveltia/cms', version: pkg.version })}\n`],
    ...(await fontFiles()),
  ]);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};
export const contentTypeOf = (name: string) => contentTypes[path.extname(name)] ?? 'application/octet-stream';
