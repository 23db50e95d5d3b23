import { describe, expect, it } from 'vitest';
import { RewindHistory, keepsEpoch } from './rewindHistory';
import type { SessionState } from './sessionState';

/** A state of `floats` values at `epoch` (only its epoch and size matter here). */
function fake(epoch: number, floats = 100): SessionState {
  return {
    epoch,
    step: epoch * 10,
    t: 0,
    rngState: 0,
    cursor: 0,
    order: null,
    bestEpoch: 0,
    bestValidation: Infinity,
    values: new Float64Array(floats),
    layout: { m: false, s: false, best: false },
  };
}

describe('keepsEpoch', () => {
  it('keeps the dense window and multiples of growing powers of two behind it', () => {
    const kept = Array.from({ length: 21 }, (_, x) => x).filter((x) => keepsEpoch(x, 20, 4));
    expect(kept).toEqual([0, 8, 12, 14, 16, 17, 18, 19, 20]);
  });

  it('never wants back an epoch it dropped as the run goes on', () => {
    const revived: string[] = [];
    for (const dense of [1, 3, 16]) {
      for (let x = 0; x < 300; x++) {
        let dropped = false;
        for (let latest = x; latest < 2000; latest++) {
          const keep = keepsEpoch(x, latest, dense);
          if (dropped && keep) revived.push(`${x}@${latest}/${dense}`);
          if (!keep) dropped = true;
        }
      }
    }
    expect(revived).toEqual([]);
  });
});

describe('RewindHistory', () => {
  it('keeps every epoch while the run is short', () => {
    const h = new RewindHistory(1e9, 64);
    for (let e = 0; e <= 50; e++) h.add(fake(e));
    expect(Array.from(h.epochs())).toEqual(Array.from({ length: 51 }, (_, e) => e));
  });

  it('stays within its byte budget over 100,000 epochs, dense near the end, sparse early', () => {
    const budget = 200 * (800 + 160);
    const h = new RewindHistory(budget, 128);
    for (let e = 0; e <= 100_000; e++) {
      h.add(fake(e));
      if (e % 997 === 0) expect(h.byteSize).toBeLessThanOrEqual(budget);
    }
    expect(h.byteSize).toBeLessThanOrEqual(budget);
    const epochs = Array.from(h.epochs());
    expect(epochs[0]).toBe(0);
    expect(epochs[epochs.length - 1]).toBe(100_000);
    // The most recent epochs are all there; gaps grow with age.
    const last = epochs.slice(-h.dense);
    expect(last[last.length - 1]! - last[0]!).toBe(h.dense - 1);
    const gaps = epochs.slice(1).map((e, i) => e - epochs[i]!);
    expect(Math.max(...gaps.slice(0, 10))).toBeGreaterThan(Math.max(...gaps.slice(-10)));
    expect(h.size).toBeGreaterThan(50);
  }, 60_000);

  it('finds the nearest kept epoch and its neighbours', () => {
    const h = new RewindHistory(1e9, 64);
    for (const e of [0, 4, 8, 9, 10]) h.add(fake(e));
    expect(h.nearest(5)!.epoch).toBe(4);
    expect(h.nearest(7)!.epoch).toBe(8);
    expect(h.nearest(6)!.epoch).toBe(4);
    expect(h.nearest(99)!.epoch).toBe(10);
    expect(h.neighbour(8, -1)!.epoch).toBe(4);
    expect(h.neighbour(8, 1)!.epoch).toBe(9);
    expect(h.neighbour(0, -1)!.epoch).toBe(0);
  });

  it('drops the later epochs when a new branch starts earlier', () => {
    const h = new RewindHistory(1e9, 64);
    for (let e = 0; e <= 10; e++) h.add(fake(e));
    h.dropAfter(4);
    h.add(fake(5));
    expect(Array.from(h.epochs())).toEqual([0, 1, 2, 3, 4, 5]);
    expect(h.byteSize).toBe(6 * (800 + 160));
  });
});
