import { LOSSES } from './losses';
import type { LossName } from './trainingConfig';

/**
 * Training that runs without learning, read off the per-epoch training loss (the same history
 * the loss chart draws), beside divergence.ts, which catches the loss blowing up:
 * - oscillation: the loss jumps up and down by a large share of itself and is no lower at the
 *   end of the window than at its start (steps so big that each one overshoots);
 * - stall: the loss has not moved at all for a long window while it is no better than always
 *   guessing the same answer (every unit saturated, so no gradient gets through).
 */
export type LossPattern = 'oscillation' | 'stall';

/** Epochs an oscillation is judged over. */
export const OSCILLATION_WINDOW = 20;

/** Epochs a stall is judged over. */
export const STALL_WINDOW = 50;

/** The loss values of the window [from, to) in order (NaN and ±∞ make the window unusable). */
function windowOf(losses: ArrayLike<number>, from: number, to: number): number[] | null {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const v = losses[i]!;
    if (!Number.isFinite(v)) return null;
    out.push(v);
  }
  return out;
}

const mean = (v: readonly number[]) => v.reduce((s, x) => s + x, 0) / v.length;

function median(v: readonly number[]): number {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Whether the last epochs of `losses` (one training loss per epoch, index `end` − 1 the newest,
 * only indices ≥ `start` counted: the epochs since the settings last changed) thrash or stall.
 * `guessLoss` is the loss of always predicting the same best constant (constantGuessLoss): a
 * loss far below it is learning, so small wiggles there are never flagged.
 *
 * Oscillation, over OSCILLATION_WINDOW epochs: the median loss is at least half the guess, the
 * values span at least 15 % of the median, the path up and down is at least three times that
 * span (it goes back and forth, not one way), and the second half's mean is no more than 3 %
 * below the first half's (it is not going down).
 * Stall, over STALL_WINDOW epochs: the values span at most 1 % of the median and the median is
 * at least 90 % of the guess.
 * Example: lossPattern([1.9, 1.1, 0.7, 1.9, …, 2.8], 0, 40, 0.69) → 'oscillation'.
 */
export function lossPattern(
  losses: ArrayLike<number>,
  start: number,
  end: number,
  guessLoss: number,
): LossPattern | null {
  if (!(guessLoss > 0)) return null;
  if (end - start >= OSCILLATION_WINDOW) {
    const w = windowOf(losses, end - OSCILLATION_WINDOW, end);
    if (w) {
      const mid = median(w);
      const span = Math.max(...w) - Math.min(...w);
      let path = 0;
      for (let i = 1; i < w.length; i++) path += Math.abs(w[i]! - w[i - 1]!);
      const half = w.length >> 1;
      const notFalling = mean(w.slice(half)) >= 0.97 * mean(w.slice(0, half));
      if (mid >= 0.5 * guessLoss && span >= 0.15 * mid && path >= 3 * span && notFalling)
        return 'oscillation';
    }
  }
  if (end - start >= STALL_WINDOW) {
    const w = windowOf(losses, end - STALL_WINDOW, end);
    if (w) {
      const mid = median(w);
      const span = Math.max(...w) - Math.min(...w);
      if (span <= 0.01 * mid && mid >= 0.9 * guessLoss) return 'stall';
    }
  }
  return null;
}

/**
 * The loss of the best constant guess for n examples with encoded targets `y` (k per row): for
 * each output the mean target (for cross-entropy and BCE the class shares, whose loss is the
 * entropy of the labels; for squared error the variance) or the median, whichever is lower.
 * It is what a network that has learnt nothing about its inputs can still reach.
 * Example: prices with a mean of 450 k€ under ½(ŷ − y)² → half their variance, ≈ 19,300.
 */
export function constantGuessLoss(
  y: Float64Array,
  n: number,
  k: number,
  loss: LossName,
  param: number,
): number {
  if (n === 0) return NaN;
  const f = LOSSES[loss].f;
  let total = 0;
  for (let o = 0; o < k; o++) {
    const col: number[] = [];
    for (let i = 0; i < n; i++) col.push(y[i * k + o]!);
    const cost = (c: number) => col.reduce((s, t) => s + f(c, t, param), 0) / n;
    total += Math.min(cost(mean(col)), cost(median(col)));
  }
  return total;
}
