import { describe, expect, it } from 'vitest';
import { Optimizer } from './optimizers';
import { scheduledRate } from './schedule';
import { EngineError } from './errors';

/** Two updates from θ = [1, −2] with gradients g1 then g2, checked against hand arithmetic. */
const g1 = Float64Array.from([0.5, -1]);
const g2 = Float64Array.from([0.25, 2]);
function run(
  name: 'sgd' | 'momentum' | 'nesterov' | 'rmsprop' | 'adam',
  lr: number,
  momentum = 0.9,
) {
  const theta = Float64Array.from([1, -2]);
  const opt = new Optimizer(2, { name, momentum, beta2: 0.999, epsilon: 1e-8 });
  opt.step(theta, g1, lr);
  const after1 = Array.from(theta);
  opt.step(theta, g2, lr);
  return { after1, after2: Array.from(theta) };
}

describe('optimisers match hand-computed updates', () => {
  it('sgd: θ − η·g', () => {
    const r = run('sgd', 0.1);
    expect(r.after1[0]).toBeCloseTo(1 - 0.05, 15);
    expect(r.after1[1]).toBeCloseTo(-2 + 0.1, 15);
    expect(r.after2[0]).toBeCloseTo(0.95 - 0.025, 15);
    expect(r.after2[1]).toBeCloseTo(-1.9 - 0.2, 15);
  });

  it('momentum: v = μv + g, θ − η·v', () => {
    const r = run('momentum', 0.1);
    // v1 = g1 = [0.5, −1]; v2 = 0.9·v1 + g2 = [0.7, 1.1]
    expect(r.after1).toEqual([expect.closeTo(0.95, 14), expect.closeTo(-1.9, 14)]);
    expect(r.after2[0]).toBeCloseTo(0.95 - 0.07, 14);
    expect(r.after2[1]).toBeCloseTo(-1.9 - 0.11, 14);
  });

  it('nesterov: θ − η·(g + μv)', () => {
    const r = run('nesterov', 0.1);
    // step 1: v = [0.5, −1], update g + μv = [0.95, −1.9]
    expect(r.after1[0]).toBeCloseTo(1 - 0.095, 14);
    expect(r.after1[1]).toBeCloseTo(-2 + 0.19, 14);
    // step 2: v = [0.7, 1.1], update = [0.25 + 0.63, 2 + 0.99]
    expect(r.after2[0]).toBeCloseTo(0.905 - 0.088, 14);
    expect(r.after2[1]).toBeCloseTo(-1.81 - 0.299, 14);
  });

  it('rmsprop: s = ρs + (1−ρ)g², θ − η·g/(√s + ε)', () => {
    const r = run('rmsprop', 0.01);
    const s1 = [0.1 * 0.25, 0.1 * 1];
    const t1 = [
      1 - (0.01 * 0.5) / (Math.sqrt(s1[0]!) + 1e-8),
      -2 - (0.01 * -1) / (Math.sqrt(s1[1]!) + 1e-8),
    ];
    expect(r.after1[0]).toBeCloseTo(t1[0]!, 14);
    expect(r.after1[1]).toBeCloseTo(t1[1]!, 14);
    const s2 = [0.9 * s1[0]! + 0.1 * 0.0625, 0.9 * s1[1]! + 0.1 * 4];
    expect(r.after2[0]).toBeCloseTo(t1[0]! - (0.01 * 0.25) / (Math.sqrt(s2[0]!) + 1e-8), 14);
    expect(r.after2[1]).toBeCloseTo(t1[1]! - (0.01 * 2) / (Math.sqrt(s2[1]!) + 1e-8), 14);
  });

  it('adam: bias-corrected moments; the first step moves each weight by about η', () => {
    const r = run('adam', 0.01);
    // m̂1 = g1, ŝ1 = g1², so step 1 = η·sign(g1) (up to ε)
    expect(r.after1[0]).toBeCloseTo(1 - 0.01, 8);
    expect(r.after1[1]).toBeCloseTo(-2 + 0.01, 8);
    const m = [0.9 * 0.1 * 0.5 + 0.1 * 0.25, 0.9 * 0.1 * -1 + 0.1 * 2];
    const s = [0.999 * 0.001 * 0.25 + 0.001 * 0.0625, 0.999 * 0.001 * 1 + 0.001 * 4];
    const c1 = 1 - 0.9 ** 2;
    const c2 = 1 - 0.999 ** 2;
    for (let i = 0; i < 2; i++) {
      const expected = r.after1[i]! - (0.01 * (m[i]! / c1)) / (Math.sqrt(s[i]! / c2) + 1e-8);
      expect(r.after2[i]).toBeCloseTo(expected, 14);
    }
  });

  it('rejects an unknown optimiser and a momentum outside [0, 1)', () => {
    expect(() => new Optimizer(2, { name: 'lbfgs' as 'sgd' })).toThrow(EngineError);
    expect(() => new Optimizer(2, { name: 'momentum', momentum: 1.5 })).toThrow(/momentum/);
  });
});

describe('learning-rate schedules', () => {
  it('constant, step and exponential decay', () => {
    expect(scheduledRate(0.1, 'constant', 50, 0.5, 10)).toBe(0.1);
    expect(scheduledRate(0.1, 'step', 9, 0.5, 10)).toBe(0.1);
    expect(scheduledRate(0.1, 'step', 10, 0.5, 10)).toBe(0.05);
    expect(scheduledRate(0.1, 'step', 25, 0.5, 10)).toBeCloseTo(0.025, 15);
    expect(scheduledRate(0.1, 'exponential', 5, 0.5, 10)).toBeCloseTo(0.1 * Math.SQRT1_2, 15);
  });
});
