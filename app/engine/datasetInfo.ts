import { ALL_DATASET_NAMES, type DatasetName, type ProblemType } from './dataset';
import { EngineError } from './errors';

/** What the data-set picker shows, and the shape of each set. */
export interface DatasetInfo {
  label: string;
  description: string;
  problem: ProblemType;
  /** 2 for binary, k for multi-class, 0 for regression. */
  classes: number;
  /** Raw input columns. */
  dims: number;
  /** Row count of a fixed table, which ignores `n` and `noise`. */
  fixedSize?: number;
  /** The user's own data: not generated, so not offered in the picker. */
  custom?: boolean;
}

/**
 * The one table of data sets: picker labels, one-sentence descriptions, and each set's shape
 * (problem type, class count, raw input columns, fixed row count). Everything else about a
 * data set's shape is read from here.
 */
export const DATASET_INFO: Record<DatasetName, DatasetInfo> = {
  circle: {
    label: 'Circle',
    description: 'An inner disc of one class inside a ring of the other.',
    problem: 'binary',
    classes: 2,
    dims: 2,
  },
  xor: {
    label: 'Exclusive or',
    description: 'Opposite quadrants share a class, so no single straight line separates them.',
    problem: 'binary',
    classes: 2,
    dims: 2,
  },
  gaussian: {
    label: 'Two clouds',
    description: 'Two gaussian clouds that a straight line can separate.',
    problem: 'binary',
    classes: 2,
    dims: 2,
  },
  spiral: {
    label: 'Spiral',
    description: 'Two interleaved spiral arms, the hardest of the planar sets.',
    problem: 'binary',
    classes: 2,
    dims: 2,
  },
  moons: {
    label: 'Two moons',
    description: 'Two interleaved half-moons that need a curved boundary.',
    problem: 'binary',
    classes: 2,
    dims: 2,
  },
  blobs3: {
    label: 'Three clouds',
    description: 'Three gaussian clouds, one per class.',
    problem: 'multiclass',
    classes: 3,
    dims: 2,
  },
  spiral3: {
    label: 'Three-armed spiral',
    description: 'Three interleaved spiral arms, one per class.',
    problem: 'multiclass',
    classes: 3,
    dims: 2,
  },
  plane: {
    label: 'Plane',
    description: 'A target that rises linearly across the plane.',
    problem: 'regression',
    classes: 0,
    dims: 2,
  },
  bumps: {
    label: 'Bumps',
    description: 'A landscape made of a few gaussian hills and hollows.',
    problem: 'regression',
    classes: 0,
    dims: 2,
  },
  sine: {
    label: 'Sine wave',
    description: 'One input and a wavy target: y = sin x.',
    problem: 'regression',
    classes: 0,
    dims: 1,
  },
  housePrices: {
    label: 'House prices',
    description: 'Floor area in square metres against price in thousands of euros.',
    problem: 'regression',
    classes: 0,
    dims: 1,
  },
  studyHours: {
    label: 'Study hours',
    description: 'Eight students: study hours, sleep hours and quiz score against exam score.',
    problem: 'regression',
    classes: 0,
    dims: 3,
    fixedSize: 8,
  },
  customBinary: {
    label: 'Your data',
    description: 'Points you drew or imported, in two classes.',
    problem: 'binary',
    classes: 2,
    dims: 2,
    custom: true,
  },
  customClasses: {
    label: 'Your data',
    description: 'Points you drew or imported, in several classes.',
    problem: 'multiclass',
    classes: 3,
    dims: 2,
    custom: true,
  },
  customValues: {
    label: 'Your data',
    description: 'Points you drew or imported, each with a value to predict.',
    problem: 'regression',
    classes: 0,
    dims: 2,
    custom: true,
  },
};

/** The table entry of a data set; an unknown name is an EngineError, not a crash later. */
export function datasetInfo(name: DatasetName): DatasetInfo {
  if (!(ALL_DATASET_NAMES as readonly string[]).includes(name)) {
    throw new EngineError('dataset', name, `one of ${ALL_DATASET_NAMES.join(', ')}`);
  }
  return DATASET_INFO[name];
}
