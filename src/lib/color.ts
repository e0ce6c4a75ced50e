/** WCAG colour arithmetic for the editor's brand colour. */
export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as defined by WCAG 2.x. */
export function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The nearest shade of `color` (mixing towards `towards`, black or white) that reaches `ratio`
 * against `background`. Used to suggest a fix and to derive the dark-theme accent.
 */
export function shadeToContrast(color: string, background: string, ratio: number, towards: '#000000' | '#ffffff'): string {
  const from = parseHex(color);
  const to = parseHex(towards);
  for (let step = 0; step <= 100; step++) {
    const t = step / 100;
    const candidate = toHex(from.map((c, i) => c + (to[i]! - c) * t) as Rgb);
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return towards;
}

/** A colour written almost as #rrggbb: without its #, or in the short #rgb form. */
export function hexFrom(written: string): string | undefined {
  const digits = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(written.trim())?.[1];
  if (!digits) return undefined;
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`.toLowerCase();
}
