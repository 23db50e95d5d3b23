import type { TrainingConfig } from '../engine/trainingConfig';
import type {
  DivergenceReport,
  GridValues,
  HistoryChunk,
  NetworkInfo,
  RunStatus,
} from '../engine/sessionTypes';

export type {
  DivergenceReport,
  GridValues,
  HistoryChunk,
  LayerLayout,
  NetworkInfo,
  RunStatus,
} from '../engine/sessionTypes';

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
