/** What a data set asks of the network's output. */
export type ProblemType = 'binary' | 'multiclass' | 'regression';

export const DATASET_NAMES = [
  'circle',
  'xor',
  'gaussian',
  'spiral',
  'moons',
  'blobs3',
  'spiral3',
  'plane',
  'bumps',
  'sine',
  'housePrices',
  'studyHours',
] as const;

/** The user's own data (drawn or imported), one name per problem type: see customData.ts. */
export const CUSTOM_DATASET_NAMES = ['customBinary', 'customClasses', 'customValues'] as const;

/** A built-in (generated) data set or the user's own data. */
export type DatasetName = (typeof DATASET_NAMES)[number] | (typeof CUSTOM_DATASET_NAMES)[number];

/** Every name a configuration may use: the built-in sets, then the user's own data. */
export const ALL_DATASET_NAMES: readonly DatasetName[] = [
  ...DATASET_NAMES,
  ...CUSTOM_DATASET_NAMES,
];

/**
 * A table of examples in raw units.
 * Row i is `x[i*dims .. (i+1)*dims)`; its target `y[i]` is a class index (0..classes-1)
 * for classification or a real value for regression.
 * Example (xor, 2 rows): dims 2, x = [1.2, 3.4, -2.0, 0.5], y = [1, 0].
 */
export interface Dataset {
  name: string;
  problem: ProblemType;
  /** Raw input dimensions: 1 (sine, housePrices), 2 (planar sets) or more (studyHours: 3). */
  dims: number;
  /** One label per raw input column, with units where there are some. */
  inputNames: string[];
  targetName: string;
  /** 2 for binary, k for multi-class, 0 for regression. */
  classes: number;
  n: number;
  x: Float64Array;
  y: Float64Array;
  /** Plotting range per raw input column, in raw units. */
  domain: [number, number][];
  /** Plotting range of the target (regression) in raw units. */
  targetDomain?: [number, number];
}

/** Options every generator takes. `noise` is 0..1 (fraction of the data set's natural scale). */
export interface DatasetOptions {
  n: number;
  noise: number;
  seed: number;
}
