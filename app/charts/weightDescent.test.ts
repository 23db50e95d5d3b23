import { describe, expect, it } from 'vitest';
import type { SliceProbe } from '../engine/sessionProbes';
import type { ParameterSlice } from '../engine/probes';
import {
  clampedLossRange,
  compactTick,
  descentGeometry,
  lossAt,
  tangentSegment,
} from './weightDescent';

/** A slice of L(θ) = a·(θ − c)² + d sampled on [w − span, w + span]. */
function quadSlice(w: number, a: number, c: number, d: number, span = 1, n = 41): ParameterSlice {
  const values = Float64Array.from({ length: n }, (_, k) => w - span + (2 * span * k) / (n - 1));
  const losses = values.map((v) => a * (v - c) ** 2 + d);
  return {
    index: 3,
    value: w,
    loss: a * (w - c) ** 2 + d,
    gradient: 2 * a * (w - c),
    values,
    losses,
  };
}

function probe(train: ParameterSlice, batch: ParameterSlice | undefined, lr: number): SliceProbe {
  const g = (batch ?? train).gradient;
  return { index: 3, learningRate: lr, train, batch, nextValue: train.value - lr * g };
}

const size = { width: 360, height: 220 };
const slope = (s: [[number, number], [number, number]]) =>
  (s[1][1] - s[0][1]) / (s[1][0] - s[0][0]);

describe('descentGeometry', () => {
  it('draws tangents with the engine gradient as slope, through the current point', () => {
    const train = quadSlice(0.5, 2, 0, 0.1);
    const batch = quadSlice(0.5, 3, 0.2, 0.05);
    const g = descentGeometry(probe(train, batch, 0.1), size);
    expect(slope(g.trainTangent)).toBeCloseTo(train.gradient, 10);
    expect(slope(g.batchTangent!)).toBeCloseTo(batch.gradient, 10);
    const mid = (g.trainTangent[0][1] + g.trainTangent[1][1]) / 2;
    expect(mid).toBeCloseTo(train.loss, 10);
    expect(g.point).toEqual([0.5, batch.loss]);
  });

  it('ends the arrow at w − η·g on the batch curve, or on the training curve for full batch', () => {
    const train = quadSlice(0.5, 2, 0, 0.1);
    const batch = quadSlice(0.5, 3, 0.2, 0.05);
    const g = descentGeometry(probe(train, batch, 0.1), size);
    const end = 0.5 - 0.1 * batch.gradient;
    expect(g.arrow[1][0]).toBeCloseTo(end, 12);
    expect(g.arrow[1][1]).toBeCloseTo(3 * (end - 0.2) ** 2 + 0.05, 2);
    const full = descentGeometry(probe(train, undefined, 0.1), size);
    expect(full.batchPath).toBeNull();
    expect(full.arrow[1][0]).toBeCloseTo(0.5 - 0.1 * train.gradient, 12);
    expect(full.arrow[1][1]).toBeCloseTo(2 * full.arrow[1][0] ** 2 + 0.1, 2);
  });

  it('leaves gaps where the loss is not finite', () => {
    const train = quadSlice(0, 1, 0, 0);
    train.losses[10] = NaN;
    train.losses[30] = NaN;
    const g = descentGeometry(probe(train, undefined, 0.1), size);
    expect(g.trainPath.match(/M/g)).toHaveLength(3);
    expect(g.trainPath).not.toContain('NaN');
  });

  it('places the trail on the training curve and drops values off the chart', () => {
    const train = quadSlice(0, 1, 0, 0);
    const g = descentGeometry(probe(train, undefined, 0.1), size, [0.5, 0.25, 5]);
    expect(g.trail).toHaveLength(2);
    expect(g.trail[0]![1]).toBeCloseTo(0.25, 2);
  });
});

describe('clampedLossRange', () => {
  it('ignores one huge outlier but keeps the points that must show', () => {
    const losses = [...Array.from({ length: 40 }, (_, k) => 1 + k * 0.01), 1e6];
    const [lo, hi] = clampedLossRange(losses, [1.2]);
    expect(lo).toBeLessThan(1);
    expect(hi).toBeLessThan(2);
    expect(clampedLossRange(losses, [50])[1]).toBeGreaterThanOrEqual(50);
  });

  it('gives a usable range for a flat or empty curve', () => {
    expect(clampedLossRange([2, 2, 2], [])).toEqual([1.5, 2.5]);
    expect(clampedLossRange([NaN, NaN], [])).toEqual([0, 1]);
  });
});

describe('tangentSegment and lossAt', () => {
  it('shortens a steep tangent to the height limit but keeps its slope', () => {
    const s = tangentSegment([0, 0], 1000, 1, 0.5);
    expect(Math.abs(s[1][1] - s[0][1])).toBeCloseTo(1, 10);
    expect(slope(s)).toBeCloseTo(1000, 8);
  });

  it('interpolates the sampled curve and is NaN outside it', () => {
    expect(lossAt([0, 1, 2], [0, 10, 30], 1.5)).toBe(20);
    expect(lossAt([0, 1, 2], [0, 10, 30], 3)).toBeNaN();
  });
});

describe('compactTick', () => {
  it('writes tiny and huge losses in exponent form and others to 3 significant digits', () => {
    expect(compactTick([0.00011, 0.00014])(0.00014)).toBe('1.4×10⁻⁴');
    expect(compactTick([0, 250000])(200000)).toBe('2×10⁵');
    expect(compactTick([0.5, 0.8])(0.6499999)).toBe('0.65');
    expect(compactTick([0.5, 0.8])(0)).toBe('0');
  });
});
