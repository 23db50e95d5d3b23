import { describe, expect, it } from 'vitest';
import type { HistoryChunk } from '../worker/protocol';
import { appendHistory, emptyHistory, seriesOf } from './runHistory';

function chunk(epochs: number[]): HistoryChunk {
  const f = (k: number) => Float64Array.from(epochs, (e) => e * k);
  return {
    epoch: Float64Array.from(epochs),
    trainLoss: f(0.1),
    testLoss: f(0.2),
    validationLoss: f(0.3),
    trainAccuracy: f(0.01),
    testAccuracy: f(0.02),
  };
}

describe('run history', () => {
  it('appends chunks in order', () => {
    let h = emptyHistory(4);
    h = appendHistory(h, chunk([1, 2]), false);
    h = appendHistory(h, chunk([3]), false);
    expect(Array.from(seriesOf(h, 'epoch'))).toEqual([1, 2, 3]);
    expect(seriesOf(h, 'testLoss')[2]).toBeCloseTo(0.6);
  });

  it('grows past its capacity without losing points', () => {
    let h = emptyHistory(2);
    for (let e = 1; e <= 9; e++) h = appendHistory(h, chunk([e]), false);
    expect(h.length).toBe(9);
    expect(h.epoch.length).toBeGreaterThanOrEqual(9);
    expect(Array.from(seriesOf(h, 'epoch'))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seriesOf(h, 'trainAccuracy')[8]).toBeCloseTo(0.09);
  });

  it('starts over when the chunk follows a reset', () => {
    let h = appendHistory(emptyHistory(), chunk([1, 2, 3]), false);
    h = appendHistory(h, chunk([1]), true);
    expect(Array.from(seriesOf(h, 'epoch'))).toEqual([1]);
    expect(appendHistory(h, chunk([]), true).length).toBe(0);
  });

  it('returns the same object when nothing was added, a new one otherwise', () => {
    const h = appendHistory(emptyHistory(), chunk([1]), false);
    expect(appendHistory(h, chunk([]), false)).toBe(h);
    expect(appendHistory(h, chunk([2]), false)).not.toBe(h);
  });
});
