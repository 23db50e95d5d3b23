import { viridis } from './viridis';

/** An sRGB colour as bytes: [r, g, b], each 0..255. */
export type Rgb = [number, number, number];

/** Class 0 / negative: orange. */
export const NEGATIVE_HEX = '#f59322';
/** Class 1 / positive: blue. */
export const POSITIVE_HEX = '#0877bd';
/** The neutral middle of the diverging scale (p = 0.5): near-white. */
export const MIDDLE_HEX = '#f7f7f2';

/**
 * Categorical colours for classes, colour-blind safe (orange/blue first, then hues from the
 * Okabe–Ito set). Class k uses CLASS_HEX[k % CLASS_HEX.length]; shape also encodes the class.
 */
export const CLASS_HEX: readonly string[] = [
  NEGATIVE_HEX,
  POSITIVE_HEX,
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#e6c229',
  '#5d5d5d',
];

/**
 * Parse '#rgb', '#rrggbb' or 'rgb(r, g, b)' into bytes.
 * Example: hexToRgb('#0877bd') → [8, 119, 189]. Unparseable input gives [0, 0, 0].
 */
export function hexToRgb(color: string): Rgb {
  const c = color.trim();
  if (c.startsWith('#')) {
    const h = c.length === 4 ? [...c.slice(1)].map((d) => d + d).join('') : c.slice(1, 7);
    const v = Number.parseInt(h, 16);
    if (Number.isFinite(v)) return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const m = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(c);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return [0, 0, 0];
}

const NEG = hexToRgb(NEGATIVE_HEX);
const POS = hexToRgb(POSITIVE_HEX);
const MID = hexToRgb(MIDDLE_HEX);
const WHITE: Rgb = [255, 255, 255];
const CLASS_RGB = CLASS_HEX.map(hexToRgb);

function clamp01(t: number): number {
  return t > 1 ? 1 : t >= 0 ? t : 0; // NaN → 0
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [
    Math.round(a[0] + (b[0] - a[0]) * t),
    Math.round(a[1] + (b[1] - a[1]) * t),
    Math.round(a[2] + (b[2] - a[2]) * t),
  ];
}

/**
 * Diverging colour for a probability of class 1: p = 0 orange, 0.5 near-white, 1 blue,
 * linear in RGB on each half. Values outside [0, 1] (and NaN → 0) are clamped.
 */
export function binaryColor(p: number): Rgb {
  const t = clamp01(p);
  return t < 0.5 ? mix(NEG, MID, t * 2) : mix(MID, POS, (t - 0.5) * 2);
}

/**
 * Colour of class k with its confidence in [0, 1] as lightness: 0 white, 1 the full class
 * colour (white·(1 − c) + colour·c). Example: classColor(1, 1) → [8, 119, 189].
 */
export function classColor(k: number, confidence: number): Rgb {
  const base = CLASS_RGB[((k % CLASS_RGB.length) + CLASS_RGB.length) % CLASS_RGB.length]!;
  return mix(WHITE, base, clamp01(confidence));
}

/** Sequential colour (viridis: dark purple → yellow) for a value t in [0, 1], clamped. */
export function regressionColor(t: number): Rgb {
  return hexToRgb(viridis(clamp01(t)));
}

/** CSS colour string for bytes. Example: rgbCss([8, 119, 189]) → 'rgb(8,119,189)'. */
export function rgbCss(c: Rgb): string {
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/**
 * CSS colour for class k that follows the theme: `var(--class-k, <fallback>)`, so a presenter
 * theme can restyle SVG through custom properties (use it in `style`, not in attributes).
 */
export function classCss(k: number): string {
  const i = ((k % CLASS_HEX.length) + CLASS_HEX.length) % CLASS_HEX.length;
  return `var(--class-${i}, ${CLASS_HEX[i]!})`;
}

/** Sequential CSS colour for a regression value t in [0, 1]. */
export function regressionCss(t: number): string {
  return rgbCss(regressionColor(t));
}

/**
 * A lookup table of `size` colours (RGB bytes, packed) sampled from `color(t)` at
 * t = i / (size − 1), so per-pixel loops index bytes instead of calling a function.
 * Shape: Uint8ClampedArray of length 3·size.
 */
export function colorTable(color: (t: number) => Rgb, size = 256): Uint8ClampedArray {
  const lut = new Uint8ClampedArray(size * 3);
  for (let i = 0; i < size; i++) {
    const c = color(size === 1 ? 0 : i / (size - 1));
    lut[i * 3] = c[0];
    lut[i * 3 + 1] = c[1];
    lut[i * 3 + 2] = c[2];
  }
  return lut;
}
