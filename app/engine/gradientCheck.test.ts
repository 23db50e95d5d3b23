import { describe, expect, it } from 'vitest';
import { createModel } from './model';
import type { LayerSpec, ModelSpec } from './networkSpec';
import { applyPenalty } from './regularization';
import { createRng } from './rng';

/** Central finite differences of f at θ, one parameter at a time. */
function numericGradient(
  f: (p: Float64Array) => number,
  theta: Float64Array,
  h = 1e-6,
): Float64Array {
  const g = new Float64Array(theta.length);
  const p = theta.slice();
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    p[i] = v + h;
    const up = f(p);
    p[i] = v - h;
    const down = f(p);
    p[i] = v;
    g[i] = (up - down) / (2 * h);
  }
  return g;
}

/** ‖a − b‖ / (‖a‖ + ‖b‖): the usual scale-free gradient-check measure. */
function relativeError(a: Float64Array, b: Float64Array): number {
  let diff = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i]! - b[i]!) ** 2;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return Math.sqrt(diff) / Math.max(1e-12, Math.sqrt(na) + Math.sqrt(nb));
}

/**
 * Nudge every parameter (biases too) by a small random amount, so no example sits exactly on
 * a kink (ReLU at 0, |e| at 0), where a finite difference straddles two slopes.
 */
function jitter(theta: Float64Array, seed: number): Float64Array {
  const rng = createRng(seed);
  return theta.map((v) => v + 0.05 * rng.normal());
}

function data(
  n: number,
  inputs: number,
  outputs: number,
  kind: 'regression' | 'binary' | 'pm1' | 'onehot',
  seed = 3,
) {
  const rng = createRng(seed);
  const x: number[][] = [];
  const y: number[][] = [];
  for (let i = 0; i < n; i++) {
    x.push(Array.from({ length: inputs }, () => rng.normal()));
    if (kind === 'onehot') {
      const c = rng.int(outputs);
      y.push(Array.from({ length: outputs }, (_, k) => (k === c ? 1 : 0)));
    } else if (kind === 'binary') y.push(Array.from({ length: outputs }, () => rng.int(2)));
    else if (kind === 'pm1') y.push(Array.from({ length: outputs }, () => (rng.int(2) ? 1 : -1)));
    else y.push(Array.from({ length: outputs }, () => rng.normal() * 2));
  }
  return { x, y };
}

function check(
  spec: ModelSpec,
  kind: Parameters<typeof data>[3],
  opts: { dropoutSeed?: number } = {},
) {
  const model = createModel(spec);
  const out = spec.layers[spec.layers.length - 1]!.units;
  const { x, y } = data(6, spec.inputs, out, kind);
  const theta = jitter(model.parameters(), 99);
  model.setParameters(theta);
  const analytic = model.lossAndGradient(x, y, opts).gradient;
  const numeric = numericGradient((p) => {
    model.setParameters(p);
    return model.lossAndGradient(x, y, opts).loss;
  }, theta);
  model.setParameters(theta);
  return relativeError(analytic, numeric);
}

const HIDDEN: LayerSpec['activation'][] = ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu'];
const HEADS: {
  out: string;
  loss: string;
  kind: Parameters<typeof data>[3];
  units: number;
  lossParam?: number;
}[] = [
  { out: 'linear', loss: 'mse', kind: 'regression', units: 2 },
  { out: 'linear', loss: 'mae', kind: 'regression', units: 2 },
  { out: 'linear', loss: 'huber', kind: 'regression', units: 2, lossParam: 1 },
  { out: 'linear', loss: 'logCosh', kind: 'regression', units: 2 },
  { out: 'linear', loss: 'quantile', kind: 'regression', units: 2, lossParam: 0.3 },
  { out: 'linear', loss: 'epsilonInsensitive', kind: 'regression', units: 2, lossParam: 0.1 },
  { out: 'sigmoid', loss: 'bce', kind: 'binary', units: 1 },
  { out: 'sigmoid', loss: 'mse', kind: 'binary', units: 1 },
  { out: 'tanh', loss: 'hinge', kind: 'pm1', units: 1 },
  { out: 'tanh', loss: 'mse', kind: 'regression', units: 1 },
  { out: 'elu', loss: 'mse', kind: 'regression', units: 1 },
  { out: 'softmax', loss: 'crossEntropy', kind: 'onehot', units: 3 },
  { out: 'softmax', loss: 'mse', kind: 'onehot', units: 3 },
];

