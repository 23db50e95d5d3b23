import { columnStats, fitStandardizer } from '../engine/standardize';

/** Mean, standard deviation, minimum and maximum of one column. */
export interface SummaryRow {
  name: string;
  mean: number;
  std: number;
  min: number;
  max: number;
}

/** Per-column statistics of a table, as it is and after standardisation. */
export interface ColumnSummary {
  raw: SummaryRow[];
  /** The same columns standardised with the statistics of `fitRows` (mean 0, sd 1 there). */
  standardized: SummaryRow[];
}

/**
 * Statistics of each column of the row-major n × names.length matrix `x` over all rows, raw
 * and after standardising with the mean and (population) standard deviation of `fitRows`
 * (the training rows, as the engine does; all rows when omitted). A constant column keeps
 * sd 1 as its scale, so it standardises to 0.
 * Example: x = [1, 10, 3, 30], names ['a', 'b'] → raw a: mean 2, sd 1, min 1, max 3;
 * standardized a: mean 0, sd 1, min −1, max 1.
 */
export function summarizeColumns(
  x: ArrayLike<number>,
  names: readonly string[],
  fitRows?: ArrayLike<number>,
): ColumnSummary {
  const width = names.length;
  const n = width > 0 ? Math.floor(x.length / width) : 0;
  const data = Float64Array.from(x);
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const rows = (s: ReturnType<typeof columnStats>): SummaryRow[] =>
    names.map((name, j) => ({
      name,
      mean: s.mean[j]!,
      std: s.std[j]!,
      min: s.min[j]!,
      max: s.max[j]!,
    }));
  const raw = columnStats(data, all, width);
  const scaler = fitStandardizer(data, fitRows ?? all, width);
  const scaled = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const j = i % width;
    scaled[i] = (data[i]! - scaler.mean[j]!) / scaler.std[j]!;
  }
  return { raw: rows(raw), standardized: rows(columnStats(scaled, all, width)) };
}
