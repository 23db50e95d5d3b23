import { customDataset, isCustomDataset } from '../engine/customData';
import { gridAxes } from '../engine/gridEvaluation';
import { TrainingSession } from '../engine/session';
import { sweepConfig } from '../engine/sweepPlan';
import type { HostEnvironment } from './trainingHost';
import type { StateEvaluation } from './protocol';
import type { SweepCommand, SweepEvent, SweepRunReport } from './sweepProtocol';

/** How long one burst of sweep training holds the worker before it yields to messages. */
export const SWEEP_SLICE_MS = 12;
/** How often the page hears how the runs are doing (and sees their pictures). */
export const REPORT_MS = 250;

/** What a sweep host needs of its worker (the training host's environment, posting sweep events). */
export type SweepEnvironment = Omit<HostEnvironment, 'post'> & {
  post(event: SweepEvent, transfer: Transferable[]): void;
};

interface Run {
  index: number;
  session: TrainingSession;
  examples: number;
}

/**
 * The worker side of a sweep, free of worker globals so Node tests can drive it: one training
 * session per value (same data and seed, one hyperparameter changed), trained in turns with
 * equal time each until every run has its epochs, reporting new history points, figures and
 * output pictures every REPORT_MS and once more when all are finished.
 */
export class SweepHost {
  private runs: Run[] = [];
  private id = 0;
  private epochs = 0;
  private res = 40;
  private axes: [number, number] = [0, 1];
  private startedAt = 0;
  private reportedAt = 0;
  private active = false;

  constructor(private readonly env: SweepEnvironment) {}

  handle(cmd: SweepCommand): void {
    switch (cmd.type) {
      case 'start':
        return this.start(cmd);
      case 'cancel':
        this.active = false;
        this.runs = [];
        return;
      case 'state': {
        const run = this.runs.find((r) => r.index === cmd.index);
        const s = run?.session;
        this.env.post(
          {
            type: 'state',
            requestId: cmd.requestId,
            state: s
              ? {
                  parameters: s.net.params.slice(),
                  epoch: s.epoch,
                  step: s.step,
                  extras: s.extras(),
                }
              : null,
            evaluation: s ? figuresOf(s) : null,
          },
          [],
        );
        return;
      }
    }
  }

  private start(cmd: Extract<SweepCommand, { type: 'start' }>): void {
    this.active = false;
    this.runs = [];
    this.id = cmd.id;
    try {
      const custom =
        isCustomDataset(cmd.base.dataset) && cmd.data ? customDataset(cmd.data) : undefined;
      this.runs = cmd.indices.map((index) => {
        const value = cmd.values[index];
        if (value === undefined) throw new Error(`The sweep has no value ${index + 1}.`);
        const session = new TrainingSession(sweepConfig(cmd.base, cmd.param, value), custom);
        session.status = 'running';
        return { index, session, examples: 0 };
      });
    } catch (err) {
      this.runs = [];
      this.env.post(
        { type: 'error', id: cmd.id, message: err instanceof Error ? err.message : String(err) },
        [],
      );
      return;
    }
    this.epochs = Math.max(1, Math.floor(cmd.epochs));
    this.res = Math.max(4, Math.min(80, Math.round(cmd.res)));
    const dims = this.runs[0]?.session.data.dataset.dims ?? 2;
    this.axes = gridAxes(dims, cmd.axes);
    this.startedAt = this.reportedAt = this.env.now();
    this.active = true;
    this.env.yieldThen(() => this.slice());
  }

  private finished(run: Run): boolean {
    const s = run.session;
    return s.epoch >= this.epochs || s.status === 'diverged' || s.status === 'done';
  }

  /** Train every unfinished run for an equal share of one slice, then report if due and yield. */
  private slice(): void {
    if (!this.active) return;
    const open = this.runs.filter((r) => !this.finished(r));
    const share = SWEEP_SLICE_MS / Math.max(1, open.length);
    for (const run of open) {
      const s = run.session;
      const start = this.env.now();
      do {
        const before = s.step;
        if (!s.stepBatch()) break;
        if (s.step > before) run.examples += s.batchSize;
      } while (s.epoch < this.epochs && this.env.now() - start < share);
    }
    const done = this.runs.every((r) => this.finished(r));
    const now = this.env.now();
    if (done || now - this.reportedAt >= REPORT_MS) {
      this.reportedAt = now;
      this.report(done);
    }
    if (done) this.active = false;
    else this.env.yieldThen(() => this.slice());
  }

  private report(finished: boolean): void {
    const seconds = Math.max(1e-3, (this.env.now() - this.startedAt) / 1000);
    const transfer: Transferable[] = [];
    const runs: SweepRunReport[] = this.runs.map((run) => {
      const s = run.session;
      if (finished && s.status === 'running') s.status = 'done';
      const { chunk } = s.takeHistory();
      const dims = s.data.dataset.dims;
      const grid = dims >= 2 ? s.grid(this.res, false, 0, this.axes) : null;
      for (const a of Object.values(chunk)) transfer.push(a.buffer);
      if (grid) transfer.push(grid.output.buffer);
      return {
        index: run.index,
        epoch: s.epoch,
        status: s.status,
        history: chunk,
        figures: figuresOf(s),
        examplesPerSecond: run.examples / seconds,
        grid,
      };
    });
    this.env.post({ type: 'progress', id: this.id, runs, finished }, transfer);
  }
}

function figuresOf(s: TrainingSession): StateEvaluation {
  return {
    trainLoss: s.train.loss,
    validationLoss: s.validation.loss,
    testLoss: s.test.loss,
    trainAccuracy: s.train.accuracy,
    testAccuracy: s.test.accuracy,
  };
}
