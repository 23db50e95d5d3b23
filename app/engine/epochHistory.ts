import { GrowableSeries } from './growableSeries';
import type { Evaluation } from './evaluation';
import { HISTORY_SERIES, type HistoryChunk, type HistorySeries } from './sessionTypes';

/**
 * A run's per-epoch history in the worker: one growable series per HISTORY_SERIES entry, and
 * how much of it the page has already been sent (snapshots carry only what is new).
 */
export class EpochHistory implements Record<HistorySeries, GrowableSeries> {
  readonly epoch = new GrowableSeries();
  readonly trainLoss = new GrowableSeries();
  readonly testLoss = new GrowableSeries();
  readonly validationLoss = new GrowableSeries();
  readonly trainAccuracy = new GrowableSeries();
  readonly testAccuracy = new GrowableSeries();
  /** Points already handed out by take() (0 again after restart()). */
  private sent = 0;
  /** True until take() has reported that the page must start its history afresh. */
  private restarted = true;

  /** Number of epochs recorded. */
  get length(): number {
    return this.epoch.length;
  }

  /** One point: the epoch and the three splits' evaluations at it. */
  record(epoch: number, train: Evaluation, test: Evaluation, validation: Evaluation): void {
    this.epoch.push(epoch);
    this.trainLoss.push(train.loss);
    this.testLoss.push(test.loss);
    this.validationLoss.push(validation.loss);
    this.trainAccuracy.push(train.accuracy);
    this.testAccuracy.push(test.accuracy);
  }

  /** Forget every point; the page is told to start afresh. */
  clear(): void {
    for (const name of HISTORY_SERIES) this[name].clear();
    this.restart();
  }

  /** Keep the first `n` points only; the page is sent the rest afresh. */
  truncate(n: number): void {
    for (const name of HISTORY_SERIES) this[name].truncate(n);
    this.restart();
  }

  /** The page gets the whole history again with the next take(), flagged as a restart. */
  restart(): void {
    this.sent = 0;
    this.restarted = true;
  }

  /** Points recorded since the last call, and whether the page must drop what it has. */
  take(): { chunk: HistoryChunk; reset: boolean } {
    const from = this.sent;
    this.sent = this.length;
    const reset = this.restarted;
    this.restarted = false;
    const chunk = {} as HistoryChunk;
    for (const name of HISTORY_SERIES) chunk[name] = this[name].slice(from);
    return { chunk, reset };
  }

  /**
   * Append the points of `h` before epoch `before`, in increasing epoch order (a saved run's
   * loss curve; points past it, or out of order, or with a series too short, are not this run's).
   */
  seed(h: HistoryChunk, before: number): void {
    let last = -1;
    for (let i = 0; i < h.epoch.length; i++) {
      const e = h.epoch[i]!;
      if (!(e > last && e < before) || HISTORY_SERIES.some((k) => h[k].length <= i)) continue;
      for (const k of HISTORY_SERIES) this[k].push(h[k][i]!);
      last = e;
    }
  }
}
