import type { StateCreator } from 'zustand';
import { thinHistory } from '../classroom/pinnedRun';
import { gridAxes } from '../engine/gridEvaluation';
import type { GridValues, NetworkInfo, RunStatus } from '../engine/sessionTypes';
import {
  sweepConfig,
  sweepRunLabel,
  type SweepParameter,
  type SweepValue,
} from '../engine/sweepPlan';
import type { TrainingConfig } from '../engine/trainingConfig';
import type { StateEvaluation } from '../worker/protocol';
import type { SweepClient } from '../worker/sweepClient';
import type { SweepRunReport } from '../worker/sweepProtocol';
import { trainedStateOf } from './classroomSlice';
import { appendHistory, emptyHistory, type RunHistory } from './runHistory';
import type { AppState } from './store';
import { isTrainable } from './userDataSlice';

/** What the store asks of the sweep workers (tests give it a fake of the same shape). */
export type Sweeper = Pick<SweepClient, 'start' | 'state' | 'stop'>;

/** One run of a sweep as the page shows it. */
export interface SweepRun {
  index: number;
  value: SweepValue;
  /** E.g. "lr 0.03". */
  label: string;
  config: TrainingConfig;
  epoch: number;
  status: RunStatus;
  history: RunHistory;
  figures: StateEvaluation;
  examplesPerSecond: number;
  grid: GridValues | null;
}

/** A sweep: one configuration trained over several values of one hyperparameter. */
export interface Sweep {
  id: number;
  param: SweepParameter;
  epochs: number;
  /** The data and network shape the sweep started from (its pictures' axes and points). */
  info: NetworkInfo;
  axes: [number, number];
  runs: SweepRun[];
  finished: boolean;
  error: string | null;
}

/** Sweeps: start one from the live configuration, watch it, adopt or pin any of its runs. */
export interface SweepSlice {
  sweep: Sweep | null;
  sweepOpen: boolean;
  openSweep(open: boolean): void;
  /** Train the live configuration over `values` of `param`, `epochs` epochs each. */
  startSweep(param: SweepParameter, values: SweepValue[], epochs: number): void;
  /** Stop training the sweep (its results so far stay shown). */
  stopSweep(): void;
  /** Make run `index` the live run: its configuration and trained weights. */
  makeSweepRunLive(index: number): Promise<boolean>;
  /** Pin run `index` beside the live run. */
  pinSweepRun(index: number): Promise<boolean>;
}

const NO_FIGURES: StateEvaluation = {
  trainLoss: NaN,
  validationLoss: NaN,
  testLoss: NaN,
  trainAccuracy: NaN,
  testAccuracy: NaN,
};

/** Points a side of each sweep run's picture: small multiples need few. */
const SWEEP_RES = 40;

/** The sweep after a report: each reported run's new points appended, its figures replaced. */
export function applySweepReport(
  sweep: Sweep,
  reports: SweepRunReport[],
  finished: boolean,
): Sweep {
  const runs = sweep.runs.map((run) => {
    const r = reports.find((x) => x.index === run.index);
    if (!r) return run;
    return {
      ...run,
      epoch: r.epoch,
      status: r.status,
      history: appendHistory(run.history, r.history, false),
      figures: r.figures,
      examplesPerSecond: r.examplesPerSecond,
      grid: r.grid ?? run.grid,
    };
  });
  return { ...sweep, runs, finished };
}

export const createSweepSlice: StateCreator<AppState, [], [], SweepSlice> = (set, get) => ({
  sweep: null,
  sweepOpen: false,
  openSweep(open) {
    set({ sweepOpen: open });
  },
  startSweep(param, values, epochs) {
    const { config, info, userData, boundaryAxes, sweeper } = get();
    if (!info) return;
    const axes = gridAxes(info.dims, boundaryAxes);
    const runs: SweepRun[] = values.map((value, index) => ({
      index,
      value,
      label: sweepRunLabel(param, value),
      config: sweepConfig(config, param, value),
      epoch: 0,
      status: 'running',
      history: emptyHistory(),
      figures: NO_FIGURES,
      examplesPerSecond: 0,
      grid: null,
    }));
    const base: Sweep = { id: 0, param, epochs, info, axes, runs, finished: false, error: null };
    set({ sweep: base });
    const id = sweeper.start(
      {
        base: config,
        param,
        values,
        epochs,
        data: isTrainable(userData) ? userData : null,
        res: SWEEP_RES,
        axes,
      },
      {
        report: (reports, finished) => {
          const now = get().sweep;
          if (now && now.id === id) set({ sweep: applySweepReport(now, reports, finished) });
        },
        error: (message) => {
          const now = get().sweep;
          if (now && now.id === id) set({ sweep: { ...now, error: message, finished: true } });
        },
      },
    );
    set({ sweep: { ...base, id } });
  },
  stopSweep() {
    const s = get().sweep;
    get().sweeper.stop();
    if (s) set({ sweep: { ...s, finished: true } });
  },
  async makeSweepRunLive(index) {
    const run = get().sweep?.runs[index];
    const answer = run ? await get().sweeper.state(index) : null;
    if (!run || !answer) {
      get().addNotice('That sweep run is no longer available: run the sweep again.', 'warning');
      return false;
    }
    get().loadTrained(run.config, trainedStateOf(answer.state));
    return true;
  },
  async pinSweepRun(index) {
    const sweep = get().sweep;
    const run = sweep?.runs[index];
    const answer = run ? await get().sweeper.state(index) : null;
    if (!sweep || !run || !answer) {
      get().addNotice('That sweep run is no longer available: run the sweep again.', 'warning');
      return false;
    }
    const { info } = sweep;
    const { outlineFromGrid } = await import('../engine/boundaryOutline');
    const outline = run.grid
      ? outlineFromGrid(
          run.grid,
          {
            problem: info.problem,
            domain: info.domain,
            targetDomain: info.targetDomain,
            signedOutput: run.config.loss === 'hinge',
          },
          sweep.axes,
        )
      : null;
    const pin = get().addPin({
      name: run.label,
      config: run.config,
      figures: { ...answer.evaluation, epoch: answer.state.epoch },
      history: thinHistory(run.history),
      outline,
      weights: trainedStateOf(answer.state),
    });
    return pin !== null;
  },
});
