import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import { TrainingSession } from './session';
import type { TrainingConfig } from './trainingConfig';

// A big network on few noisy points: it overfits, so its validation loss turns upwards.
const overfit: TrainingConfig = {
  ...DEFAULT_CONFIG,
  dataset: 'xor',
  points: 100,
  noise: 0.8,
  hidden: [16, 16],
  activations: ['tanh', 'tanh'],
  learningRate: 0.1,
  validation: 0.3,
};

describe('validation split and early stopping', () => {
  it('holds validation rows out of the training rows and keeps the test rows', () => {
    const plain = new TrainingSession({ ...overfit, validation: 0 }).data;
    const held = new TrainingSession(overfit).data;
    expect(Array.from(held.test.rows)).toEqual(Array.from(plain.test.rows));
    expect(held.validation.n).toBe(15);
    expect(held.train.n + held.validation.n).toBe(plain.train.n);
    const train = new Set(held.train.rows);
    expect(Array.from(held.validation.rows).some((r) => train.has(r))).toBe(false);
  });

  it('stops after `patience` epochs without improvement and restores the best weights', () => {
    const s = new TrainingSession({ ...overfit, patience: 15 });
    const validation: number[] = [s.validation.loss];
    while (s.status === 'paused' && s.epoch < 2000) {
      s.stepEpoch();
      validation.push(s.validation.loss);
    }
    expect(s.status).toBe('done');
    expect(s.epoch - s.bestEpoch).toBe(15);
    // The restored weights are those of the lowest validation loss of the whole run.
    const best = Math.min(...validation.slice(0, -1));
    expect(s.validation.loss).toBeCloseTo(best, 12);
    expect(validation[s.bestEpoch]).toBeCloseTo(best, 12);
    expect(s.doneReason).toContain(`epoch ${s.bestEpoch}`);
    // The curves end where the readouts are.
    const h = s.takeHistory().chunk;
    expect(h.validationLoss.at(-1)).toBe(s.validation.loss);
    expect(h.testLoss.at(-1)).toBe(s.test.loss);
  });

  it('never stops without a validation set or a patience', () => {
    for (const c of [
      { ...overfit, patience: 0 },
      { ...overfit, validation: 0, patience: 5 },
    ]) {
      const s = new TrainingSession(c);
      for (let e = 0; e < 60; e++) s.stepEpoch();
      expect(s.status).toBe('paused');
      expect(s.epoch).toBe(60);
    }
  });
});
