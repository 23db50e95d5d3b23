import { describe, expect, it } from 'vitest';
import { LOSSES } from './losses';
import { constantGuessLoss, lossPattern, OSCILLATION_WINDOW, STALL_WINDOW } from './lossTrouble';

/** A series of n values from f(i). */
const series = (n: number, f: (i: number) => number) =>
  Float64Array.from({ length: n }, (_, i) => f(i));

describe('lossPattern', () => {
  const guess = 0.693;

  it('calls a loss that jumps up and down without going down an oscillation', () => {
    // Around 2.8, up and down by ±1 (learning rate 10 on two classes).
    const thrash = series(40, (i) => 2.8 + (i % 2 ? 1 : -1) * (0.5 + 0.5 * Math.sin(i)));
    expect(lossPattern(thrash, 0, 40, guess)).toBe('oscillation');
    // Not before a whole window of the current settings is there.
    expect(lossPattern(thrash, 25, 40, guess)).toBeNull();
    expect(lossPattern(thrash, 40 - OSCILLATION_WINDOW, 40, guess)).toBe('oscillation');
  });

  it('leaves a loss that goes down alone, however noisily', () => {
    const smooth = series(200, (i) => 0.7 * Math.exp(-i / 40));
    const noisy = series(200, (i) => 0.7 * Math.exp(-i / 60) * (1 + 0.1 * Math.sin(7 * i)));
    for (let end = 1; end <= 200; end++) {
      expect(lossPattern(smooth, 0, end, guess)).toBeNull();
      expect(lossPattern(noisy, 0, end, guess)).toBeNull();
    }
  });

  it('leaves wiggles far below a guess alone: that run has learnt', () => {
    const jitter = series(60, (i) => 0.01 * (1 + 0.5 * (i % 2)));
    expect(lossPattern(jitter, 0, 60, guess)).toBeNull();
  });

  it('calls a loss flat at the level of a guess for a whole window a stall', () => {
    const flat = series(80, (i) => (i < 3 ? 1.3e5 / (i + 1) : 19_300 + 20 * Math.sin(i)));
    expect(lossPattern(flat, 0, 3 + STALL_WINDOW - 1, 19_300)).toBeNull();
    expect(lossPattern(flat, 0, 3 + STALL_WINDOW, 19_300)).toBe('stall');
    // Flat far below the guess is a run that converged.
    expect(lossPattern(flat, 0, 80, 1e6)).toBeNull();
    expect(
      lossPattern(
        series(80, () => 52.2),
        0,
        80,
        21_500,
      ),
    ).toBeNull();
  });

  it('says nothing about a window with a non-finite loss or without a guess', () => {
    const thrash = series(40, (i) => (i === 35 ? NaN : 2 + (i % 2)));
    expect(lossPattern(thrash, 0, 40, guess)).toBeNull();
    expect(
      lossPattern(
        series(40, (i) => 2 + (i % 2)),
        0,
        40,
        NaN,
      ),
    ).toBeNull();
  });
});

describe('constantGuessLoss', () => {
  it('is half the variance under ½(ŷ − y)²', () => {
    const y = Float64Array.from([1, 2, 3, 4]);
    expect(constantGuessLoss(y, 4, 1, 'mse', 0)).toBeCloseTo(0.5 * 1.25, 12);
  });

  it('is the entropy of the labels under cross-entropy', () => {
    const bce = Float64Array.from([1, 0, 0, 0]);
    const p = 0.25;
    expect(constantGuessLoss(bce, 4, 1, 'bce', 0)).toBeCloseTo(
      -(p * Math.log(p) + (1 - p) * Math.log(1 - p)),
      9,
    );
    // Three classes, one-hot, equally common: ln 3.
    const onehot = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(constantGuessLoss(onehot, 3, 3, 'crossEntropy', 0)).toBeCloseTo(Math.log(3), 9);
  });

  it('takes the median where it beats the mean (absolute error)', () => {
    const y = Float64Array.from([0, 0, 0, 100]);
    const f = LOSSES.mae.f;
    expect(constantGuessLoss(y, 4, 1, 'mae', 0)).toBe((f(0, 0, 0) * 3 + f(0, 100, 0)) / 4);
  });
});
