import { lossPattern, OSCILLATION_WINDOW, STALL_WINDOW } from './lossTrouble';
import type { PreparedData } from './prepareData';
import { countSaturated } from './saturation';
import type { TrainingSession } from './session';
import type { TroubleReport } from './sessionTypes';
import type { TrainingConfig } from './trainingConfig';
import { troubleFix } from './troubleReport';

/**
 * Watches a run's training loss for an oscillation or a stall (lossTrouble.ts), epoch by
 * epoch, and keeps the report once it shows, so it does not flicker, until the loss falls
 * clearly below the range it was seen in (it is learning after all) or the settings change.
 */
export class TroubleWatch {
  /** What was seen, or null. */
  report: TroubleReport | null = null;
  /** History index from which the current settings have trained (only those epochs count). */
  start = 0;

  /** Forget any trouble seen: the epochs from history index `from` on are judged alone. */
  afresh(from: number): void {
    this.report = null;
    this.start = Math.max(0, from);
  }

  /** After each epoch of `s`. */
  check(s: TrainingSession): void {
    const losses = s.history.trainLoss;
    if (this.report) {
      if (s.train.loss < 0.8 * this.report.low) this.afresh(losses.length - 1);
      return;
    }
    const end = losses.length;
    const pattern = lossPattern(losses.view(), this.start, end, s.guessLoss);
    if (!pattern) return;
    const from = end - (pattern === 'oscillation' ? OSCILLATION_WINDOW : STALL_WINDOW);
    const window = losses.slice(from, end);
    const train = s.data.train;
    const count =
      pattern === 'stall' ? countSaturated(s.net, train.x, train.n) : { saturated: 0, units: 0 };
    const report = {
      kind: pattern,
      fromEpoch: s.history.epoch.at(from),
      toEpoch: s.history.epoch.at(end - 1),
      low: Math.min(...window),
      high: Math.max(...window),
      guessLoss: s.guessLoss,
      learningRate: s.learningRate,
      ...count,
      standardized: s.config.standardize,
      widestInput: widestInput(s.data),
      dataset: s.config.dataset,
    };
    this.report = { ...report, fix: troubleFix(report, s.config) };
  }
}

/** Live settings that change how training moves: after a change, old trouble no longer counts. */
const TRAINING_FIELDS = [
  'learningRate',
  'optimizer',
  'momentum',
  'beta2',
  'schedule',
  'decayRate',
  'decayEvery',
  'batchSize',
  'regularization',
  'regRate',
] as const satisfies readonly (keyof TrainingConfig)[];

/** True when going from `prev` to `next` changes how training moves. */
export function changesTraining(prev: TrainingConfig, next: TrainingConfig): boolean {
  return TRAINING_FIELDS.some((k) => prev[k] !== next[k]);
}

/** The network input of largest magnitude over the training split, named as the data names it. */
function widestInput(data: PreparedData): TroubleReport['widestInput'] {
  const { x, n } = data.train;
  const width = data.width;
  let best = -1;
  let bestAbs = -1;
  for (let j = 0; j < width; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(x[i * width + j]!));
    if (m > bestAbs) [best, bestAbs] = [j, m];
  }
  if (best < 0) return null;
  // A raw column keeps the data set's own name (floor area (m²)), a mapped one its feature name.
  const f = data.features[best];
  const raw = f === 'x1' ? 0 : f === 'x2' ? 1 : -1;
  const name = (raw >= 0 ? data.dataset.inputNames[raw] : undefined) ?? data.featureNames[best]!;
  return { name, maxAbs: bestAbs };
}
