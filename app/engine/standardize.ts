/**
 * Per-column shift and scale that turns a column into mean 0 and standard deviation 1:
 * x′ = (x − mean) / std. Fitted on the training rows only, then applied to every row, so
 * the test split never leaks into the statistics.
 */
export interface Standardizer {
  mean: Float64Array;
  std: Float64Array;
}

/** Mean, population standard deviation, minimum and maximum of each column. */
export interface ColumnStats {
  mean: Float64Array;
  std: Float64Array;
  min: Float64Array;
  max: Float64Array;
}

/**
 * Statistics of each of the `width` columns of the row-major matrix `x` over the rows listed
 * in `rows`. std is the population one: √(Σ(x − mean)² / n). With no rows, mean and std
 * are 0 and min and max are NaN.
 * Example: x = [1, 10, 3, 30] (2 rows × 2), rows [0, 1] → mean (2, 20), std (1, 10),
 * min (1, 10), max (3, 30).
 */
export function columnStats(x: Float64Array, rows: ArrayLike<number>, width: number): ColumnStats {
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  const min = new Float64Array(width).fill(rows.length === 0 ? NaN : Infinity);
  const max = new Float64Array(width).fill(rows.length === 0 ? NaN : -Infinity);
  const n = rows.length;
  if (n === 0) return { mean, std, min, max };
  for (let r = 0; r < n; r++) {
    const off = rows[r]! * width;
    for (let j = 0; j < width; j++) {
      const v = x[off + j]!;
      mean[j]! += v;
      if (v < min[j]!) min[j] = v;
      if (v > max[j]!) max[j] = v;
    }
  }
  for (let j = 0; j < width; j++) mean[j]! /= n;
  // Two passes: subtracting the mean first keeps the variance accurate for large offsets.
  for (let r = 0; r < n; r++) {
    const off = rows[r]! * width;
    for (let j = 0; j < width; j++) {
      const d = x[off + j]! - mean[j]!;
      std[j]! += d * d;
    }
  }
  for (let j = 0; j < width; j++) std[j] = Math.sqrt(std[j]! / n);
  return { mean, std, min, max };
}

/**
 * Fit a standardizer on the listed rows. A column with zero spread gets std 1, so a
 * constant column passes through shifted to 0 instead of becoming NaN.
 */
export function fitStandardizer(
  x: Float64Array,
  rows: ArrayLike<number>,
  width: number,
): Standardizer {
  const { mean, std } = columnStats(x, rows, width);
  for (let j = 0; j < width; j++) if (!(std[j]! > 0)) std[j] = 1;
  return { mean, std };
}

/**
 * Standardise rows `from` (inclusive) to `to` (exclusive) of the row-major matrix `x` in
 * place: x[r, j] ← (x[r, j] − mean[j]) / std[j]. Defaults to every row.
 */
export function applyStandardizer(
  x: Float64Array,
  width: number,
  s: Standardizer,
  from = 0,
  to = Math.floor(x.length / width),
): void {
  for (let r = from; r < to; r++) {
    const off = r * width;
    for (let j = 0; j < width; j++) x[off + j] = (x[off + j]! - s.mean[j]!) / s.std[j]!;
  }
}
