import type {
  DivergenceReport,
  GridValues,
  BatchDropout,
  NetworkInfo,
  RewindInfo,
  RunStatus,
  Snapshot,
  TroubleReport,
  Trail,
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
  /** An oscillation or stall in the training loss (training goes on), null when none. */
  trouble: TroubleReport | null;
  doneReason: string | null;
  /** Recent values of the watched parameters (descent and surface trails), null if none. */
  trail: Trail | null;
  /** The worker's kept epochs and the one shown while scrubbing (null before the first). */
  rewind: RewindInfo | null;
  /** The next mini-batch's dropout masks (slow motion and step by step), null otherwise. */
  dropout: BatchDropout | null;
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
    trouble: null,
    doneReason: null,
    trail: null,
    rewind: null,
    dropout: null,
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
    !s.rewind &&
    s.dropout === undefined &&
    !s.historyReset &&
    s.history.epoch.length === 0 &&
    s.status === prev.status &&
    s.step === prev.step &&
    s.epoch === prev.epoch &&
    s.examplesPerSecond === prev.examplesPerSecond &&
    sameValues(prev.parameters, s.parameters) &&
    sameTrail(prev.trail, s.trail ?? null);
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
    trouble: s.trouble ?? null,
    doneReason: s.doneReason ?? null,
    trail: s.trail ?? null,
    rewind: s.rewind ?? prev.rewind,
    dropout: s.dropout === undefined ? prev.dropout : s.dropout,
  };
}

function sameValues(a: Float64Array | null, b: Float64Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Same watched parameters and same recorded steps (values follow from the steps). */
function sameTrail(a: Trail | null, b: Trail | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.indices.join() === b.indices.join() &&
    a.steps.length === b.steps.length &&
    a.steps[a.steps.length - 1] === b.steps[b.steps.length - 1]
  );
}
