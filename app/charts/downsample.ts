/**
 * Indices to draw so that at most about two points per pixel column remain: in each of
 * `columns` columns over [x0, x1] keep the minimum and the maximum of ys (in index order)
 * and the first non-finite value (so gaps survive). With n ≤ 2·columns every index is kept.
 * Example: a spike of 1e6 among 100,000 ones over 300 columns is still in the result.
 */
export function downsampleMinMax(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  x0: number,
  x1: number,
  columns: number,
): number[] {
  const n = Math.min(xs.length, ys.length);
  if (n <= 2 * columns) return Array.from({ length: n }, (_, i) => i);
  const scale = columns / (x1 - x0 || 1);
  const kept: number[] = [];
  let col = -1;
  let lo = -1;
  let hi = -1;
  let gap = -1;
  const flush = () => {
    const picks = [lo, hi, gap].filter((i, k, a) => i >= 0 && a.indexOf(i) === k);
    kept.push(...picks.sort((a, b) => a - b));
  };
  for (let i = 0; i < n; i++) {
    const c = Math.min(columns - 1, Math.max(0, Math.floor((xs[i]! - x0) * scale)));
    if (c !== col) {
      if (col >= 0) flush();
      col = c;
      lo = hi = gap = -1;
    }
    const v = ys[i]!;
    if (!Number.isFinite(v)) {
      if (gap < 0) gap = i;
    } else {
      if (lo < 0 || v < ys[lo]!) lo = i;
      if (hi < 0 || v > ys[hi]!) hi = i;
    }
  }
  if (col >= 0) flush();
  return kept;
}
