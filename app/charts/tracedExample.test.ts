import { describe, expect, it } from 'vitest';
import type { NetworkInfo } from '../engine/sessionTypes';
import { boundaryGeometry, plotFrame, symbolPath, tracedPoint } from './decisionBoundary';
import { regressionGeometry } from './regressionCurve';
import { tracedMark } from './tracedExample';

const planar: NetworkInfo = {
  problem: 'binary',
  classes: 2,
  featureNames: ['x1', 'x2'],
  inputNames: ['x₁', 'x₂'],
  targetName: 'class',
  layers: [],
  parameterCount: 0,
  dims: 2,
  points: Float64Array.from([0, 0, -6, -6, 6, 6, 1.5, -2.5]),
  targets: Float64Array.from([0, 1, 1, 0]),
  isTrain: Uint8Array.from([1, 1, 0, 1]),
  domain: [
    [-6, 6],
    [-6, 6],
  ],
  trainCount: 3,
  testCount: 1,
};

describe('the traced example on the output plot', () => {
  it('sits exactly on its data row, through the plot scales', () => {
    const g = boundaryGeometry(planar, 400, false, [0, 1], 3);
    const t = tracedPoint(g.points, g.frame, 3, 36)!;
    expect(t.mark.row).toBe(3);
    expect(t.mark.x).toBeCloseTo(g.x(1.5), 9);
    expect(t.mark.y).toBeCloseTo(g.y(-2.5), 9);
    expect(g.x.invert(t.mark.x)).toBeCloseTo(planar.points[3 * 2]!, 9);
    expect(g.y.invert(t.mark.y)).toBeCloseTo(planar.points[3 * 2 + 1]!, 9);
    // Its own symbol and colour, at twice the area of the other points.
    expect(t.symbol).toBe(symbolPath('circle', 72));
    expect(t.fill).toContain('--class-0');
    // Numbered as the data table numbers its rows: row 3 is its fourth.
    expect(t.mark.label.text).toBe('example 4');
  });

  it('is drawn even while test points are hidden, and not at all when none is traced', () => {
    const g = boundaryGeometry(planar, 400, false, [0, 1], 2);
    expect(g.points.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(boundaryGeometry(planar, 400, false).points.map((p) => p.index)).toEqual([0, 1, 3]);
    expect(tracedPoint(g.points, g.frame, undefined, 36)).toBeNull();
  });

  it('follows the chosen axes of data with more columns', () => {
    const three = {
      ...planar,
      dims: 3,
      points: Float64Array.from([0, 1, 2, 3, 4, 5, -1, -2, -3, 0.5, 0.25, -0.75]),
      domain: [
        [-6, 6],
        [-6, 6],
        [-6, 6],
      ] as [number, number][],
    };
    const g = boundaryGeometry(three, 400, true, [2, 0], 1);
    const t = tracedPoint(g.points, g.frame, 1, 36)!;
    expect(g.x.invert(t.mark.x)).toBeCloseTo(5, 9);
    expect(g.y.invert(t.mark.y)).toBeCloseTo(3, 9);
  });

  it('marks a regression example at (input, target)', () => {
    const info: NetworkInfo = {
      ...planar,
      problem: 'regression',
      classes: 0,
      dims: 1,
      points: Float64Array.from([0, 1, 2]),
      targets: Float64Array.from([0, 5, 10]),
      isTrain: Uint8Array.from([1, 0, 1]),
      domain: [[0, 2]],
      targetDomain: [0, 10],
    };
    const g = regressionGeometry(info, undefined, 400, 300, false, 11, 1);
    const t = tracedPoint(g.points, g.frame, 1, 30)!;
    expect(g.x.invert(t.mark.x)).toBeCloseTo(1, 9);
    expect(g.y.invert(t.mark.y)).toBeCloseTo(5, 9);
  });

  it('keeps its label inside the plot: right and above, else left or below', () => {
    const frame = plotFrame(600, 600, undefined, 24);
    const { plot } = frame;
    const middle = tracedMark(
      { index: 3, x: plot.x + plot.width / 2, y: plot.y + plot.height / 2 },
      frame,
      90,
    );
    expect(middle.label.anchor).toBe('start');
    expect(middle.label.x).toBeGreaterThan(middle.x + middle.ring);
    expect(middle.label.y).toBeLessThan(middle.y);
    const corner = tracedMark({ index: 117, x: plot.x + plot.width - 2, y: plot.y + 2 }, frame, 90);
    expect(corner.label.anchor).toBe('end');
    expect(corner.label.x).toBeLessThan(corner.x - corner.ring);
    expect(corner.label.y).toBeGreaterThan(corner.y + corner.ring);
    // The ring clears the enlarged symbol (radius of a circle of 180 px²).
    expect(corner.ring).toBeGreaterThan(Math.sqrt(180 / Math.PI));
    // A plot too narrow for the label on either side: centred over the ring, inside the plot.
    const small = plotFrame(260, 260, undefined, 24);
    const near = tracedMark({ index: 10, x: small.plot.x + 20, y: small.plot.y + 100 }, small, 90);
    const half = (10 * 24 * 0.62) / 2;
    expect(near.label.anchor).toBe('middle');
    expect(near.label.x - half).toBeGreaterThanOrEqual(small.plot.x - 1e-9);
    expect(near.label.x + half).toBeLessThanOrEqual(small.plot.x + small.plot.width + 1e-9);
    expect(near.label.y).toBeLessThan(near.y - near.ring);
  });
});
