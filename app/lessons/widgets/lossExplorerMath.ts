import { LOSSES } from '../../engine/losses';
import type { LossName } from '../../engine/trainingConfig';

/** The regression losses the explorer compares. */
export const REGRESSION_LOSSES = [
  'mse',
  'mae',
  'huber',
  'logCosh',
  'quantile',
  'epsilonInsensitive',
] as const satisfies readonly LossName[];

/** A small batch of predictions and targets, and the same batch with one wild target. */
export const BATCH = { yhat: [2.5, 3.0, 4.5, 6.0], y: [3.0, 2.0, 5.0, 6.5] };
/** The outlier replaces the last target. */
export const OUTLIER_TARGET = 16.5;

/**
 * The cost of a batch under a loss: the mean over examples of loss(ŷ, y) with the engine's
 * loss functions. Example: batchCost('mse', [1], [3], 0) → 2 (½·2²).
 */
export function batchCost(loss: LossName, yhat: number[], y: number[], p: number): number {
  const l = LOSSES[loss];
  let s = 0;
  for (let i = 0; i < yhat.length; i++) s += l.f(yhat[i]!, y[i]!, p);
  return yhat.length ? s / yhat.length : NaN;
}

/**
 * The range of each loss's own parameter in the explorer (Huber δ, quantile τ, ε of the
 * ε-insensitive loss): min, max, step. Losses without one are absent.
 */
export const PARAM_RANGES: Partial<Record<LossName, { min: number; max: number; step: number }>> =
  {
    huber: { min: 0.1, max: 5, step: 0.1 },
    quantile: { min: 0.05, max: 0.95, step: 0.05 },
    epsilonInsensitive: { min: 0, max: 3, step: 0.1 },
  };

/** The explorer's batch targets, with or without the outlier. */
export function batchTargets(outlier: boolean): number[] {
  return outlier ? [...BATCH.y.slice(0, -1), OUTLIER_TARGET] : [...BATCH.y];
}
