import { describe, expect, it } from 'vitest';
import { allFinite, divergenceReport } from './divergence';

describe('divergence', () => {
  it('allFinite tells NaN and ±∞ from finite values', () => {
    expect(allFinite(new Float64Array([0, -1e300, 3]))).toBe(true);
    expect(allFinite(new Float64Array([0, NaN]))).toBe(false);
    expect(allFinite(new Float64Array([Infinity]))).toBe(false);
    expect(allFinite(new Float64Array([-Infinity, 1]))).toBe(false);
  });

  it('says when, what and where', () => {
    const base = { step: 12, epoch: 0, lastFiniteLoss: 0.5, layerCount: 3 };
    expect(divergenceReport({ ...base, loss: 3.1e9, what: 'loss', layer: 0 }).message).toBe(
      'At step 12 (epoch 0) the loss grew to 3.10e+9 (first seen in hidden layer 1).',
    );
    expect(divergenceReport({ ...base, loss: NaN, what: 'loss', layer: 2 }).message).toBe(
      'At step 12 (epoch 0) the loss became infinite or not a number (first seen in the output layer).',
    );
    const weights = divergenceReport({ ...base, loss: NaN, what: 'parameters', layer: 1 });
    expect(weights.message).toBe(
      'At step 12 (epoch 0) a weight in hidden layer 2 became infinite or not a number.',
    );
    expect(weights).toMatchObject({ step: 12, epoch: 0, layer: 1, lastFiniteLoss: 0.5 });
    expect(divergenceReport({ ...base, loss: 2e8, what: 'loss', layer: -1 }).message).toBe(
      'At step 12 (epoch 0) the loss grew to 2.00e+8.',
    );
  });
});
