import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { gridCoordinates, gridInputs } from './gridInputs';
import { prepareData } from './prepareData';
import type { DataConfig } from './prepareData';

const cfg: DataConfig = {
  dataset: 'circle',
  noise: 0,
  points: 100,
  trainRatio: 0.5,
  features: ['x1', 'x2', 'x1sq', 'x1x2'],
  standardize: false,
  loss: 'bce',
  seed: 1,
};

describe('gridCoordinates', () => {
  it('spans the domain corner to corner with row 0 at the top', () => {
    const { xs, ys } = gridCoordinates(
      [
        [-6, 6],
        [-2, 4],
      ],
      3,
    );
    expect(Array.from(xs)).toEqual([-6, 0, 6]);
    expect(Array.from(ys)).toEqual([4, 1, -2]);
  });

  it('rejects a resolution below 2', () => {
    expect(() => gridCoordinates([[0, 1]], 1)).toThrow(/^res:/);
  });
});

describe('gridInputs', () => {
  it('puts the domain corners at the grid corners, mapped like the data', () => {
    const p = prepareData(cfg);
    const res = 5;
    const x = gridInputs(p, res);
    expect(x.length).toBe(res * res * p.width);
    const row = (k: number): number[] => Array.from(x.slice(k * p.width, (k + 1) * p.width));
    // Features: x1, x2, x1², x1x2; the plot spans [-6, 6]².
    expect(row(0)).toEqual([-6, 6, 36, -36]);
    expect(row(res - 1)).toEqual([6, 6, 36, 36]);
    expect(row(res * (res - 1))).toEqual([-6, -6, 36, 36]);
    expect(row(res * res - 1)).toEqual([6, -6, 36, -36]);
  });

  it('standardises with the training statistics', () => {
    const p = prepareData({ ...cfg, standardize: true });
    const x = gridInputs(p, 4);
    const s = p.standardizer!;
    expect(x[0]).toBeCloseTo((-6 - s.mean[0]!) / s.std[0]!, 12);
    expect(x[1]).toBeCloseTo((6 - s.mean[1]!) / s.std[1]!, 12);
  });

  it('lays a 1-D set out as a line of res points', () => {
    const p = prepareData({ ...cfg, dataset: 'sine', loss: 'mse', features: ['x1', 'sinx1'] });
    const x = gridInputs(p, 3);
    expect(Array.from(x)).toEqual([-6, Math.sin(-6), 0, 0, 6, Math.sin(6)]);
  });

  it('holds the other raw columns at their training mean for wider sets', () => {
    const p = prepareData({ ...cfg, dataset: 'studyHours', loss: 'mse', trainRatio: 0.75 });
    const x = gridInputs(p, 2, [0, 2]);
    const d = p.dataset;
    const sleepMean = [...p.train.rows].reduce((s, r) => s + d.x[3 * r + 1]!, 0) / p.train.n;
    // Top-left: study hours at its minimum, quiz at its maximum, sleep at the mean.
    expect(x[0]).toBe(0);
    expect(x[1]).toBeCloseTo(sleepMean, 12);
    expect(x[2]).toBe(100);
    expect(x[3 * 3]).toBe(120);
    expect(x[3 * 3 + 2]).toBe(0);
  });

  it('fills a given buffer and rejects one of the wrong size', () => {
    const p = prepareData(cfg);
    const out = new Float64Array(9 * p.width);
    expect(gridInputs(p, 3, [0, 1], out)).toBe(out);
    expect(() => gridInputs(p, 4, [0, 1], out)).toThrow(/^out.length:/);
  });

  it('rejects axes that are equal or out of range', () => {
    const p = prepareData(cfg);
    expect(() => gridInputs(p, 3, [0, 0])).toThrow(EngineError);
    expect(() => gridInputs(p, 3, [0, 2])).toThrow(/^axes:/);
  });
});
