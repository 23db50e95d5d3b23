import { describe, expect, it } from 'vitest';
import type { NetworkInfo } from '../engine/sessionTypes';
import { MAX_PLOT_POINTS, boundaryGeometry } from './decisionBoundary';

function info(n: number): NetworkInfo {
  const isTrain = new Uint8Array(n).map((_, i) => (i % 2 === 0 ? 1 : 0));
  return {
    problem: 'binary',
    classes: 2,
    featureNames: ['x₁', 'x₂'],
    inputNames: ['x₁', 'x₂'],
    targetName: 'class',
    layers: [],
    parameterCount: 0,
    dims: 2,
    points: new Float64Array(2 * n),
    targets: new Float64Array(n),
    isTrain,
    domain: [
      [-1, 1],
      [-1, 1],
    ],
    trainCount: Math.ceil(n / 2),
    testCount: Math.floor(n / 2),
  };
}

describe('boundary points of large data', () => {
  it('draws every shown point up to the limit', () => {
    expect(boundaryGeometry(info(400), 300, true).points).toHaveLength(400);
    expect(boundaryGeometry(info(400), 300, false).points).toHaveLength(200);
  });

  it('draws an even sample of at most MAX_PLOT_POINTS beyond it', () => {
    const g = boundaryGeometry(info(10_000), 300, true);
    expect(g.points.length).toBeLessThanOrEqual(MAX_PLOT_POINTS);
    expect(g.points.length).toBeGreaterThan(MAX_PLOT_POINTS / 2);
    expect(g.points.map((p) => p.index).slice(0, 3)).toEqual([0, 5, 10]);
    expect(boundaryGeometry(info(10_000), 300, false).points.length).toBeLessThanOrEqual(2000);
  });

  it('always draws the example being traced, even when the sample would skip it', () => {
    const big = info(10_000);
    const skipped = boundaryGeometry(big, 300, true).points.map((p) => p.index);
    const row = 7;
    expect(skipped).not.toContain(row);
    const kept = boundaryGeometry(big, 300, true, [0, 1], row).points.map((p) => p.index);
    expect(kept).toContain(row);
    expect(kept.length).toBe(skipped.length + 1);
  });
});
