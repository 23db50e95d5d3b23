import { describe, expect, it } from 'vitest';
import { historyChunk, MAX_SAVED_POINTS, readSavedHistory, saveHistory } from './savedHistory';

/** A history of n epochs 0 … n−1 as the page keeps it (no validation set: NaN). */
function columns(n: number) {
  const f = (g: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => g(i));
  return {
    length: n,
    epoch: f((i) => i),
    trainLoss: f((i) => 0.7 / (1 + i)),
    testLoss: f((i) => 0.8 / (1 + i)),
    validationLoss: f(() => NaN),
    trainAccuracy: f((i) => Math.min(1, 0.5 + i / 100)),
    testAccuracy: f((i) => Math.min(1, 0.5 + i / 120)),
  };
}

describe('saved loss histories', () => {
  it('keep a short history whole, up to the saved epoch, with null for no value', () => {
    const saved = saveHistory(columns(10), 6);
    expect(saved.epoch).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(saved.trainLoss[6]).toBe(0.7 / 7);
    expect(saved.validationLoss).toEqual(Array(7).fill(null));
    const chunk = historyChunk(saved);
    expect(Array.from(chunk.epoch)).toEqual(saved.epoch);
    expect(Number.isNaN(chunk.validationLoss[0])).toBe(true);
    expect(chunk.trainLoss[6]).toBe(0.7 / 7);
  });

  it('thin a long history evenly, first and last epoch kept, and survive JSON', () => {
    const saved = saveHistory(columns(165_510), 165_509);
    expect(saved.epoch).toHaveLength(MAX_SAVED_POINTS);
    expect(saved.epoch[0]).toBe(0);
    expect(saved.epoch.at(-1)).toBe(165_509);
    const back = readSavedHistory(JSON.parse(JSON.stringify(saved)), 165_509);
    expect(back).toEqual(saved);
  });

  it('refuse a history that does not belong to its state, saying why', () => {
    const good = saveHistory(columns(5), 4);
    const bad = (patch: object, epoch = 4) => readSavedHistory({ ...good, ...patch }, epoch);
    expect(readSavedHistory([1, 2], 4)).toBe('the loss history is not an object.');
    expect(bad({ testLoss: undefined })).toBe('the loss history has no list "testLoss".');
    expect(bad({ trainLoss: [0.7] })).toBe("the loss history's series have different lengths.");
    const epochs = "the loss history's epochs must be whole numbers that increase up to epoch";
    expect(bad({ epoch: [0, 1, 1, 2, 3] })).toBe(`${epochs} 4.`);
    expect(bad({ epoch: [0, 1, 2, 3, 4.5] })).toBe(`${epochs} 4.`);
    expect(bad({}, 3)).toBe(`${epochs} 3.`);
    expect(bad({ trainLoss: [0.7, -1, 0.2, 0.1, 0.1] })).toBe(
      'the loss history has a loss that is not a finite number ≥ 0.',
    );
    expect(bad({ testAccuracy: [0.5, 0.5, 2, 0.5, 0.5] })).toBe(
      'the loss history has an accuracy outside 0 to 1.',
    );
    const long = saveHistory(columns(MAX_SAVED_POINTS + 1), MAX_SAVED_POINTS, Infinity);
    expect(readSavedHistory(long, MAX_SAVED_POINTS)).toBe(
      `the loss history has ${MAX_SAVED_POINTS + 1} points; at most ${MAX_SAVED_POINTS} are kept.`,
    );
  });
});
