import { describe, expect, it } from 'vitest';
import { generateDataset } from './datasets';
import { EngineError } from './errors';
import { prepareData, prepareDataset } from './prepareData';
import type { DataConfig } from './prepareData';
import { createRng } from './rng';
import { columnStats } from './standardize';

const base: DataConfig = {
  dataset: 'xor',
  noise: 0.1,
  points: 200,
  trainRatio: 0.6,
  features: ['x1', 'x2', 'x1x2'],
  standardize: true,
  loss: 'bce',
  seed: 11,
};

function allRows(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

describe('prepareData', () => {
  it('builds train and test matrices of the right shape', () => {
    const p = prepareData(base);
    expect(p.width).toBe(3);
    expect(p.outputs).toBe(1);
    expect(p.featureNames).toEqual(['x₁', 'x₂', 'x₁x₂']);
    expect(p.train.n).toBe(120);
    expect(p.test.n).toBe(80);
    expect(p.train.x.length).toBe(120 * 3);
    expect(p.test.y.length).toBe(80);
    const rows = [...p.train.rows, ...p.test.rows].sort((a, b) => a - b);
    expect(rows).toEqual(allRows(200));
  });

  it('standardises with statistics of the training split only', () => {
    const p = prepareData(base);
    const train = columnStats(p.train.x, allRows(p.train.n), p.width);
    for (let j = 0; j < p.width; j++) {
      expect(train.mean[j]).toBeCloseTo(0, 10);
      expect(train.std[j]).toBeCloseTo(1, 10);
    }
    // The fitted mean is the raw training mean of each mapped column.
    const d = p.dataset;
    const rawMean = [...p.train.rows].reduce((s, r) => s + d.x[2 * r]!, 0) / p.train.n;
    expect(p.standardizer!.mean[0]).toBeCloseTo(rawMean, 12);
    // A test row is mapped with those same statistics.
    const r = p.test.rows[0]!;
    const expected =
      (d.x[2 * r]! * d.x[2 * r + 1]! - p.standardizer!.mean[2]!) / p.standardizer!.std[2]!;
    expect(p.test.x[2]).toBeCloseTo(expected, 12);
  });

  it('keeps raw mapped features when standardisation is off', () => {
    const p = prepareData({ ...base, standardize: false });
    expect(p.standardizer).toBeNull();
    const r = p.train.rows[0]!;
    const d = p.dataset;
    expect(Array.from(p.train.x.slice(0, 3))).toEqual([
      d.x[2 * r]!,
      d.x[2 * r + 1]!,
      d.x[2 * r]! * d.x[2 * r + 1]!,
    ]);
    expect(p.train.y[0]).toBe(d.y[r]);
  });

  it('gives the same data for the same seed and different data for another', () => {
    const a = prepareData(base);
    const b = prepareData(base);
    const c = prepareData({ ...base, seed: 12 });
    expect(Array.from(a.train.x)).toEqual(Array.from(b.train.x));
    expect(Array.from(a.dataset.x)).not.toEqual(Array.from(c.dataset.x));
  });

  it('lets an explicit data seed override the configuration seed', () => {
    const a = prepareData(base, 5);
    const b = prepareData({ ...base, seed: 999 }, 5);
    expect(Array.from(a.train.x)).toEqual(Array.from(b.train.x));
  });

  it('keeps the points when only the split ratio changes', () => {
    const a = prepareData(base);
    const b = prepareData({ ...base, trainRatio: 0.3 });
    expect(Array.from(a.dataset.x)).toEqual(Array.from(b.dataset.x));
    expect(b.train.n).toBe(60);
  });

  it('one-hot encodes multi-class targets', () => {
    const p = prepareData({ ...base, dataset: 'blobs3', loss: 'crossEntropy' });
    expect(p.outputs).toBe(3);
    expect(p.train.y.length).toBe(p.train.n * 3);
    for (let i = 0; i < p.train.n; i++) {
      const row = Array.from(p.train.y.slice(3 * i, 3 * i + 3));
      expect(row.reduce((s, v) => s + v, 0)).toBe(1);
      expect(row.indexOf(1)).toBe(p.dataset.y[p.train.rows[i]!]);
    }
  });

  it('uses raw columns and their names for the study-hours table', () => {
    const p = prepareData({ ...base, dataset: 'studyHours', loss: 'mse', trainRatio: 0.75 });
    expect(p.width).toBe(3);
    expect(p.featureNames).toEqual(['study hours', 'sleep hours', 'quiz (%)']);
    expect(p.train.n).toBe(6);
    expect(p.test.n).toBe(2);
    expect(p.train.y[0]).toBe(p.dataset.y[p.train.rows[0]!]);
  });

  it('maps a 1-D set with its applicable features only', () => {
    const p = prepareData({
      ...base,
      dataset: 'sine',
      loss: 'mse',
      features: ['x1', 'x2', 'sinx1'],
    });
    expect(p.featureNames).toEqual(['x₁', 'sin x₁']);
    expect(p.width).toBe(2);
  });

  it('prepares any data set, such as one the user made', () => {
    const d = generateDataset('moons', { n: 40, noise: 0, seed: 1 });
    const p = prepareDataset(d, { ...base, trainRatio: 0.5 }, createRng(1));
    expect(p.dataset).toBe(d);
    expect(p.train.n + p.test.n).toBe(40);
  });

  it('rejects bad configurations with an EngineError naming the field', () => {
    expect(() => prepareData({ ...base, features: [] })).toThrow(/^features:/);
    expect(() => prepareData({ ...base, points: 0 })).toThrow(/^n:/);
    expect(() => prepareData({ ...base, trainRatio: 2 })).toThrow(/^trainRatio:/);
    expect(() => prepareData({ ...base, noise: -1 })).toThrow(EngineError);
  });
});
