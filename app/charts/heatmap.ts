import type { ProblemType } from '../engine/dataset';
import type { GridValues } from '../engine/sessionTypes';
import { binaryColor, CLASS_HEX, classColor, colorTable, regressionColor } from './colors';

/** How grid outputs become colours. */
export interface HeatmapOptions {
  /** Solid colours per predicted class (or bands for regression) instead of a gradient. */
  discretize: boolean;
  /** Number of classes (2 for binary). */
  classes: number;
  /** Regression: the value range mapped onto the sequential scale (default [0, 1]). */
  valueDomain?: [number, number];
  /** Binary with one output in [−1, 1] (tanh or hinge): colour by sign, p = (v + 1) / 2. */
  signedOutput?: boolean;
}

/** Pixel buffer the heatmap writes: an ImageData, or any object shaped like one (tests). */
export type PixelBuffer = Pick<ImageData, 'data' | 'width' | 'height'>;

// Odd, so that p = 0.5 lands exactly on the middle entry.
const LEVELS = 257;
const TOP = LEVELS - 1;
/** Regression bands when discretised. */
const BANDS = 8;

let binaryLut: Uint8ClampedArray | undefined;
let regressionLut: Uint8ClampedArray | undefined;
const classLuts: Uint8ClampedArray[] = [];

function binaryTable(): Uint8ClampedArray {
  return (binaryLut ??= colorTable(binaryColor, LEVELS));
}
function regressionTable(): Uint8ClampedArray {
  return (regressionLut ??= colorTable(regressionColor, LEVELS));
}
function classTable(k: number): Uint8ClampedArray {
  const i = k % CLASS_HEX.length;
  return (classLuts[i] ??= colorTable((t) => classColor(i, t), LEVELS));
}

/** Index 0..256 of t in [0, 1]; NaN lands on 0. */
function level(t: number): number {
  const l = Math.round(t * TOP);
  return l > TOP ? TOP : l >= 0 ? l : 0;
}

/**
 * Colour every grid cell into `image` (res × res pixels, RGBA, opaque). Cell (row r, col c)
 * reads `grid.output[(r·res + c)·outputs ..]` and writes pixel (c, r), row 0 at the top.
 * - binary: p = output (or output[1] of a softmax pair; (v + 1)/2 when signedOutput) on the
 *   orange–white–blue scale; discretize → orange if p ≤ 0.5 else blue;
 * - multiclass: the argmax class's colour, lightness from (p − 1/K)/(1 − 1/K);
 *   discretize → full colour;
 * - regression: viridis over valueDomain; discretize → 8 bands.
 * Allocates nothing per cell (colours come from 256-entry lookup tables).
 * Throws RangeError if the image is not res × res.
 */
export function fillHeatmap(
  image: PixelBuffer,
  grid: GridValues,
  problem: ProblemType,
  options: HeatmapOptions,
): void {
  const { res, output, outputs } = grid;
  if (image.width !== res || image.height !== res) {
    throw new RangeError(`heatmap image must be ${res}×${res}, got ${image.width}×${image.height}`);
  }
  const data = image.data;
  const cells = res * res;
  if (problem === 'regression') {
    const [lo, hi] = options.valueDomain ?? [0, 1];
    const span = hi - lo || 1;
    const lut = regressionTable();
    for (let i = 0; i < cells; i++) {
      let t = (output[i * outputs]! - lo) / span;
      if (options.discretize) t = Math.min(BANDS - 1, Math.floor(t * BANDS)) / (BANDS - 1);
      writePixel(data, i, lut, level(t));
    }
    return;
  }
  if (problem === 'binary' || outputs === 1) {
    const lut = binaryTable();
    const pick = outputs >= 2 ? 1 : 0;
    const signed = options.signedOutput === true && outputs === 1;
    for (let i = 0; i < cells; i++) {
      const v = output[i * outputs + pick]!;
      let p = signed ? (v + 1) / 2 : v;
      if (options.discretize) p = p > 0.5 ? 1 : 0;
      writePixel(data, i, lut, level(p));
    }
    return;
  }
  const k = Math.max(2, Math.min(options.classes || outputs, outputs));
  const chance = 1 / k;
  for (let i = 0; i < cells; i++) {
    const off = i * outputs;
    let best = 0;
    let bestP = output[off]!;
    for (let c = 1; c < k; c++) {
      const v = output[off + c]!;
      if (v > bestP) {
        best = c;
        bestP = v;
      }
    }
    const confidence = options.discretize ? 1 : (bestP - chance) / (1 - chance);
    writePixel(data, i, classTable(best), level(confidence));
  }
}

function writePixel(data: Uint8ClampedArray, i: number, lut: Uint8ClampedArray, l: number): void {
  const o = i * 4;
  const s = l * 3;
  data[o] = lut[s]!;
  data[o + 1] = lut[s + 1]!;
  data[o + 2] = lut[s + 2]!;
  data[o + 3] = 255;
}

/** The ImageData kept for each canvas, reused while the resolution stays the same. */
const images = new WeakMap<HTMLCanvasElement, ImageData>();

/**
 * Paint a grid onto a canvas of res × res pixels (CSS scales it to the plot). The canvas and
 * its ImageData are reused between calls; they are resized only when `grid.res` changes.
 */
export function paintHeatmap(
  canvas: HTMLCanvasElement,
  grid: GridValues,
  problem: ProblemType,
  options: HeatmapOptions,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  let image = images.get(canvas);
  if (!image || image.width !== grid.res) {
    canvas.width = grid.res;
    canvas.height = grid.res;
    image = ctx.createImageData(grid.res, grid.res);
    images.set(canvas, image);
  }
  fillHeatmap(image, grid, problem, options);
  ctx.putImageData(image, 0, 0);
}
