import { EngineError } from './errors';
import { shuffleInPlace } from './rng';
import type { Rng } from './rng';

/** Row indices of the two splits, each in ascending order. */
export interface TrainTestSplit {
  train: Uint32Array;
  test: Uint32Array;
}

/**
 * Split rows 0..n−1 at random into a training and a test set.
 * The training count is round(n · trainRatio), clamped so that both sides keep at least one
 * example when n ≥ 2 (n = 1 goes to training). The rows are drawn by a seeded shuffle and
 * each side is returned sorted, so the same rng state always gives the same split.
 * Example: n 10, ratio 0.7 → 7 training rows and 3 test rows, disjoint, covering 0..9.
 */
export function splitTrainTest(n: number, trainRatio: number, rng: Rng): TrainTestSplit {
  if (!Number.isInteger(n) || n < 0) {
    throw new EngineError('n', n, 'a whole number of examples, 0 or more');
  }
  if (!Number.isFinite(trainRatio) || trainRatio < 0 || trainRatio > 1) {
    throw new EngineError('trainRatio', trainRatio, 'a number from 0 to 1');
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  shuffleInPlace(order, rng);
  let k = Math.round(n * trainRatio);
  if (n >= 2) k = Math.min(n - 1, Math.max(1, k));
  else k = n;
  return { train: order.slice(0, k).sort(), test: order.slice(k).sort() };
}
