import type { ProblemType } from './dataset';
import { EngineError } from './errors';
import type { LossName } from './trainingConfig';

/**
 * Output width the network needs for a problem and loss:
 * regression 1; binary 1 (one probability or score), except with crossEntropy, which needs a
 * softmax over two outputs, so 2; multi-class one output per class.
 */
export function targetWidth(problem: ProblemType, classes: number, loss: LossName): number {
  if (problem === 'regression') return 1;
  if (problem === 'binary') return loss === 'crossEntropy' ? 2 : 1;
  return classes;
}

/**
 * Encode the targets of the listed rows for the network, row-major `rows.length × width`.
 * - regression: the raw value, width 1;
 * - binary: width 1 with 0/1 targets, or −1/+1 for hinge; with crossEntropy a one-hot pair;
 * - multi-class: one-hot of width `classes` (hinge uses −1 for the other classes).
 * Example: binary, bce, y = [1, 0] → values [1, 0]; hinge → [1, −1];
 * multiclass (3), y = [2] → [0, 0, 1].
 * Throws EngineError when a class label is not an integer in 0..classes−1.
 */
export function encodeTargets(
  y: Float64Array,
  rows: ArrayLike<number>,
  problem: ProblemType,
  classes: number,
  loss: LossName,
): { values: Float64Array; width: number } {
  const width = targetWidth(problem, classes, loss);
  const n = rows.length;
  const values = new Float64Array(n * width);
  if (problem === 'regression') {
    for (let r = 0; r < n; r++) values[r] = y[rows[r]!]!;
    return { values, width };
  }
  const k = problem === 'binary' ? 2 : classes;
  const off = loss === 'hinge' ? -1 : 0;
  for (let r = 0; r < n; r++) {
    const label = y[rows[r]!]!;
    if (!Number.isInteger(label) || label < 0 || label >= k) {
      throw new EngineError(`y[${rows[r]!}]`, label, `a class index from 0 to ${k - 1}`);
    }
    if (width === 1) {
      values[r] = label === 1 ? 1 : off;
    } else {
      for (let c = 0; c < width; c++) values[r * width + c] = c === label ? 1 : off;
    }
  }
  return { values, width };
}

/**
 * The class the network predicts from one output row `output[offset .. offset+width)`.
 * Width 1 (binary): class 1 when the output is above 0.5, or above 0 for hinge, whose
 * targets are ±1. Wider outputs: the index of the largest value (first one on ties).
 * Regression has no class: −1.
 */
export function predictedClass(
  output: ArrayLike<number>,
  offset: number,
  width: number,
  problem: ProblemType,
  loss: LossName,
): number {
  if (problem === 'regression') return -1;
  if (width === 1) return output[offset]! > (loss === 'hinge' ? 0 : 0.5) ? 1 : 0;
  let best = 0;
  for (let c = 1; c < width; c++) if (output[offset + c]! > output[offset + best]!) best = c;
  return best;
}

/** Target columns the network's output needs for this problem and loss (no data needed). */
export function encodedWidth(
  dataset: { problem: ProblemType; classes: number },
  opts: { loss: LossName },
): number {
  return encodeTargets(new Float64Array(0), [], dataset.problem, dataset.classes, opts.loss).width;
}
