import { isCustomDataset } from './customData';
import type { Dataset } from './dataset';
import { generateDataset } from './datasets';
import { problemOf } from './problemHeads';
import { EngineError } from './errors';
import { featureColumns, mapFeaturesInto, selectFeatures } from './features';
import type { Rng } from './rng';
import { createRng } from './rng';
import { splitTrainTest } from './split';
import { applyStandardizer, fitStandardizer } from './standardize';
import type { Standardizer } from './standardize';
import { encodeTargets, encodedWidth } from './targets';
import type { FeatureName, TrainingConfig } from './trainingConfig';

/** One split, ready for the network. */
export interface PreparedSplit {
  /** n × width network inputs (feature-mapped, standardised when on). */
  x: Float64Array;
  /** n × outputs encoded targets. */
  y: Float64Array;
  n: number;
  /** Row of each example in `dataset` (ascending). */
  rows: Uint32Array;
}

/**
 * A data set turned into network inputs and targets.
 * Example (xor, features x1, x2, x1x2, bce, 100 points, ratio 0.5): width 3, outputs 1,
 * train.x has 50 × 3 values and train.y 50 × 1.
 */
export interface PreparedData {
  dataset: Dataset;
  /** Input column labels after the feature maps (the raw column names when dims > 2). */
  featureNames: string[];
  /** The feature maps in use, canonical order; empty when dims > 2 (raw columns). */
  features: FeatureName[];
  /** Network input width. */
  width: number;
  /** Network output width: 1 for binary and regression, classes for multi-class. */
  outputs: number;
  train: PreparedSplit;
  /** Held out from the training examples for early stopping; n = 0 when there is none. */
  validation: PreparedSplit;
  test: PreparedSplit;
  /** Over the mapped feature columns, fitted on the training split only; null when off. */
  standardizer: Standardizer | null;
}

/** The configuration fields that shape the data. */
export type DataConfig = Pick<
  TrainingConfig,
  'dataset' | 'noise' | 'points' | 'trainRatio' | 'features' | 'standardize' | 'loss' | 'seed'
> &
  Partial<Pick<TrainingConfig, 'validation'>>;

/** The fields that shape inputs and targets once a data set exists. */
export type PrepareOptions = Pick<
  TrainingConfig,
  'trainRatio' | 'features' | 'standardize' | 'loss'
> &
  Partial<Pick<TrainingConfig, 'validation'>>;

/**
 * Generate the configured data set, split it, map its features, standardise (fitted on the
 * training split) and encode its targets.
 * Generation and split draw from their own generator, derived from `dataSeed` when given and
 * otherwise from `cfg.seed` (as seed·7919 + 1), so changing only the network keeps the data.
 * For the user's own data (a custom data-set name) pass it as `custom`: it is used as it is
 * and only the split is drawn; its problem type must be the one the name stands for.
 */
export function prepareData(cfg: DataConfig, dataSeed?: number, custom?: Dataset): PreparedData {
  const seed = dataSeed ?? cfg.seed * 7919 + 1;
  let dataset: Dataset;
  if (isCustomDataset(cfg.dataset)) {
    if (!custom) throw new EngineError('dataset', cfg.dataset, 'the user’s data to come with it');
    if (custom.problem !== problemOf(cfg.dataset)) {
      throw new EngineError('custom data', custom.problem, `${problemOf(cfg.dataset)} data`);
    }
    dataset = custom;
  } else {
    dataset = generateDataset(cfg.dataset, { n: cfg.points, noise: cfg.noise, seed });
  }
  // A separate stream for the split: changing the ratio alone keeps every point in place.
  return prepareDataset(dataset, cfg, createRng(seed + 104729));
}

/**
 * The same preparation for any data set, e.g. one the user drew or imported.
 * `rng` drives the train/test split only (then the validation rows out of the training ones).
 */
export function prepareDataset(dataset: Dataset, opts: PrepareOptions, rng: Rng): PreparedData {
  const { dims } = dataset;
  const features = selectFeatures(dims, opts.features);
  const columns = featureColumns(dims, features);
  const featureNames = dims > 2 ? dataset.inputNames.slice() : columns.names;
  const width = columns.width;
  const split = splitTrainTest(dataset.n, opts.trainRatio, rng);
  // Validation rows come out of the training rows, so the test set is the same with or without.
  let trainRows = split.train;
  let validationRows = new Uint32Array(0);
  if ((opts.validation ?? 0) > 0 && trainRows.length >= 2) {
    const inner = splitTrainTest(trainRows.length, 1 - (opts.validation ?? 0), rng);
    validationRows = inner.test.map((i) => split.train[i]!);
    trainRows = inner.train.map((i) => split.train[i]!);
  }

  const build = (rows: Uint32Array): PreparedSplit => {
    const x = new Float64Array(rows.length * width);
    for (let r = 0; r < rows.length; r++) {
      mapFeaturesInto(dataset.x, rows[r]! * dims, dims, features, x, r * width);
    }
    const t = encodeTargets(dataset.y, rows, dataset.problem, dataset.classes, opts.loss);
    return { x, y: t.values, n: rows.length, rows };
  };
  const train = build(trainRows);
  const validation = build(validationRows);
  const test = build(split.test);
  const outputs = train.n > 0 ? train.y.length / train.n : encodedWidth(dataset, opts);

  let standardizer: Standardizer | null = null;
  if (opts.standardize) {
    standardizer = fitStandardizer(train.x, identityRows(train.n), width);
    applyStandardizer(train.x, width, standardizer);
    applyStandardizer(validation.x, width, standardizer);
    applyStandardizer(test.x, width, standardizer);
  }
  return { dataset, featureNames, features, width, outputs, train, validation, test, standardizer };
}

function identityRows(n: number): Uint32Array {
  const rows = new Uint32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}
