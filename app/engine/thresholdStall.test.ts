import { describe, expect, it } from 'vitest';
import { presetFor } from './presets';
import { TrainingSession } from './session';

// The threshold (step) activation has slope 0 everywhere, so backpropagation passes nothing
// through it: what the playground's note says about it must be what the engine does.
describe('a threshold hidden layer stalls training', () => {
  const config = { ...presetFor('circle'), hidden: [6], activations: ['threshold' as const] };

  it('keeps the threshold layer’s weights where they started while the output layer learns', () => {
    const s = new TrainingSession(config);
    const [hidden, output] = s.net.plan.layers;
    const start = s.net.params.slice();
    const before = s.train.loss;
    for (let k = 0; k < 200; k++) s.stepBatch();
    const p = s.net.params;
    for (let i = hidden!.wOffset; i < hidden!.bOffset + hidden!.rows; i++)
      expect(p[i], `hidden parameter ${i}`).toBe(start[i]);
    let moved = 0;
    for (let i = output!.wOffset; i < output!.bOffset + output!.rows; i++)
      moved = Math.max(moved, Math.abs(p[i]! - start[i]!));
    expect(moved).toBeGreaterThan(0.01);
    expect(s.train.loss).toBeLessThan(before);
  });

  it('stops improving: the loss of a later stretch barely moves, far above tanh’s', () => {
    const s = new TrainingSession(config);
    while (s.epoch < 150) s.stepBatch();
    const at150 = s.train.loss;
    while (s.epoch < 300) s.stepBatch();
    const tanh = new TrainingSession({ ...config, activations: ['tanh'] });
    while (tanh.epoch < 300) tanh.stepBatch();
    expect(Math.abs(at150 - s.train.loss)).toBeLessThan(0.01);
    expect(s.train.loss).toBeGreaterThan(tanh.train.loss + 0.4);
  });
});
