import { EngineError } from './errors';
import { mapFeaturesInto } from './features';
import type { PreparedData } from './prepareData';

/** Raw coordinates of a grid's columns (left → right) and rows (top → bottom). */
export interface GridCoordinates {
  /** xs[c]: raw value of the first axis at column c, ascending. */
  xs: Float64Array;
  /** ys[r]: raw value of the second axis at row r, descending (row 0 is the top). */
  ys: Float64Array;
}

/**
 * The raw coordinate of each grid column and row over a domain
 * `[[xMin, xMax], [yMin, yMax]]`, corners included: xs[c] = xMin + c·(xMax − xMin)/(res − 1),
 * ys[r] = yMax − r·(yMax − yMin)/(res − 1). With a one-column domain (1-D data), ys is empty.
 * Example: domain [[-6, 6], [-6, 6]], res 3 → xs (−6, 0, 6), ys (6, 0, −6).
 */
export function gridCoordinates(
  domain: readonly (readonly [number, number])[],
  res: number,
): GridCoordinates {
  checkRes(res);
  const step = (lo: number, hi: number, i: number): number =>
    i === res - 1 ? hi : lo + (i * (hi - lo)) / (res - 1);
  const [x0, x1] = domain[0] ?? [0, 1];
  const xs = new Float64Array(res);
  for (let c = 0; c < res; c++) xs[c] = step(x0, x1, c);
  const second = domain[1];
  const ys = new Float64Array(second ? res : 0);
  if (second) for (let r = 0; r < res; r++) ys[r] = step(second[1], second[0], r);
  return { xs, ys };
}

/**
 * Network inputs for every point of a grid over the raw input plane, mapped and standardised
 * exactly like the training data, row-major `points × prepared.width`.
 * - dims ≥ 2: res × res points over the domain of raw columns `axes[0]` (across) and
 *   `axes[1]` (up); point r·res + c is column c (left → right) of row r (row 0 = top, the
 *   largest second coordinate). Other raw columns are held at their training mean.
 * - dims 1: a line of res points across the domain, left → right (`axes` is ignored).
 * Coordinates are those of gridCoordinates(domain of the two axes, res).
 * Pass `out` (of the right length) to reuse a buffer.
 */
export function gridInputs(
  prepared: PreparedData,
  res: number,
  axes: [number, number] = [0, 1],
  out?: Float64Array,
): Float64Array {
  const { dataset, width, standardizer } = prepared;
  const dims = dataset.dims;
  checkRes(res);
  if (dims >= 2) checkAxes(axes, dims);
  const domain =
    dims === 1 ? [dataset.domain[0]!] : [dataset.domain[axes[0]]!, dataset.domain[axes[1]]!];
  const { xs, ys } = gridCoordinates(domain, res);
  const points = dims === 1 ? res : res * res;
  const x = out ?? new Float64Array(points * width);
  if (x.length !== points * width) {
    throw new EngineError('out.length', x.length, `${points * width} (points × width)`);
  }
  const raw = rawTrainMean(prepared);
  let k = 0;
  for (let r = 0; r < (dims === 1 ? 1 : res); r++) {
    if (dims > 1) raw[axes[1]] = ys[r]!;
    for (let c = 0; c < res; c++) {
      raw[dims === 1 ? 0 : axes[0]] = xs[c]!;
      mapFeaturesInto(raw, 0, dims, prepared.features, x, k * width);
      if (standardizer) {
        for (let j = 0; j < width; j++) {
          const i = k * width + j;
          x[i] = (x[i]! - standardizer.mean[j]!) / standardizer.std[j]!;
        }
      }
      k++;
    }
  }
  return x;
}

/** Mean of each raw column over the training rows (all rows if there are none). */
function rawTrainMean(prepared: PreparedData): Float64Array {
  const { dataset, train } = prepared;
  const dims = dataset.dims;
  const mean = new Float64Array(dims);
  const n = train.n > 0 ? train.n : dataset.n;
  for (let r = 0; r < n; r++) {
    const row = train.n > 0 ? train.rows[r]! : r;
    for (let j = 0; j < dims; j++) mean[j]! += dataset.x[row * dims + j]!;
  }
  if (n > 0) for (let j = 0; j < dims; j++) mean[j]! /= n;
  return mean;
}

function checkRes(res: number): void {
  if (!Number.isInteger(res) || res < 2 || res > 2048) {
    throw new EngineError('res', res, 'an integer from 2 to 2048');
  }
}

function checkAxes(axes: [number, number], dims: number): void {
  const ok = (a: number): boolean => Number.isInteger(a) && a >= 0 && a < dims;
  if (!ok(axes[0]) || !ok(axes[1]) || axes[0] === axes[1]) {
    throw new EngineError('axes', axes, `two different column indices from 0 to ${dims - 1}`);
  }
}
