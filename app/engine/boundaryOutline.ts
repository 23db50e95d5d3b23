import type { ProblemType } from './dataset';
import type { GridValues } from './sessionTypes';

/** Grid points per side an outline keeps: enough for a smooth line, small enough for a file. */
export const OUTLINE_RES = 41;

/** The plane an outline covers, in raw input units: x across, y up. */
export type OutlinePlane = [[number, number], [number, number]];

/**
 * A run's decision boundary kept as a small field over the plane it was drawn on, so it can be
 * outlined over another run's output plot. Grid point (i, j) sits at x = x0 + i/(res−1)·(x1−x0),
 * y = y1 − j/(res−1)·(y1−y0) (row 0 at the top, as in GridValues).
 *  - 'level': one value per point; the boundary is where it crosses `level` (two classes: the
 *    predicted probability at ½, or the signed output at 0; regression: the middle of the targets).
 *  - 'classes': the predicted class per point; the boundaries lie between different classes.
 */
export type BoundaryOutline = { res: number; plane: OutlinePlane; axes: [number, number] } & (
  | { kind: 'level'; level: number; values: number[] }
  | { kind: 'classes'; classes: number; labels: number[] }
);

/** What the outline needs to know about the run whose grid it reads. */
export interface OutlineSource {
  problem: ProblemType;
  /** The domain of every raw input column (NetworkInfo.domain). */
  domain: [number, number][];
  /** The targets' range, for regression. */
  targetDomain?: [number, number];
  /** Two-class output in [−1, 1] (hinge targets): the boundary is at 0. */
  signedOutput: boolean;
}

/** Bilinear value of output `k` at fractional grid coordinates (gx across, gy down). */
function sample(grid: GridValues, k: number, gx: number, gy: number): number {
  const { res, outputs, output } = grid;
  const x0 = Math.min(res - 2, Math.floor(gx));
  const y0 = Math.min(res - 2, Math.floor(gy));
  const fx = gx - x0;
  const fy = gy - y0;
  const at = (x: number, y: number) => output[(y * res + x) * outputs + k]!;
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}

/** Round to 4 significant digits: an outline is a picture, and a file should stay small. */
const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0);

/**
 * The outline of a run's output grid over the plane of raw columns `axes`, resampled to at most
 * `res` points a side; null for 1-D data or a grid too small to outline.
 * Example: a two-class grid → { kind: 'level', level: 0.5, values: [41·41 probabilities] }.
 */
export function outlineFromGrid(
  grid: GridValues,
  source: OutlineSource,
  axes: [number, number],
  res = OUTLINE_RES,
): BoundaryOutline | null {
  const dx = source.domain[axes[0]];
  const dy = source.domain[axes[1]];
  if (!dx || !dy || grid.res < 2 || grid.output.length < grid.res * grid.res * grid.outputs)
    return null;
  const n = Math.min(res, grid.res);
  const plane: OutlinePlane = [
    [dx[0], dx[1]],
    [dy[0], dy[1]],
  ];
  const scale = (grid.res - 1) / (n - 1);
  const points = n * n;
  const base = { res: n, plane, axes: [axes[0], axes[1]] as [number, number] };
  if (source.problem === 'multiclass' && grid.outputs > 1) {
    const labels = new Array<number>(points);
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) {
        let best = 0;
        let bestValue = -Infinity;
        for (let k = 0; k < grid.outputs; k++) {
          const v = sample(grid, k, i * scale, j * scale);
          if (v > bestValue) [best, bestValue] = [k, v];
        }
        labels[j * n + i] = best;
      }
    return { ...base, kind: 'classes', classes: grid.outputs, labels };
  }
  const values = new Array<number>(points);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < n; i++) values[j * n + i] = round(sample(grid, 0, i * scale, j * scale));
  const t = source.targetDomain;
  const level =
    source.problem === 'regression' ? (t ? (t[0] + t[1]) / 2 : 0) : source.signedOutput ? 0 : 0.5;
  return { ...base, kind: 'level', level, values };
}
