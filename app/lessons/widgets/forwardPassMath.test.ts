import { describe, expect, it } from 'vitest';
import { createModel } from '../../engine/model';
import { TINY_NET, tinyPass } from './forwardPassMath';

describe('tinyPass', () => {
  it('gives the worked numbers of the lesson', () => {
    const p = tinyPass();
    expect(p.z1).toEqual([0.5, 0.75]);
    expect(p.yhat).toBeCloseTo(0.375, 12);
    expect(p.loss).toBeCloseTo(0.1953125, 12);
    expect(p.dW2[0]).toBeCloseTo(-0.3125, 12);
    expect(p.dW1[0]![0]).toBeCloseTo(-0.625, 12);
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
