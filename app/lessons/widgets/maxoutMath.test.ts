import { describe, expect, it } from 'vitest';
import { createModel } from '../../engine/model';
import { maxoutAt, maxoutFloor } from './maxoutMath';

/** The engine's own maxout neuron with pieces z and w·z + b, read through a linear output. */
function engineMaxout(w: number, b: number) {
  const m = createModel({
    inputs: 1,
    layers: [
      { units: 1, activation: 'maxout', pieces: 2 },
      { units: 1, activation: 'linear' },
    ],
    loss: 'mse',
    seed: 1,
  });
  // Layout: W1 (2 pieces × 1 input), b1 (2), W2 (1), b2.
  m.setParameters([1, w, 0, b, 1, 0]);
  return (z: number) => m.predict([[z]])[0]![0]!;
}

describe('the explorer’s maxout neuron', () => {
  const cases = [
    { w: 0, b: 0 },
    { w: 0.1, b: 0 },
    { w: -1, b: 0 },
    { w: 0.5, b: 1.2 },
    { w: -0.4, b: -0.7 },
  ];
  const Z = [-5, -2, -0.6, -0.05, 0.3, 1, 2.5, 5];

  it('computes what the engine’s maxout layer computes, with its slope', () => {
    for (const p of cases) {
      const f = engineMaxout(p.w, p.b);
      for (const z of Z) {
        const mine = maxoutAt(z, p);
        expect(mine.value).toBeCloseTo(f(z), 12);
        const h = 1e-6;
        expect(mine.slope).toBeCloseTo((f(z + h) - f(z - h)) / (2 * h), 6);
      }
    }
  });

  it('is ReLU with a flat second piece, and |z| with the mirrored one', () => {
    for (const z of Z) {
      expect(maxoutAt(z, { w: 0, b: 0 }).value).toBe(Math.max(0, z));
      expect(maxoutAt(z, { w: -1, b: 0 }).value).toBeCloseTo(Math.abs(z), 12);
    }
  });

  it('knows its lowest output', () => {
    expect(maxoutFloor({ w: 0, b: 0 })).toBe(0);
    expect(maxoutFloor({ w: -1, b: 0 })).toBe(0);
    expect(maxoutFloor({ w: -0.4, b: -0.7 })).toBeCloseTo(-0.5, 12);
    expect(maxoutFloor({ w: 0.1, b: 0 })).toBe(-Infinity);
    for (const z of Z) expect(maxoutAt(z, { w: -0.4, b: -0.7 }).value).toBeGreaterThanOrEqual(-0.5);
  });
});
