import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import { TrainingSession } from './session';
import { probeRace } from './sessionProbes';

describe('probeRace with an epoch budget', () => {
  const s = new TrainingSession({
    ...DEFAULT_CONFIG,
    dataset: 'plane',
    points: 100,
    hidden: [],
    activations: [],
    outputActivation: 'linear',
    loss: 'mse',
    learningRate: 0.01,
  });
  const n = s.data.train.n;
  const lanes = probeRace(
    s,
    0,
    1,
    [
      { label: 'one', optimizer: 'sgd', batchSize: 1, epochs: 2 },
      { label: 'mini', optimizer: 'sgd', batchSize: 10, epochs: 2 },
      { label: 'full', optimizer: 'sgd', batchSize: n, epochs: 2 },
    ],
    150,
  );

  it('trains each lane for the same epochs, in as many steps as its batch size needs', () => {
    expect(lanes.map((l) => l.stepsTaken)).toEqual([2 * n, 2 * Math.ceil(n / 10), 2]);
    for (const l of lanes) expect(l.path.length).toBe(2 * 151);
    // All start from the same weights.
    expect(lanes[1]!.path[0]).toBe(lanes[0]!.path[0]);
    expect(lanes[2]!.path[1]).toBe(lanes[0]!.path[1]);
  });

  it('shows the lesson’s point: per epoch, small batches cover more ground', () => {
    expect(lanes[0]!.finalLoss).toBeLessThan(lanes[2]!.finalLoss / 10);
    expect(lanes[1]!.finalLoss).toBeLessThan(lanes[2]!.finalLoss);
  });
});
