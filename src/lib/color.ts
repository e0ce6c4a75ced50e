/** WCAG colour arithmetic for the editor's brand colour. */
export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Relative luminance as defined by WCAG 2.x. */
function luminance([r, g, b]: Rgb): number {
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

/** Linear-light sRGB channels (0–1) of a colour, and back; OKLab works on these. */
const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (l: number) => 255 * (l <= 0.0031308 ? 12.92 * l : 1.055 * l ** (1 / 2.4) - 0.055);

/** OKLCH (Björn Ottosson's OKLab in polar form): lightness 0–1, chroma, hue in radians. */
export function toOklch(rgb: Rgb): [number, number, number] {
  const [r, g, b] = rgb.map(toLinear) as Rgb;
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  return [L, Math.hypot(A, B), Math.atan2(B, A)];
}

/** The sRGB colour of an OKLCH one, or undefined where it lies outside what a screen can show. */
function fromOklch([L, C, h]: [number, number, number]): Rgb | undefined {
  const [A, B] = [C * Math.cos(h), C * Math.sin(h)];
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  const linear = [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
  if (linear.some((c) => c < -1e-4 || c > 1 + 1e-4)) return undefined;
  return linear.map((c) => fromLinear(Math.min(1, Math.max(0, c)))) as Rgb;
}

/**
 * The nearest shade of `color` that reaches `ratio` against `background`: its OKLCH lightness
 * lowered (`darker`) or raised (`lighter`) step by step, hue kept, and chroma only as far reduced
 * as a screen needs, so a light brand blue becomes a darker blue rather than a greyer one. A colour
 * that already reaches the ratio is returned as it is. Used for text in the brand colour on the
 * light theme and for the dark theme's accent.
 */
export function shadeToContrast(color: string, background: string, ratio: number, direction: 'darker' | 'lighter'): string {
  if (contrastRatio(color, background) >= ratio) return color;
  const [L, C, h] = toOklch(parseHex(color));
  const sign = direction === 'darker' ? -1 : 1;
  for (let step = 1; step <= 1000; step++) {
    const lightness = Math.min(1, Math.max(0, L + (sign * step) / 1000));
    // The most chroma the screen can show at this lightness, up to the colour's own.
    let [low, high] = [0, C];
    if (!fromOklch([lightness, high, h])) {
      for (let i = 0; i < 24; i++) {
        const mid = (low + high) / 2;
        if (fromOklch([lightness, mid, h])) low = mid;
        else high = mid;
      }
      high = low;
    }
    const candidate = toHex(fromOklch([lightness, high, h])!);
    if (contrastRatio(candidate, background) >= ratio) return candidate;
  }
  return direction === 'darker' ? '#000000' : '#ffffff';
}

/** A colour written almost as #rrggbb: without its #, or in the short #rgb form. */
export function hexFrom(written: string): string | undefined {
  const digits = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(written.trim())?.[1];
  if (!digits) return undefined;
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`.toLowerCase();
}
