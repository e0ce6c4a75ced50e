/**
 * The brand colour from site.yaml as CSS custom properties: the colour itself for the light theme
 * (the content check has already required 4.5:1 on the light surfaces) and, for the dark theme,
 * a lighter shade of it that reaches 4.5:1 on the dark ones.
 */
import { contrastRatio, shadeToContrast } from './color.ts';

/**
 * The backgrounds links and accents sit on; tokens.css uses the same values. The brand colour is
 * checked against the darkest light surface and the lightest dark surface, so it reads on all.
 */
export const LIGHT_BACKGROUND = '#ffffff';
export const LIGHT_SURFACE = '#e9edf1';
export const DARK_BACKGROUND = '#14171c';
export const DARK_SURFACE = '#262c36';

export interface BrandColors {
  brand: string;
  brandOnDark: string;
  /** Text colour for a solid brand-coloured surface. */
  onBrand: string;
}

export function brandColors(color: string): BrandColors {
  const brand = color.toLowerCase();
  const brandOnDark = shadeToContrast(color.toLowerCase(), DARK_SURFACE, 4.5, '#ffffff');
  const onBrand = contrastRatio(brand, '#ffffff') >= 4.5 ? '#ffffff' : '#000000';
  return { brand, brandOnDark, onBrand };
}

export function brandCss(color: string): string {
  const { brand, brandOnDark, onBrand } = brandColors(color);
  return `:root{--brand:${brand};--brand-on-dark:${brandOnDark};--on-brand:${onBrand}}\n`;
}
