import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configFields';
import { inputOrigins } from '../engine/inputOrigins';
import { TrainingSession } from '../engine/session';
import { runTable, summarizeColumns } from './columnSummary';

describe('summarizeColumns', () => {
  it('gives mean, population sd, min and max, raw and standardised', () => {
    const s = summarizeColumns([1, 10, 3, 30], ['a', 'b']);
    expect(s.raw[0]).toEqual({ name: 'a', mean: 2, std: 1, min: 1, max: 3 });
    expect(s.raw[1]).toEqual({ name: 'b', mean: 20, std: 10, min: 10, max: 30 });
    expect(s.standardized[0]).toEqual({ name: 'a', mean: 0, std: 1, min: -1, max: 1 });
  });

  it('standardised columns have mean 0 and sd 1 over the rows they were fitted on', () => {
    const x = [12, 6, 22, 6.5, 115, 4, 31, 9, 0, 10, 5, 8, 92, 6, 57, 8];
    const s = summarizeColumns(x, ['hours', 'sleep']);
    for (const r of s.standardized) {
      expect(r.mean).toBeCloseTo(0, 12);
      expect(r.std).toBeCloseTo(1, 12);
    }
  });

  it('fitted on training rows only, the other rows do not count', () => {
    const s = summarizeColumns([0, 0, 2, 2, 100, 100], ['a', 'b'], [0, 1]);
    // Fitted on 0 and 2: mean 1, sd 1, so 100 becomes 99.
    expect(s.standardized[0]!.max).toBe(99);
  });

  it('gives the mean and sd of the rows it is fitted on, the min and max of all rows', () => {
    const s = summarizeColumns([0, 0, 2, 2, 100, 100], ['a', 'b'], [0, 1]);
    expect(s.raw[0]).toEqual({ name: 'a', mean: 1, std: 1, min: 0, max: 100 });
    expect(s.standardized[0]).toEqual({ name: 'a', mean: 0, std: 1, min: -1, max: 99 });
  });

  it("shows the mean and sd the engine standardised the run's inputs with", () => {
    const session = new TrainingSession({
      ...DEFAULT_CONFIG,
      dataset: 'studyHours',
      standardize: true,
    });
    const info = session.info();
    const { summary } = runTable(info);
    // The training split is smaller than the data set: the two means differ.
    expect(info.trainCount).toBeLessThan(info.targets.length);
    const origins = inputOrigins(session.data, 0);
    expect(origins).toHaveLength(info.dims);
    origins.forEach((o, j) => {
      expect(summary.raw[j]!.mean).toBeCloseTo(o.mean!, 12);
      expect(summary.raw[j]!.std).toBeCloseTo(o.std!, 12);
    });
  });

  it('a constant column standardises to 0', () => {
    const s = summarizeColumns([5, 1, 5, 2], ['c', 'd']);
    expect(s.standardized[0]).toMatchObject({ mean: 0, std: 0, min: 0, max: 0 });
  });
});
