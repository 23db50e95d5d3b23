import { describe, expect, it } from 'vitest';
import type { GridValues, NetworkInfo } from '../engine/sessionTypes';
import { regressionGeometry } from './regressionCurve';

const info: NetworkInfo = {
  problem: 'regression',
  classes: 0,
  featureNames: ['x'],
  inputNames: ['floor area (m²)'],
  targetName: 'price (k€)',
  layers: [],
  parameterCount: 0,
  dims: 1,
  points: Float64Array.from([0, 1, 2]),
  targets: Float64Array.from([0, 5, 10]),
  isTrain: Uint8Array.from([1, 0, 1]),
  domain: [[0, 2]],
  targetDomain: [0, 10],
  trainCount: 2,
  testCount: 1,
};
const grid = (values: number[]): GridValues => ({
  res: values.length,
  outputs: 1,
  output: Float32Array.from(values),
  neuronCount: 0,
});

describe('regressionGeometry', () => {
  it('places (x, target) points in real units', () => {
    const g = regressionGeometry(info, undefined, 300, 200, true);
    const { plot } = g.frame;
    expect(g.points.map((p) => p.x)).toEqual([
      plot.x,
      plot.x + plot.width / 2,
      plot.x + plot.width,
    ]);
    expect(g.points[0]!.y).toBeCloseTo(plot.y + plot.height);
    expect(g.points[2]!.y).toBeCloseTo(plot.y);
    expect(g.curve).toBe('');
  });
  it('hides test points unless asked', () => {
    expect(regressionGeometry(info, undefined, 300, 200, false).points.map((p) => p.index)).toEqual(
      [0, 2],
    );
  });
  it('draws the prediction left to right across the domain', () => {
    const g = regressionGeometry(info, grid([0, 5, 10]), 300, 200, true);
    const { plot } = g.frame;
    const x = (v: number) => Number(v.toFixed(1));
    expect(g.curve).toBe(
      `M${x(plot.x)},${x(plot.y + plot.height)}L${x(plot.x + plot.width / 2)},${x(plot.y + plot.height / 2)}L${x(plot.x + plot.width)},${x(plot.y)}`,
    );
  });
  it('leaves gaps at non-finite predictions', () => {
    const g = regressionGeometry(info, grid([0, NaN, 10, 10]), 300, 200, true);
    expect(g.curve.match(/M/g)).toHaveLength(2);
  });
  it('falls back to the targets extent without a target domain', () => {
    const g = regressionGeometry({ ...info, targetDomain: undefined }, undefined, 300, 200, true);
    expect(g.y.domain()).toEqual([0, 10]);
  });
});
