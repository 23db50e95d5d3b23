import type { CustomData } from '../engine/customData';
import type { GridValues, HistoryChunk, RunStatus } from '../engine/sessionTypes';
import type { SweepParameter, SweepValue } from '../engine/sweepPlan';
import type { TrainingConfig } from '../engine/trainingConfig';
import type { SavedTraining, StateEvaluation } from './protocol';

/** One run of a sweep as it stands: where it is, its new history points and its figures. */
export interface SweepRunReport {
  /** The run's place in the sweep's list of values. */
  index: number;
  epoch: number;
  status: RunStatus;
  /** History points added since the last report. */
  history: HistoryChunk;
  figures: StateEvaluation;
  /** Examples trained per second of wall-clock time since the sweep started. */
  examplesPerSecond: number;
  /** The output over the input plane (null for 1-D data). */
  grid: GridValues | null;
}

/** Commands the page sends to a sweep worker. */
export type SweepCommand =
  | {
      type: 'start';
      /** The sweep's id: reports of an older sweep are told apart by it. */
      id: number;
      base: TrainingConfig;
      param: SweepParameter;
      values: SweepValue[];
      /** The runs of the list this worker trains (a sweep may be shared among workers). */
      indices: number[];
      /** Each run trains this many epochs (unless it diverges or stops first). */
      epochs: number;
      /** The user's own data, when the configuration names a custom data set. */
      data: CustomData | null;
      /** Points a side of each run's output picture, and the plane's two raw columns. */
      res: number;
      axes?: [number, number];
    }
  | { type: 'cancel' }
  /** The training state of one run, to make it live or pin it. */
  | { type: 'state'; requestId: number; index: number };

/** Events a sweep worker sends back. */
export type SweepEvent =
  | { type: 'progress'; id: number; runs: SweepRunReport[]; finished: boolean }
  | {
      type: 'state';
      requestId: number;
      state: SavedTraining | null;
      evaluation: StateEvaluation | null;
    }
  | { type: 'error'; id: number; message: string };
