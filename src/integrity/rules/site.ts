/** Site-wide settings that a schema cannot judge alone. */
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

export function checkSite(content: LoadedContent): Problem[] {
  const brand = content.site?.brandColor;
  if (!brand) return [];
  const ratio = contrastRatio(brand, LIGHT_SURFACE);
  if (ratio >= minimumBrandContrast) return [];
  return [
    {
      file: siteSettingsFile,
      field: 'brandColor',
      message: `(${brand}) has a contrast of ${ratio.toFixed(2)}:1 on the light grey panels (${LIGHT_SURFACE}), below the ${minimumBrandContrast}:1 that readable links need`,
      fix: `use a darker shade such as ${shadeToContrast(brand, LIGHT_SURFACE, minimumBrandContrast, '#000000')}`,
      severity: 'error',
    },
  ];
}
