/** Site-wide settings that a schema cannot judge alone. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LIGHT_SURFACE } from '../../lib/brand.ts';
import { contrastRatio, shadeToContrast } from '../../lib/color.ts';
import type { Problem } from '../../problems/problem.ts';
import { siteSettingsFile } from '../../schemas/collections.ts';
import type { LoadedContent } from '../../reader/content.ts';

/**
 * Link text in the brand colour must stay readable on every light background, down to the grey
 * panels (WCAG AA, 4.5:1). The site uses the colour as given, so this rule is the only judge.
 */
export const minimumBrandContrast = 4.5;

const lineOf = (content: LoadedContent, field: string[]) => {
  const line = content.locate.site(field);
  return line === undefined ? {} : { line };
};

export function checkSite(content: LoadedContent): Problem[] {
  return [...checkBrandColor(content), ...checkLogo(content)];
}

function checkLogo(content: LoadedContent): Problem[] {
  const logo = content.site?.company.logo;
  if (!logo || existsSync(path.join(content.root, 'public', logo))) return [];
  return [{ file: siteSettingsFile, ...lineOf(content, ['company', 'logo']), field: 'company.logo', message: `(${logo}) is not in the public/ folder`, fix: `add the file as public${logo}, or correct the path (leave logo out to show the company name alone)`, severity: 'error' }];
}

function checkBrandColor(content: LoadedContent): Problem[] {
  const brand = content.site?.brandColor;
  if (!brand) return [];
  const ratio = contrastRatio(brand, LIGHT_SURFACE);
  if (ratio >= minimumBrandContrast) return [];
  return [
    {
      file: siteSettingsFile,
      ...lineOf(content, ['brandColor']),
      field: 'brandColor',
      message: `(${brand}) has a contrast of ${ratio.toFixed(2)}:1 on the light grey panels (${LIGHT_SURFACE}), below the ${minimumBrandContrast}:1 that readable links need`,
      fix: `use a darker shade such as ${shadeToContrast(brand, LIGHT_SURFACE, minimumBrandContrast, '#000000')}`,
      severity: 'error',
    },
  ];
}