describe('gradients match central finite differences (relative error < 1e-6)', () => {
  for (const act of HIDDEN) {
    for (const h of HEADS) {
      it(`${act} hidden, ${h.out} + ${h.loss}`, () => {
        const spec: ModelSpec = {
          inputs: 3,
          layers: [
            { units: 4, activation: act },
            { units: 3, activation: act },
            { units: h.units, activation: h.out },
          ],
          loss: h.loss,
          lossParam: h.lossParam,
          init: 'xavier',
          seed: 7,
        };
        expect(check(spec, h.kind)).toBeLessThan(1e-6);
      });
    }
  }

  it('maxout layers (k = 2 and 3)', () => {
    const spec: ModelSpec = {
      inputs: 2,
      layers: [
        { units: 3, activation: 'maxout' },
        { units: 2, activation: 'maxout', pieces: 3 },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'bce',
      seed: 11,
    };
    expect(check(spec, 'binary')).toBeLessThan(1e-6);
  });

  it('batch normalisation (batch statistics, learned γ and β)', () => {
    const spec: ModelSpec = {
      inputs: 3,
      layers: [
        { units: 4, activation: 'tanh', batchNorm: true },
        { units: 3, activation: 'relu', batchNorm: true },
        { units: 2, activation: 'linear' },
      ],
      loss: 'mse',
      seed: 5,
    };
    expect(check(spec, 'regression')).toBeLessThan(1e-6);
  });

  it('dropout with a fixed mask', () => {
    const spec: ModelSpec = {
      inputs: 3,
      layers: [
        { units: 6, activation: 'tanh', dropout: 0.3 },
        { units: 5, activation: 'elu', dropout: 0.5 },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'bce',
      seed: 9,
    };
    expect(check(spec, 'binary', { dropoutSeed: 42 })).toBeLessThan(1e-6);
    // and the masks really drop something: the gradient differs from the no-dropout one
    const m = createModel(spec);
    const { x, y } = data(6, 3, 1, 'binary');
    const a = m.lossAndGradient(x, y, { dropoutSeed: 42 }).gradient;
    const b = m.lossAndGradient(x, y).gradient;
    expect(relativeError(a, b)).toBeGreaterThan(1e-3);
  });

  for (const kind of ['l1', 'l2'] as const) {
    it(`${kind} penalty gradient`, () => {
      const model = createModel({
        inputs: 2,
        layers: [
          { units: 3, activation: 'tanh' },
          { units: 1, activation: 'linear' },
        ],
        loss: 'mse',
        seed: 2,
      });
      const { x, y } = data(5, 2, 1, 'regression');
      const rate = 0.05;
      const total = (p: Float64Array) => {
        model.setParameters(p);
        return model.lossAndGradient(x, y).loss + applyPenalty(model.plan, p, kind, rate, null);
      };
      const theta = model.parameters();
      const numeric = numericGradient(total, theta);
      model.setParameters(theta);
      const g = model.lossAndGradient(x, y).gradient;
      const pen = applyPenalty(model.plan, theta, kind, rate, g);
      expect(pen).toBeGreaterThan(0);
      expect(relativeError(g, numeric)).toBeLessThan(1e-6);
      // biases are not penalised
      const bias = model.plan.layers[0]!.bOffset;
      const g0 = model.lossAndGradient(x, y).gradient;
      const g1 = g0.slice();
      applyPenalty(model.plan, theta, kind, rate, g1);
      expect(g1[bias]).toBe(g0[bias]);
    });
  }
});
