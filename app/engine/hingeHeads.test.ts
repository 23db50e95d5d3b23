import { describe, expect, it } from 'vitest';
import { createOutputHead } from './outputHead';
import { presetFor } from './presets';
import { TrainingSession } from './session';
import type { ActivationName } from './trainingConfig';

// The playground's note under the hinge loss says what each output does with it; these runs
// (the XOR preset, four seeds, 200 epochs) are what it says.
const testAccuracy = (outputActivation: ActivationName, seed: number) => {
  const s = new TrainingSession({ ...presetFor('xor'), seed, outputActivation, loss: 'hinge' });
  while (s.epoch < 200 && s.status === 'paused') if (!s.stepBatch()) break;
  return s.test.accuracy;
};
const SEEDS = [1, 2, 3, 7];

describe('the hinge loss after a linear or a tanh output (binary, labels ±1)', () => {
  it.each(SEEDS)('seed %d: a linear output solves XOR', (seed) => {
    expect(testAccuracy('linear', seed)).toBeGreaterThan(0.94);
  });

  it.each(SEEDS)(
    'seed %d: a tanh output stalls far below it (confidently wrong examples sit where tanh is flat)',
    (seed) => {
      expect(testAccuracy('tanh', seed)).toBeLessThan(0.85);
    },
  );

  it('why: a confidently wrong example (z = −4, label +1) costs almost 2 yet gets almost no push through tanh', () => {
    const push = (activation: ActivationName) => {
      const [z, a, y, dz, da] = [[-4], [0], [1], [0], [0]].map((v) => Float64Array.from(v));
      const loss = createOutputHead(activation, 'hinge', 0, 0).row(
        z!,
        a!,
        y!,
        0,
        0,
        1,
        dz!,
        1,
        da!,
      );
      return { loss, dz: dz![0]! };
    };
    expect(push('tanh').loss).toBeGreaterThan(1.99);
    expect(Math.abs(push('tanh').dz)).toBeLessThan(0.002);
    expect(push('linear')).toEqual({ loss: 5, dz: -1 });
  });
});
