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
    const base = {
      step: 12,
      epoch: 0,
      lastFiniteLoss: 0.5,
      layerCount: 3,
      batchSize: 10,
      trainLoss: 2e7,
    };
    expect(divergenceReport({ ...base, loss: 3.1e9, what: 'loss', layer: 0 }).message).toBe(
      "At step 12 (epoch 0) the loss on that step's mini-batch of 10 examples grew to 3.1×10⁹ (first seen in hidden layer 1).",
    );
    expect(divergenceReport({ ...base, loss: NaN, what: 'loss', layer: 2 }).message).toBe(
      "At step 12 (epoch 0) the loss on that step's mini-batch of 10 examples became infinite or not a number (first seen in the output layer).",
    );
    const weights = divergenceReport({ ...base, loss: NaN, what: 'parameters', layer: 1 });
    expect(weights.message).toBe(
      'At step 12 (epoch 0) a weight in hidden layer 2 became infinite or not a number.',
    );
    expect(weights).toMatchObject({
      step: 12,
      epoch: 0,
      layer: 1,
      lastFiniteLoss: 0.5,
      trainLoss: 2e7,
    });
    // At an epoch's end the whole training set's loss is the one that grew.
    expect(
      divergenceReport({ ...base, batchSize: 0, loss: 2e8, what: 'loss', layer: -1 }).message,
    ).toBe('At step 12 (epoch 0) the training loss grew to 2×10⁸.');
    expect(
      divergenceReport({ ...base, batchSize: 1, loss: 2e8, what: 'loss', layer: -1 }).message,
    ).toBe("At step 12 (epoch 0) the loss on that step's mini-batch of 1 example grew to 2×10⁸.");
  });
});
