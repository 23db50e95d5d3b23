import { columnStats, fitStandardizer } from '../engine/standardize';
import type { NetworkInfo } from '../engine/sessionTypes';

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
  /** Mean and sd over `fitRows` (the ones standardisation uses), min and max over all rows. */
  raw: SummaryRow[];
  /** The same columns standardised with the statistics of `fitRows` (mean 0, sd 1 there). */
  standardized: SummaryRow[];
}

/**
 * Statistics of each column of the row-major n × names.length matrix `x`: the mean and
 * (population) standard deviation of `fitRows` (the training rows, which the engine
 * standardises with; all rows when omitted) and the minimum and maximum of all rows, raw and
 * after standardising with that mean and sd. A constant column keeps sd 1 as its scale, so it
 * standardises to 0.
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
  const fit = fitRows ?? all;
  // Mean and sd of the rows the standardiser is fitted on, the range of every row.
  const stats = (m: Float64Array) => {
    const over = columnStats(m, fit, width);
    const range = columnStats(m, all, width);
    return { mean: over.mean, std: over.std, min: range.min, max: range.max };
  };
  const scaler = fitStandardizer(data, fit, width);
  const scaled = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const j = i % width;
    scaled[i] = (data[i]! - scaler.mean[j]!) / scaler.std[j]!;
  }
  return { raw: rows(stats(data)), standardized: rows(stats(scaled)) };
}

/** The data table of a run: its column names, the n × width matrix and the column summary. */
export interface RunTable {
  names: string[];
  width: number;
  /** Row-major n × width: the inputs, then the target for a regression. */
  x: Float64Array;
  n: number;
  summary: ColumnSummary;
}

/**
 * A run's data as its table shows it: the inputs of every row (and the target of a
 * regression), summarised over the training rows, the ones the engine standardises with.
 * Example: studyHours → names ['study hours', 'sleep hours', 'quiz %', …], 20 rows.
 */
export function runTable(
  info: Pick<
    NetworkInfo,
    'problem' | 'inputNames' | 'targetName' | 'dims' | 'points' | 'targets' | 'isTrain'
  >,
): RunTable {
  const n = info.targets.length;
  const regression = info.problem === 'regression';
  const names = [...info.inputNames, ...(regression ? [info.targetName] : [])];
  const width = names.length;
  const x = new Float64Array(n * width);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < info.dims; j++) x[i * width + j] = info.points[i * info.dims + j]!;
    if (regression) x[i * width + info.dims] = info.targets[i]!;
  }
  const trainRows: number[] = [];
  for (let i = 0; i < n; i++) if (info.isTrain[i] === 1) trainRows.push(i);
  return { names, width, x, n, summary: summarizeColumns(x, names, trainRows) };
}
