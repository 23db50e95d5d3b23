import type { TrainingExtras } from '../engine/sessionExtras';
import type {
  RaceLane,
  RaceLaneSpec,
  SliceProbe,
  SurfaceProbe,
  TraceProbe,
} from '../engine/sessionProbes';
import type { CustomData } from '../engine/customData';
import type { RewindInfo, RewindRequest } from './rewindKeeper';
import type { BatchDropout } from '../engine/dropoutMasks';
import type { LayerStatistics } from '../engine/layerStatistics';
import type { TrainingConfig } from '../engine/trainingConfig';
import type {
  DivergenceReport,
  GridValues,
  HistoryChunk,
  NetworkInfo,
  RunStatus,
  TroubleReport,
} from '../engine/sessionTypes';

export type {
  DivergenceReport,
  GridValues,
  HistoryChunk,
  LayerLayout,
  NetworkInfo,
  RunStatus,
  TroubleReport,
} from '../engine/sessionTypes';
export type {
  RaceLane,
  RaceLaneSpec,
  SliceProbe,
  SurfaceProbe,
  TraceProbe,
} from '../engine/sessionProbes';
export type { BackpropTrace, ParameterSlice, TraceLayer } from '../engine/probes';
export type { RewindInfo, RewindRequest } from './rewindKeeper';
export type { BatchDropout, DropoutLayerMask } from '../engine/dropoutMasks';
export type { LayerStatistics, Saturation } from '../engine/layerStatistics';

/** Questions about the current weights, answered by the engine in the worker. */
export type ProbeRequest =
  | { kind: 'slice'; index: number; points?: number }
  | { kind: 'surface'; i: number; j: number; res?: number }
  | {
      kind: 'race';
      i: number;
      j: number;
      steps: number;
      lanes: RaceLaneSpec[];
    }
  | { kind: 'trace'; row: number }
  /** One hidden layer over the next mini-batch: z, batch norm's steps, activations, saturation. */
  | { kind: 'layer'; layer: number }
  /**
   * Everything needed to continue training later: weights, counters, optimiser state; with
   * `evaluate`, also the losses and accuracies at exactly these weights (a pinned run's figures).
   */
  | { kind: 'state'; evaluate?: boolean };

export type ProbeResult =
  | { kind: 'slice'; slice: SliceProbe }
  | { kind: 'surface'; surface: SurfaceProbe }
  | { kind: 'race'; lanes: RaceLane[] }
  | { kind: 'trace'; trace: TraceProbe | null }
  | { kind: 'layer'; layer: LayerStatistics }
  | { kind: 'state'; state: SavedTraining; evaluation?: StateEvaluation }
  | { kind: 'error'; message: string };

/** Every split's loss and accuracy at the saved weights (NaN where a split is empty). */
export interface StateEvaluation {
  trainLoss: number;
  validationLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
}

/** Training as it stands, to save and restore later. */
export interface SavedTraining {
  parameters: Float64Array;
  epoch: number;
  step: number;
  extras: TrainingExtras;
}

/** Values of the watched parameters after each recent step (for trails on the charts). */
export interface Trail {
  indices: number[];
  /** steps × indices.length values, oldest first. */
  values: Float64Array;
  /** The step number of each row. */
  steps: Float64Array;
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
  /** An oscillation or stall the engine sees in the training loss (training goes on). */
  trouble?: TroubleReport;
  /** Why the run stopped by itself when status is 'done'. */
  doneReason?: string;
  /** Recent values of the parameters named by the last 'watch' command. */
  trail?: Trail;
  /** The kept epochs and the one shown, when they changed since the last snapshot. */
  rewind?: RewindInfo;
  /** The next mini-batch's dropout masks (slow motion and steps), when they changed; null: none. */
  dropout?: BatchDropout | null;
}

export interface SnapshotRequest {
  grid: boolean;
  neurons: boolean;
  res: number;
  neuronRes: number;
  /** The two raw columns the output plane spans, for data with more than two (default [0, 1]). */
  axes?: [number, number];
}

/** Commands the page sends to the training worker. */
export type Command =
  | { type: 'configure'; config: TrainingConfig }
  /** The user's own data, used while the configuration names a custom data set (null: none). */
  | { type: 'data'; data: CustomData | null }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; unit: 'batch' | 'epoch' }
  | { type: 'reset' }
  /** Steps per second; null trains as fast as the engine goes. */
  | { type: 'speed'; stepsPerSecond: number | null }
  | { type: 'snapshot'; requestId: number; want: SnapshotRequest }
  | { type: 'setParameter'; index: number; value: number }
  /** Record these parameters after every step (an empty list stops recording). */
  | { type: 'watch'; indices: number[] }
  /** Continue from saved weights at this epoch and step (same network shape). */
  | {
      type: 'restore';
      parameters: Float64Array;
      epoch: number;
      step: number;
      extras?: TrainingExtras;
      /** The run's history up to `epoch`, so the loss chart goes on from where it was. */
      history?: HistoryChunk;
    }
  | { type: 'probe'; requestId: number; probe: ProbeRequest }
  /** Scrub the run's kept epochs, go back to live, or continue from the epoch shown. */
  | { type: 'rewind'; request: RewindRequest }
  /** A heartbeat: the worker answers 'pong' at once, so silence means it has died. */
  | { type: 'ping' };

/** Events the worker sends back. */
export type WorkerEvent =
  | { type: 'ready'; info: NetworkInfo }
  | { type: 'snapshot'; snapshot: Snapshot }
  | { type: 'error'; message: string }
  | { type: 'probe'; requestId: number; result: ProbeResult }
  | { type: 'pong' };
