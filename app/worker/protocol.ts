import type { ProblemType } from '../engine/dataset';
import type { TrainingConfig } from '../engine/trainingConfig';

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
  /** The last finite training loss before it went wrong. */
  lastFiniteLoss: number;
  message: string;
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
}

/** Per-epoch history points added since the previous snapshot. */
export interface HistoryChunk {
  epoch: Float64Array;
  trainLoss: Float64Array;
  testLoss: Float64Array;
  /** NaN for regression. */
  trainAccuracy: Float64Array;
  testAccuracy: Float64Array;
}

export interface Snapshot {
  requestId: number;
  status: RunStatus;
  epoch: number;
  step: number;
  trainLoss: number;
  testLoss: number;
  regLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  learningRate: number;
  examplesPerSecond: number;
  history: HistoryChunk;
  /** Set when the history was restarted (reset, reconfigure) so the UI drops what it had. */
  historyReset: boolean;
  parameters: Float64Array;
  grid?: GridValues;
  divergence?: DivergenceReport;
  /** Why the run stopped by itself when status is 'done'. */
  doneReason?: string;
}

export interface SnapshotRequest {
  grid: boolean;
  neurons: boolean;
  res: number;
  neuronRes: number;
}

/** Commands the page sends to the training worker. */
export type Command =
  | { type: 'configure'; config: TrainingConfig }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: 'batch' | 'epoch' }
  | { type: 'reset' }
  /** Steps per second; null trains as fast as the engine goes. */
  | { type: 'speed'; stepsPerSecond: number | null }
  | { type: 'snapshot'; requestId: number; want: SnapshotRequest }
  | { type: 'setParameter'; index: number; value: number };

/** Events the worker sends back. */
export type WorkerEvent =
  | { type: 'ready'; info: NetworkInfo }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'error'; message: string };
