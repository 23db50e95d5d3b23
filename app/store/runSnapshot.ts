import type {
  DivergenceReport,
  GridValues,
  NetworkInfo,
  RunStatus,
  Snapshot,
} from '../worker/protocol';
import { appendHistory, emptyHistory } from './runHistory';
import type { RunHistory } from './runHistory';

/** What the page knows about the run, all of it from the worker's snapshots and events. */
export interface RunData {
  status: RunStatus;
  epoch: number;
  step: number;
  trainLoss: number;
  testLoss: number;
  regLoss: number;
  /** NaN for regression. */
  trainAccuracy: number;
  testAccuracy: number;
  learningRate: number;
  examplesPerSecond: number;
  history: RunHistory;
  /** The flat parameter vector (layout in info.layers), null before the first snapshot. */
  parameters: Float64Array | null;
  /** The latest output grid; a snapshot without one keeps it (the weights did not change). */
  grid: GridValues | null;
  info: NetworkInfo | null;
  divergence: DivergenceReport | null;
  doneReason: string | null;
}

/** The state before the worker has said anything. */
export function initialRunData(): RunData {
  return {
    status: 'paused',
    epoch: 0,
    step: 0,
    trainLoss: Number.NaN,
    testLoss: Number.NaN,
    regLoss: 0,
    trainAccuracy: Number.NaN,
    testAccuracy: Number.NaN,
    learningRate: Number.NaN,
    examplesPerSecond: 0,
    history: emptyHistory(),
    parameters: null,
    grid: null,
    info: null,
    divergence: null,
    doneReason: null,
  };
}

/**
 * The run fields a snapshot changes, or null when it changes nothing the page shows (a paused
 * run answers every frame with the same numbers; skipping those keeps React idle).
 * History chunks are appended (or restart the history when `historyReset`).
 */
export function snapshotPatch(prev: RunData, s: Snapshot): Partial<RunData> | null {
  const unchanged =
    !s.grid &&
    !s.historyReset &&
    s.history.epoch.length === 0 &&
    s.status === prev.status &&
    s.step === prev.step &&
    s.epoch === prev.epoch &&
    s.examplesPerSecond === prev.examplesPerSecond &&
    sameValues(prev.parameters, s.parameters);
  if (unchanged) return null;
  return {
    status: s.status,
    epoch: s.epoch,
    step: s.step,
    trainLoss: s.trainLoss,
    testLoss: s.testLoss,
    regLoss: s.regLoss,
    trainAccuracy: s.trainAccuracy,
    testAccuracy: s.testAccuracy,
    learningRate: s.learningRate,
    examplesPerSecond: s.examplesPerSecond,
    history: appendHistory(prev.history, s.history, s.historyReset),
    parameters: s.parameters,
    grid: s.grid ?? prev.grid,
    divergence: s.divergence ?? null,
    doneReason: s.doneReason ?? null,
  };
}

function sameValues(a: Float64Array | null, b: Float64Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
