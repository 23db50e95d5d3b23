import { describe, expect, it } from 'vitest';
import { activationCurveGeometry, functionCurveGeometry } from './activationCurve';

const size = { width: 200, height: 120 };

describe('activationCurveGeometry', () => {
  it('marks the current z on the curve', () => {
    const g = activationCurveGeometry('tanh', 0.5, size)!;
    expect(g.marker![0]).toBe(0.5);
    expect(g.marker![1]).toBeCloseTo(Math.tanh(0.5), 12);
    expect(g.y.domain()[0]).toBeLessThan(-1);
    expect(g.y.domain()[1]).toBeGreaterThan(1);
  });

  it('widens the z range so a large z stays on the chart', () => {
    const g = activationCurveGeometry('relu', -20, size)!;
    expect(g.x.domain()[0]).toBeLessThanOrEqual(-20);
    expect(g.x(-20)).toBeGreaterThanOrEqual(g.x.range()[0]!);
    expect(g.marker).toEqual([-20, 0]);
  });

  it('draws a continuous curve without NaN, and no marker for a missing z', () => {
    const g = activationCurveGeometry('elu', null, size)!;
    expect(g.marker).toBeNull();
    expect(g.path.match(/M/g)).toHaveLength(1);
    expect(g.path).not.toContain('NaN');
  });

  it('declines activations that are not element-wise', () => {
    expect(activationCurveGeometry('maxout', 1, size)).toBeNull();
    expect(activationCurveGeometry('softmax', 1, size)).toBeNull();
  });

  it('draws the derivative when asked: the sigmoid slope peaks at 0.25 at z = 0', () => {
    const g = activationCurveGeometry('sigmoid', 0, size, undefined, 121, true)!;
    expect(g.marker).toEqual([0, 0.25]);
    expect(g.y.domain()[1]).toBeLessThan(0.4);
  });

  it('draws any function the same way', () => {
    const g = functionCurveGeometry((e) => 0.5 * e * e, 2, size);
    expect(g.marker).toEqual([2, 2]);
    expect(g.x.domain()).toEqual([-4, 4]);
    expect(g.path).not.toContain('NaN');
  });
});
