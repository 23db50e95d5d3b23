import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  ACT_CODE,
  activateRange,
  backpropActivationRange,
  type Activation,
} from './activations';

/** Every element-wise activation, by name: the list a new activation joins by being defined. */
const NAMES = Object.keys(ACTIVATIONS) as (keyof typeof ACTIVATIONS)[];
/** Points on both sides of 0 and in the tails, none at a kink. */
const Z = [-6, -2.5, -1, -0.3, -0.01, 0.01, 0.2, 0.9, 1.7, 4];

describe('activations: definition, derivative and the engine’s fast loops agree', () => {
  for (const name of NAMES) {
    const act: Activation = ACTIVATIONS[name];
    for (const p of [act.defaultParam, 0.37]) {
      it(`${name} (p = ${p}): f′ matches central differences of f`, () => {
        const h = 1e-6;
        for (const z of Z) {
          const numeric = (act.f(z + h, p) - act.f(z - h, p)) / (2 * h);
          expect(act.df(z, act.f(z, p), p)).toBeCloseTo(numeric, 6);
        }
      });

      it(`${name} (p = ${p}): the batched forward and backward loops compute f and da·f′`, () => {
        const z = Float64Array.from(Z);
        const a = new Float64Array(Z.length);
        const da = Float64Array.from(Z, (_, i) => 0.5 - i / 7);
        const dz = new Float64Array(Z.length);
        activateRange(ACT_CODE[name], p, z, a, 0, Z.length);
        backpropActivationRange(ACT_CODE[name], p, z, a, da, dz, 0, Z.length);
        Z.forEach((v, i) => {
          expect(a[i]).toBe(act.f(v, p));
          expect(dz[i]).toBeCloseTo(da[i]! * act.df(v, act.f(v, p), p), 14);
        });
      });
    }
  }

  it('outputs stay inside each activation’s declared range', () => {
    for (const name of NAMES) {
      const { f, range, defaultParam } = ACTIVATIONS[name];
      for (const z of [...Z, -50, 50]) {
        const a = f(z, defaultParam);
        expect(a, name).toBeGreaterThanOrEqual(range[0]);
        expect(a, name).toBeLessThanOrEqual(range[1]);
      }
    }
  });
});
