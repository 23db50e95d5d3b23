import { describe, expect, it } from 'vitest';
import { createModel } from './model';
import { backpropTrace, lossAlongParameter, lossSurface } from './probes';
import { createRng } from './rng';

function setup() {
  const model = createModel({
    inputs: 2,
    layers: [
      { units: 3, activation: 'tanh' },
      { units: 2, activation: 'relu' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'bce',
    seed: 4,
  });
  const rng = createRng(8);
  const rows = Array.from({ length: 12 }, () => [rng.normal(), rng.normal()]);
  const targets = rows.map((r) => [r[0]! * r[1]! > 0 ? 1 : 0]);
  const x = Float64Array.from(rows.flat());
  const y = Float64Array.from(targets.flat());
  // nudge biases off zero so no ReLU sits exactly on its kink
  model.setParameters(model.parameters().map((v, i) => v + 0.01 * Math.sin(i + 1)));
  return { model, rows, targets, x, y };
}

describe('probes', () => {
  it('loss along a parameter: the curve’s numerical slope at w equals the engine’s gradient', () => {
    const { model, rows, targets, x, y } = setup();
    for (const index of [0, 5, 9, 14, model.plan.parameterCount - 1]) {
      const w = model.parameters()[index]!;
      const h = 1e-5;
      const slice = lossAlongParameter(model.network, { x, y, rows: null, n: 12 }, index, [
        w - h,
        w,
        w + h,
      ]);
      const slope = (slice.losses[2]! - slice.losses[0]!) / (2 * h);
      expect(slice.gradient).toBeCloseTo(slope, 7);
      expect(slice.losses[1]).toBeCloseTo(slice.loss, 14);
      expect(slice.gradient).toBeCloseTo(model.lossAndGradient(rows, targets).gradient[index]!, 14);
      expect(model.parameters()[index]).toBe(w);
    }
  });

  it('loss surface: the centre equals the loss at the current weights; weights restored', () => {
    const { model, rows, targets, x, y } = setup();
    const p = model.parameters();
    const surf = lossSurface(
      model.network,
      { x, y, rows: null, n: 12 },
      0,
      1,
      [p[0]! - 1, p[0]!, p[0]! + 1],
      [p[1]! - 1, p[1]!, p[1]! + 1],
    );
    expect(surf.length).toBe(9);
    expect(surf[4]).toBeCloseTo(model.lossAndGradient(rows, targets).loss, 14);
    expect(Array.from(model.parameters())).toEqual(Array.from(p));
  });

  it('backprop trace: dW and db equal lossAndGradient on that one example', () => {
    const { model, rows, targets, x, y } = setup();
    const t = backpropTrace(model.network, x, y, 5);
    const { gradient, loss } = model.lossAndGradient([rows[5]!], [targets[5]!]);
    expect(t.loss).toBeCloseTo(loss, 14);
    expect(t.input).toEqual(rows[5]);
    t.layers.forEach((layer, li) => {
      const l = model.plan.layers[li]!;
      expect(layer.dW).toEqual(
        Array.from(gradient.subarray(l.wOffset, l.wOffset + l.rows * l.fanIn)),
      );
      expect(layer.db).toEqual(Array.from(gradient.subarray(l.bOffset, l.bOffset + l.rows)));
      // db = dL/dz, and dL/dz = dL/da · f′(z) for tanh
      expect(layer.db).toEqual(layer.dZ);
    });
    const h = t.layers[0]!;
    h.dZ.forEach((dz, u) => expect(dz).toBeCloseTo(h.dA[u]! * (1 - h.a[u]! ** 2), 14));
    // output: σ + BCE gives dL/dz = a − y
    expect(t.layers[2]!.dZ[0]).toBeCloseTo(t.output[0]! - t.target[0]!, 14);
    expect(t.output[0]).toBeCloseTo(model.predict([rows[5]!])[0]![0]!, 14);
  });
});
