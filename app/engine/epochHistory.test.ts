import { describe, expect, it } from 'vitest';
import { EpochHistory } from './epochHistory';
import { HISTORY_SERIES, type HistoryChunk } from './sessionTypes';

const at = (loss: number) => ({ loss, accuracy: loss / 10 });

function filled(epochs: number[]): EpochHistory {
  const h = new EpochHistory();
  for (const e of epochs) h.record(e, at(e + 1), at(e + 2), at(e + 3));
  return h;
}

describe('EpochHistory', () => {
  it('hands out each point once, flagging only the first take as a restart', () => {
    const h = filled([0, 1]);
    const first = h.take();
    expect(first.reset).toBe(true);
    expect(Array.from(first.chunk.epoch)).toEqual([0, 1]);
    expect(Array.from(first.chunk.testLoss)).toEqual([2, 3]);
    expect(Array.from(first.chunk.validationLoss)).toEqual([3, 4]);
    expect(Array.from(first.chunk.trainAccuracy)).toEqual([0.1, 0.2]);
    h.record(2, at(3), at(4), at(5));
    const next = h.take();
    expect(next.reset).toBe(false);
    expect(Array.from(next.chunk.epoch)).toEqual([2]);
    expect(h.take().chunk.epoch.length).toBe(0);
  });

  it('after a cut sends the kept points again as a restart', () => {
    const h = filled([0, 1, 2, 3]);
    h.take();
    h.truncate(2);
    const { chunk, reset } = h.take();
    expect(reset).toBe(true);
    expect(Array.from(chunk.epoch)).toEqual([0, 1]);
    for (const name of HISTORY_SERIES) expect(chunk[name].length).toBe(2);
  });

  it('seeds only increasing epochs before the given one, with every series present', () => {
    const saved = filled([0, 5, 3, 7, 9, 12]).take().chunk;
    const short: HistoryChunk = { ...saved, testAccuracy: saved.testAccuracy.slice(0, 4) };
    const h = new EpochHistory();
    h.seed(short, 10);
    // 3 is out of order, 9 has no test accuracy, 12 is not before epoch 10.
    expect(Array.from(h.take().chunk.epoch)).toEqual([0, 5, 7]);
  });
});
