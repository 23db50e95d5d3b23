import { describe, expect, it } from 'vitest';
import { applyStandardizer, columnStats, fitStandardizer } from './standardize';

describe('standardize', () => {
  it('computes mean, population std, min and max per column over the listed rows', () => {
    const x = new Float64Array([1, 10, 3, 30, 100, -5]);
    const s = columnStats(x, [0, 1], 2);
    expect(Array.from(s.mean)).toEqual([2, 20]);
    expect(Array.from(s.std)).toEqual([1, 10]);
    expect(Array.from(s.min)).toEqual([1, 10]);
    expect(Array.from(s.max)).toEqual([3, 30]);
  });

  it('gives every column mean 0 and std 1 on the rows it was fitted on', () => {
    const x = new Float64Array([1, 5, 2, 7, 4, -1, 10, 3]);
    const st = fitStandardizer(x, [0, 1, 2, 3], 2);
    applyStandardizer(x, 2, st);
    const after = columnStats(x, [0, 1, 2, 3], 2);
    for (let j = 0; j < 2; j++) {
      expect(after.mean[j]).toBeCloseTo(0, 12);
      expect(after.std[j]).toBeCloseTo(1, 12);
    }
  });

  it('ignores rows that were not listed when fitting', () => {
    const x = new Float64Array([1, 3, 1000]);
    const st = fitStandardizer(x, [0, 1], 1);
    expect(st.mean[0]).toBe(2);
    expect(st.std[0]).toBe(1);
    applyStandardizer(x, 1, st);
    expect(Array.from(x)).toEqual([-1, 1, 998]);
  });

  it('passes a constant column through with std 1', () => {
    const x = new Float64Array([4, 4, 4]);
    const st = fitStandardizer(x, [0, 1, 2], 1);
    expect(st.std[0]).toBe(1);
    applyStandardizer(x, 1, st);
    expect(Array.from(x)).toEqual([0, 0, 0]);
  });

  it('applies only to the requested row range', () => {
    const x = new Float64Array([2, 4, 6]);
    applyStandardizer(x, 1, { mean: new Float64Array([2]), std: new Float64Array([2]) }, 1, 2);
    expect(Array.from(x)).toEqual([2, 1, 6]);
  });

  it('stays accurate for columns with a large offset', () => {
    const x = new Float64Array([1e9 + 1, 1e9 + 2, 1e9 + 3]);
    expect(columnStats(x, [0, 1, 2], 1).std[0]).toBeCloseTo(Math.sqrt(2 / 3), 6);
  });
});
