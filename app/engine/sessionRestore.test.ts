import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import { TrainingSession } from './session';

describe('TrainingSession.restore', () => {
  it('continues from saved weights, epoch and step', () => {
    const a = new TrainingSession(DEFAULT_CONFIG);
    a.stepEpoch();
    a.stepEpoch();
    const saved = a.net.params.slice();
    const b = new TrainingSession(DEFAULT_CONFIG);
    expect(b.restore(saved, a.epoch, a.step)).toBe(true);
    expect([...b.net.params]).toEqual([...saved]);
    expect(b.epoch).toBe(a.epoch);
    expect(b.step).toBe(a.step);
    expect(b.train.loss).toBeCloseTo(a.train.loss, 12);
    const before = b.train.loss;
    for (let i = 0; i < 5; i++) b.stepEpoch();
    expect(b.train.loss).toBeLessThan(before);
  });

  it('changes nothing when the weights do not fit', () => {
    const s = new TrainingSession(DEFAULT_CONFIG);
    s.stepEpoch();
    const params = s.net.params.slice();
    expect(s.restore(new Float64Array(3), 9, 9)).toBe(false);
    const bad = params.slice();
    bad[0] = NaN;
    expect(s.restore(bad, 9, 9)).toBe(false);
    expect([...s.net.params]).toEqual([...params]);
    expect(s.epoch).toBe(1);
  });
});
