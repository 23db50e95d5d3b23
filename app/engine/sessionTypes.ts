import type { DatasetName, ProblemType } from './dataset';

/**
 * Plain data a training session reports: the shapes the worker sends to the page.
 * (The worker protocol re-exports these.)
 */

/** Run state as the UI shows it. */
export type RunStatus = 'paused' | 'running' | 'diverged' | 'done';

/** Why a run stopped by itself (the engine's divergence report, made plain). */
export interface DivergenceReport {
  step: number;
  epoch: number;
  /** 'loss' when the loss went non-finite or exploded, 'parameters' when a weight did. */
  what: 'loss' | 'parameters';
  /** Layer index (0 = first hidden layer) of the first non-finite parameter or activation, or -1. */
  layer: number;
  /** The last training loss recorded (at an epoch's end) before it went wrong. */
  lastFiniteLoss: number;
  /** The training loss with the last finite weights, which the run keeps (the top bar's figure). */
  trainLoss: number;
  message: string;
}

/**
 * A run that trains without learning (lossTrouble.ts found the pattern in the training loss):
 * the facts the page words (troubleReport.ts) and the fix it offers. Training goes on.
 */
export interface TroubleReport {
  /** 'oscillation': up and down without going down; 'stall': flat at the level of a guess. */
  kind: 'oscillation' | 'stall';
  /** First and last epoch of the window it was seen in, and the training loss's range there. */
  fromEpoch: number;
  toEpoch: number;
  low: number;
  high: number;
  /** The loss of always guessing the same answer (the best constant prediction). */
  guessLoss: number;
  /** The learning rate in use when it was seen. */
  learningRate: number;
  /** Hidden neurons saturated on most training examples, out of those that can saturate. */
  saturated: number;
  units: number;
  standardized: boolean;
  /** The network input of largest magnitude over the training set, or null without inputs. */
  widestInput: { name: string; maxAbs: number } | null;
  /** The data set the run trains on (its suggested settings may be the fix). */
  dataset: DatasetName;
  /**
   * The one-click fix: ÷10 learning rate; standardised inputs; or the data set's suggested
   * settings (presets.ts), which standardise the inputs and give a network that fits the data.
   */
  fix: 'lowerRate' | 'standardize' | 'suggested';
}

/** Where one layer's parameters sit in the flat parameter vector. */
export interface LayerLayout {
  /** Neurons in the layer. */
  units: number;
  fanIn: number;
  /** Affine pieces per neuron (maxout k, otherwise 1). W has units·pieces rows. */
  pieces: number;
  /** W is (units·pieces) × fanIn row-major from here. */
  wOffset: number;
  /** b has units·pieces entries from here. */
  bOffset: number;
  /** Batch norm γ and β (units each) from here, or -1. */
  gammaOffset: number;
  betaOffset: number;
  activation: string;
}

/** The shape of the network and its data; sent once per (re)configuration. */
export interface NetworkInfo {
  problem: ProblemType;
  classes: number;
  featureNames: string[];
  inputNames: string[];
  targetName: string;
  layers: LayerLayout[];
  parameterCount: number;
  /** Raw inputs of every example (n × dims) and their targets, for plotting. */
  dims: number;
  points: Float64Array;
  targets: Float64Array;
  /** 1 for a training example, 0 for a test example. */
  isTrain: Uint8Array;
  domain: [number, number][];
  targetDomain?: [number, number];
  trainCount: number;
  testCount: number;
}

/** Output (and optionally every neuron) evaluated on a res × res grid over the input plane. */
export interface GridValues {
  res: number;
  /** res·res·outputs values; row-major with y growing downwards (row 0 = top of the plot). */
  output: Float32Array;
  outputs: number;
  /** res·res values per hidden neuron, neurons in layer order; absent unless asked for. */
  neurons?: Float32Array;
  neuronCount: number;
  /** res·res values per input feature (same order as featureNames), sent with `neurons`. */
  features?: Float32Array;
}

/** The per-epoch series of a run's history, in order (HistoryChunk's arrays, files' lists). */
export const HISTORY_SERIES = [
  'epoch',
  'trainLoss',
  'testLoss',
  'validationLoss',
  'trainAccuracy',
  'testAccuracy',
] as const;

/** One of HISTORY_SERIES. */
export type HistorySeries = (typeof HISTORY_SERIES)[number];

/** Per-epoch history points added since the previous snapshot. */
export interface HistoryChunk {
  epoch: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  /** NaN when the run has no validation set. */
  validationLoss: Float64Array;
  /** NaN for regression. */
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
}
