/**
 * The brand colour from site.yaml as CSS custom properties. Marketing's colour is often too light
 * for text, and the site keeps it all the same: as written where no text is drawn in it or on it
 * (the header's mark), and as the nearest darker shade that reads (WCAG AA, 4.5:1) wherever it is
 * text or sits under text. The dark theme gets a lighter shade that reaches 4.5:1 on its surfaces.
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

/** WCAG AA for text: what links and buttons in the brand colour must reach on every surface. */
export const textContrast = 4.5;

export interface BrandColors {
  /** The colour as site.yaml writes it, for the header. */
  asWritten: string;
  /** For text in the brand colour and under text, in the light theme: the colour itself when it reads on the light surfaces, else its nearest darker shade that does. */
  brand: string;
  brandOnDark: string;
  /** Text colour for a solid brand-coloured surface. */
  onBrand: string;
}

export function brandColors(color: string): BrandColors {
  const asWritten = color.toLowerCase();
  const brand = shadeToContrast(asWritten, LIGHT_SURFACE, textContrast, 'darker');
  const brandOnDark = shadeToContrast(asWritten, DARK_SURFACE, textContrast, 'lighter');
  const onBrand = contrastRatio(brand, '#ffffff') >= textContrast ? '#ffffff' : '#000000';
  return { asWritten, brand, brandOnDark, onBrand };
}

export function brandCss(color: string): string {
  const { asWritten, brand, brandOnDark, onBrand } = brandColors(color);
  return `:root{--brand:${brand};--brand-as-written:${asWritten};--brand-on-dark:${brandOnDark};--on-brand:${onBrand}}\n`;
}
