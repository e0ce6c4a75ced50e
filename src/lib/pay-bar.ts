/**
 * Geometry of pay-range bars drawn on one shared scale, so bands of a ladder line up and can be
 * compared by eye. Coordinates are in SVG user units across `width`; no inline styles needed.
 */
import { largest, smallest } from './lists.ts';

export interface Band {
  min: number;
  max: number;
}

export interface PayScale {
  /** Lowest and highest amount the scale shows, rounded outwards to `step`. */
  low: number;
  high: number;
  step: number;
  width: number;
}

export interface BarGeometry {
  x: number;
  width: number;
}

/** A readable rounding step for a span: 1, 2 or 5 times a power of ten, giving about 4–10 ticks. */
export function niceStep(span: number, targetTicks = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / targetTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** A scale covering every band, rounded outwards to a nice step. */
export function payScale(bands: readonly Band[], width = 100): PayScale {
  if (bands.length === 0) return { low: 0, high: 1, step: 1, width };
  const min = smallest(bands.map((b) => b.min));
  const max = largest(bands.map((b) => b.max));
  const step = niceStep(max - min || max || 1);
  let low = Math.floor(min / step) * step;
  let high = Math.ceil(max / step) * step;
  if (high === low) {
    low = Math.max(0, low - step);
    high += step;
  }
  return { low, high, step, width };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Where one band sits on the scale. A zero-width band still gets a visible sliver. */
export function barGeometry(band: Band, scale: PayScale, minWidth = 1): BarGeometry {
  const span = scale.high - scale.low;
  const toX = (value: number) => ((Math.min(Math.max(value, scale.low), scale.high) - scale.low) / span) * scale.width;
  const x = toX(band.min);
  const width = Math.max(toX(band.max) - x, minWidth);
  return { x: round(Math.min(x, scale.width - width)), width: round(width) };
}
