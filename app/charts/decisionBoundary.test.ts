import { describe, expect, it } from 'vitest';
import type { NetworkInfo } from '../engine/sessionTypes';
import { boundaryGeometry, plotFrame, symbolFor, symbolPath } from './decisionBoundary';

function info(over: Partial<NetworkInfo> = {}): NetworkInfo {
  return {
    problem: 'binary',
    classes: 2,
    featureNames: ['x1', 'x2'],
    inputNames: ['x₁', 'x₂'],
    targetName: 'class',
    layers: [],
    parameterCount: 0,
    dims: 2,
    points: Float64Array.from([0, 0, -6, -6, 6, 6]),
    targets: Float64Array.from([0, 1, 1]),
    isTrain: Uint8Array.from([1, 1, 0]),
    domain: [
      [-6, 6],
      [-6, 6],
    ],
    trainCount: 2,
    testCount: 1,
    ...over,
  };
}

describe('plotFrame', () => {
  it('subtracts the margins from the chart size', () => {
    const f = plotFrame(300, 200, { top: 10, right: 10, bottom: 20, left: 30 });
    expect(f.plot).toEqual({ x: 30, y: 10, width: 260, height: 170 });
  });
});

describe('boundaryGeometry', () => {
  it('maps raw coordinates onto the plot, larger y higher', () => {
    const g = boundaryGeometry(info(), 300, true);
    const { plot } = g.frame;
    const [centre, low, high] = g.points;
    expect(centre!.x).toBeCloseTo(plot.x + plot.width / 2);
    expect(centre!.y).toBeCloseTo(plot.y + plot.height / 2);
    expect(low!.x).toBeCloseTo(plot.x);
    expect(low!.y).toBeCloseTo(plot.y + plot.height);
    expect(high!.y).toBeCloseTo(plot.y);
  });
  it('hides test points unless asked and marks train/test', () => {
    expect(boundaryGeometry(info(), 300, false).points.map((p) => p.index)).toEqual([0, 1]);
    const all = boundaryGeometry(info(), 300, true).points;
    expect(all.map((p) => p.train)).toEqual([true, true, false]);
  });
  it('encodes the class by shape as well as colour', () => {
    const pts = boundaryGeometry(info(), 300, true).points;
    expect(pts.map((p) => p.symbol)).toEqual(['circle', 'square', 'square']);
    expect(pts[0]!.fill).toContain('--class-0');
    expect(pts[1]!.fill).toContain('--class-1');
  });
  it('colours regression points by target over the target domain', () => {
    const g = boundaryGeometry(
      info({
        problem: 'regression',
        classes: 0,
        targets: Float64Array.from([0, 5, 10]),
        targetDomain: [0, 10],
      }),
      300,
      true,
    );
    expect(g.points.map((p) => p.cls)).toEqual([-1, -1, -1]);
    expect(new Set(g.points.map((p) => p.fill)).size).toBe(3);
    expect(g.points[0]!.fill).toMatch(/^rgb\(/);
  });
});

describe('symbols', () => {
  it('gives classes 0, 1, 2 a circle, a square and a triangle', () => {
    expect([0, 1, 2].map(symbolFor)).toEqual(['circle', 'square', 'triangle']);
    expect(symbolFor(-1)).toBe('circle');
  });
  it('draws distinct, non-empty paths', () => {
    const paths = (['circle', 'square', 'triangle'] as const).map((s) => symbolPath(s, 36));
    expect(new Set(paths).size).toBe(3);
    expect(symbolPath('square', 36)).toBe('M-3,-3h6v6h-6Z');
  });
});
