/** Site-wide settings that a schema cannot judge alone. */
import { brandColors, LIGHT_SURFACE, textContrast } from '../../lib/brand.ts';
import { contrastRatio } from '../../lib/color.ts';
import { problemAt } from '../../problems/at-field.ts';
import type { Problem } from '../../problems/problem.ts';
import { readImage } from '../../schemas/body.ts';
import { shippedSite } from '../../schemas/site.ts';
import type { LoadedContent } from '../../reader/content.ts';
import { lookUp } from '../public-folder.ts';
import { settingsFiles } from '../settings-files.ts';

export function checkSite(content: LoadedContent): Problem[] {
  return [...checkBrandColor(content), ...checkLogo(content), ...checkShippedValues(content), ...checkExampleCompanyNamed(content)];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exampleCompany = new RegExp(`${escapeRegExp(shippedSite.companyName)}|[\\w.+-]*@${escapeRegExp(shippedSite.mailDomain)}`, 'gi');
// Looked for line by line only in the few files that name it at all: the pattern is slow on long text.
const exampleNames = [shippedSite.companyName, shippedSite.mailDomain].map((name) => name.toLowerCase());
const namesExample = (raw: string) => {
  const lower = raw.toLowerCase();
  return exampleNames.some((name) => lower.includes(name));
};

/**
 * The example company lives on in sentences only an editor can rewrite (the equal-opportunity
 * statement, the adjustments contact, a role guide), where renaming company.name cannot reach it.
 * Example files are left out: they carry their own warning and are deleted whole.
 */
function checkExampleCompanyNamed(content: LoadedContent): Problem[] {
  const sources = [...(content.hiringSource ? [content.hiringSource] : []), ...content.files.filter((f) => !/^example: true\s*$/m.test(f.raw))].filter((f) => namesExample(f.raw));
  const problems: Problem[] = [];
  for (const source of sources) {
    source.raw.split('\n').forEach((text, index) => {
      if (/^\s*#/.test(text)) return;
      for (const [match] of text.matchAll(exampleCompany)) {
        const isAddress = match.includes('@');
        problems.push({
          file: source.file,
          line: index + 1,
          message: `still names the example company: "${match}"`,
          fix: isAddress ? 'write your own contact address here' : "write your company's name here",
          severity: 'warning',
        });
      }
    });
  }
  const about = content.site?.company.about;
  if (about && content.site?.company.name !== shippedSite.companyName && new RegExp(escapeRegExp(shippedSite.companyName), 'i').test(about)) {
    problems.push(problemAt(settingsFiles(content).site, ['company', 'about'], { message: `still describes the example company "${shippedSite.companyName}"`, fix: 'write two or three sentences about your own company', severity: 'warning' }));
  }
  return problems;
}

const onGitHub = 'on GitHub the publishing workflow fills in';

/**
 * A fork that still shows Northwind Labs or links to upstream's repository is not ready to publish.
 * Warnings, not errors: upstream's own handbook ships these values. Runs after the host defaults
 * (src/reader/host.ts), so an address GitHub filled in is not reported.
 */
function checkShippedValues(content: LoadedContent): Problem[] {
  const site = content.site;
  if (!site) return [];
  const shipped: { path: string[]; value: string | undefined; example: string; message: string; fix: string }[] = [
    {
      path: ['company', 'name'],
      value: site.company.name,
      example: shippedSite.companyName,
      message: `is still the example company "${shippedSite.companyName}"`,
      fix: "write your company's name after name:, such as name: Acme Ltd",
    },
    {
      path: ['url'],
      value: site.url,
      example: shippedSite.url,
      message: `(${shippedSite.url}) is still the example address`,
      fix: `write the address your handbook is published at, such as url: https://handbook.acme.com; ${onGitHub} your GitHub Pages address by itself`,
    },
    {
      path: ['repository'],
      value: site.repository,
      example: shippedSite.repository,
      message: `(${shippedSite.repository}) is still the example repository`,
      fix: `write the address of your own copy on GitHub, such as repository: https://github.com/acme/handbook, or delete the line to show no "fork this handbook" link; ${onGitHub} your repository by itself`,
    },
    {
      path: ['editUrl'],
      value: site.editUrl,
      example: shippedSite.editUrl,
      message: "still points to the example repository's files",
      fix: `write your repository's edit address ending in {path}, such as editUrl: https://github.com/acme/handbook/edit/main/{path}, or delete the line to show no edit links; ${onGitHub} your repository's edit address by itself`,
    },
  ];
  return shipped.filter((s) => s.value === s.example).map((s) => problemAt(settingsFiles(content).site, s.path, { message: s.message, fix: s.fix, severity: 'warning' }));
}

/** The logo is an image on every page: it comes from public/ as the images in bodies do (readImage in schemas/body.ts). */
function checkLogo(content: LoadedContent): Problem[] {
  const logo = content.site?.company.logo;
  if (!logo) return [];
  const site = settingsFiles(content).site;
  const { path, problem } = readImage(logo);
  if (problem) return [problemAt(site, ['company', 'logo'], { message: `(${logo}) is not the path of a file in the public/ folder`, fix: path ? `write ${path}` : 'put the logo in public/ and write its path, such as /logo.svg' })];
  const { file, there, near } = lookUp(content, path!);
  if (there) return [];
  if (near) return [problemAt(site, ['company', 'logo'], { message: `(${logo}) is not in the public/ folder, which has public/${near}`, fix: `write /${near}: the published site tells capital and small letters apart` })];
  return [problemAt(site, ['company', 'logo'], { message: `(${logo}) is not in the public/ folder`, fix: `add the file as public/${file}, or correct the path (leave logo out to show the company name alone)` })];
}

/**
 * A colour too light for text is marketing's all the same: the site keeps it for the header and
 * uses a darker shade of it for text (src/lib/brand.ts), so it is a warning that names the shade,
 * for the editor to accept or to choose another.
 */
function checkBrandColor(content: LoadedContent): Problem[] {
  const written = content.site?.brandColor;
  if (!written) return [];
  const { asWritten, brand } = brandColors(written);
  if (brand === asWritten) return [];
  const ratio = (color: string) => `${(Math.floor(contrastRatio(color, LIGHT_SURFACE) * 100) / 100).toFixed(2)}:1`;
  return [
    problemAt(settingsFiles(content).site, ['brandColor'], {
      message: `(${asWritten}) has a contrast of ${ratio(asWritten)} on the light grey panels (${LIGHT_SURFACE}), below the ${textContrast}:1 text needs, so links, buttons and other text use the darker shade ${brand} (${ratio(brand)}) instead; the header keeps ${asWritten}`,
      fix: `nothing to do if that shade suits you; to choose the shade yourself, write a darker brandColor, such as ${brand}`,
      severity: 'warning',
    }),
  ];
}
