import type { Dataset, DatasetName, ProblemType } from './dataset';
import { EngineError } from './errors';

/**
 * A data set the user brought (drawn on the plot or imported from a CSV), as plain,
 * serialisable data: it is saved, linked and sent to the worker as it is.
 * Example (two drawn points): { name: 'Drawn points', problem: 'binary', dims: 2,
 * inputNames: ['x₁', 'x₂'], targetName: 'class', classNames: ['A', 'B'],
 * x: [1, 2, -3, 0.5], y: [0, 1], domain: [[-6, 6], [-6, 6]] }.
 */
export interface CustomData {
  /** Where it came from, for the page to show: 'Drawn points', 'study-hours.csv'. */
  name: string;
  problem: ProblemType;
  /** Raw input columns (2 or more). */
  dims: number;
  inputNames: string[];
  targetName: string;
  /** Class names in class-index order; empty for regression. */
  classNames: string[];
  /** Inputs, row-major n × dims. */
  x: number[];
  /** Class index (classification) or value (regression) of each row. */
  y: number[];
  /** Plotting range per input column; fitted to the data (5 % margin) when absent. */
  domain?: [number, number][];
}

/** The data-set name that stands for the user's own data of each problem type. */
export const CUSTOM_DATASETS: Record<ProblemType, DatasetName> = {
  binary: 'customBinary',
  multiclass: 'customClasses',
  regression: 'customValues',
};

/** Largest user data set, in rows. */
export const MAX_CUSTOM_ROWS = 10_000;
/** The most input columns the engine trains on. */
export const MAX_CUSTOM_INPUTS = 64;
/** Most classes a user data set may have (one colour and shape each). */
export const MAX_CUSTOM_CLASSES = 8;

/** Whether a data-set name stands for the user's data: isCustomDataset('customBinary') → true. */
export function isCustomDataset(name: string): boolean {
  return Object.values(CUSTOM_DATASETS).includes(name as DatasetName);
}

/**
 * Why `data` is not a usable custom data set, or null when it is. Checks shapes, finite
 * numbers, class indices and that a classifier has at least two classes present. With
 * `draft` (a drawing in progress) too few rows or a single class are allowed.
 */
export function customDataProblem(data: CustomData, draft = false): string | null {
  const { dims, x, y, problem } = data;
  if (!Number.isInteger(dims) || dims < 1 || dims > MAX_CUSTOM_INPUTS)
    return `dims must be from 1 to ${MAX_CUSTOM_INPUTS}`;
  const n = y.length;
  if (n < 2 && !draft) return 'at least two rows are needed';
  if (n > MAX_CUSTOM_ROWS) return `at most ${MAX_CUSTOM_ROWS} rows are allowed`;
  if (x.length !== n * dims) return `x must hold ${n} × ${dims} values`;
  if (data.inputNames.length !== dims) return `one name per input column is needed`;
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) return `x[${i}] is not finite`;
  if (problem === 'regression') {
    for (let i = 0; i < n; i++) if (!Number.isFinite(y[i])) return `y[${i}] is not finite`;
    return null;
  }
  const k = data.classNames.length;
  if (k < 2 || k > MAX_CUSTOM_CLASSES) return `2 to ${MAX_CUSTOM_CLASSES} classes are needed`;
  if (problem === 'binary' && k !== 2) return 'a binary data set has two classes';
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const c = y[i]!;
    if (!Number.isInteger(c) || c < 0 || c >= k) return `y[${i}] is not a class index`;
    seen.add(c);
  }
  if (seen.size < 2 && !draft) return 'every row has the same class';
  return null;
}

/** min…max of each column with a 5 % margin (±1 around a constant column). */
export function fittedDomain(x: ArrayLike<number>, n: number, dims: number): [number, number][] {
  const out: [number, number][] = [];
  for (let j = 0; j < dims; j++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = x[i * dims + j]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const pad = hi > lo ? 0.05 * (hi - lo) : 1;
    out.push([lo - pad, hi + pad]);
  }
  return out;
}

/**
 * The engine's Dataset for the user's data. Throws EngineError when the data is malformed
 * (see customDataProblem). Regression targets get a plotting range with a 5 % margin.
 */
export function customDataset(data: CustomData): Dataset {
  const problem = customDataProblem(data);
  if (problem) throw new EngineError('custom data', data.name, problem);
  const n = data.y.length;
  const x = Float64Array.from(data.x);
  const y = Float64Array.from(data.y);
  const dataset: Dataset = {
    name: CUSTOM_DATASETS[data.problem],
    problem: data.problem,
    dims: data.dims,
    inputNames: data.inputNames.slice(),
    targetName: data.targetName,
    classes: data.problem === 'regression' ? 0 : data.classNames.length,
    n,
    x,
    y,
    domain: data.domain?.length === data.dims ? data.domain : fittedDomain(x, n, data.dims),
  };
  if (data.problem === 'regression') dataset.targetDomain = fittedDomain(y, n, 1)[0];
  return dataset;
}
