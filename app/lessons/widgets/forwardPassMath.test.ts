import { describe, expect, it } from 'vitest';
import { createModel } from '../../engine/model';
import { TINY_NET, tinyPass } from './forwardPassMath';

describe('tinyPass', () => {
  it('gives the worked numbers of the lesson', () => {
    const p = tinyPass();
    expect(p.z1).toEqual([0.5, -0.25]);
    // Lesson 3: ReLU keeps neuron 1's 0.5 and clips neuron 2's −0.25 to 0.
    expect(p.a1).toEqual([0.5, 0]);
    expect(p.yhat).toBeCloseTo(0.75, 12);
    expect(p.loss).toBeCloseTo(0.03125, 12);
    // Lesson 7's checkpoints: dL/dv₁ and dL/dw₁₁.
    expect(p.dW2[0]).toBeCloseTo(-0.125, 12);
    expect(p.dW1[0]![0]).toBeCloseTo(-0.25, 12);
    // The clipped neuron passes no gradient: none of its weights would move.
    expect([p.dW2[1], p.dz1[1], ...p.dW1[1]!].map((v) => Math.abs(v!))).toEqual([0, 0, 0, 0]);
  });

  it('matches the engine’s own forward pass and gradient', () => {
    const m = createModel({
      inputs: 2,
      layers: [
        { units: 2, activation: 'relu' },
        { units: 1, activation: 'linear' },
      ],
      loss: 'mse',
      seed: 1,
    });
    // Layout: W1 (2×2 row-major), b1, W2 (1×2), b2.
    m.setParameters([...TINY_NET.W1.flat(), ...TINY_NET.b1, ...TINY_NET.W2, TINY_NET.b2]);
    const p = tinyPass();
    expect(m.predict([[...TINY_NET.x]])[0]![0]).toBeCloseTo(p.yhat, 12);
    const g = m.lossAndGradient([[...TINY_NET.x]], [[TINY_NET.y]]);
    expect(g.loss).toBeCloseTo(p.loss, 12);
    expect(Array.from(g.gradient)).toEqual(
      [...p.dW1.flat(), ...p.dz1, ...p.dW2, p.db2].map((v) => expect.closeTo(v, 12)),
    );
  });
});
