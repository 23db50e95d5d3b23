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

  it('goes on with the saved loss history before its epoch, so the chart continues', () => {
    const a = new TrainingSession(DEFAULT_CONFIG);
    for (let k = 0; k < 12; k++) a.stepEpoch();
    const h = a.takeHistory().chunk;
    const b = new TrainingSession(DEFAULT_CONFIG);
    // Points at or after the restored epoch are not this run's and are left out.
    expect(b.restore(a.net.params, 10, 10 * 20, a.extras(), h)).toBe(true);
    const { chunk, reset } = b.takeHistory();
    expect(reset).toBe(true);
    expect(Array.from(chunk.epoch)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(Array.from(chunk.trainLoss.subarray(0, 10))).toEqual(
      Array.from(h.trainLoss.subarray(0, 10)),
    );
    expect(chunk.trainLoss[10]).toBe(b.train.loss);
    // Without a history the chart starts at the restored epoch, as before.
    const c = new TrainingSession(DEFAULT_CONFIG);
    c.restore(a.net.params, 12, 240);
    expect(Array.from(c.takeHistory().chunk.epoch)).toEqual([12]);
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

describe('TrainingSession.extras', () => {
  it('restores the optimiser state and batch-norm statistics with the weights', () => {
    const cfg = { ...DEFAULT_CONFIG, optimizer: 'adam' as const, batchNorm: true };
    const a = new TrainingSession(cfg);
    a.stepEpoch();
    a.stepEpoch();
    const saved = a.extras();
    expect(saved.t).toBeGreaterThan(0);
    const b = new TrainingSession(cfg);
    expect(b.restore(a.net.params, a.epoch, a.step, saved)).toBe(true);
    const back = b.extras();
    expect(back.t).toBe(saved.t);
    expect(Array.from(back.m)).toEqual(Array.from(saved.m));
    expect(Array.from(back.s)).toEqual(Array.from(saved.s));
    expect(back.runMean.map((x) => Array.from(x))).toEqual(saved.runMean.map((x) => Array.from(x)));
    expect(back.runVar.map((x) => Array.from(x))).toEqual(saved.runVar.map((x) => Array.from(x)));
    expect(b.train.loss).toBeCloseTo(a.train.loss, 12);
  });

  it('ignores extras of another shape but keeps the weights', () => {
    const a = new TrainingSession({ ...DEFAULT_CONFIG, optimizer: 'adam' });
    a.stepEpoch();
    const b = new TrainingSession({ ...DEFAULT_CONFIG, optimizer: 'adam' });
    const bad = { ...a.extras(), m: [1, 2] };
    expect(b.restore(a.net.params, 1, a.step, bad)).toBe(true);
    expect(b.extras().t).toBe(0);
    expect([...b.net.params]).toEqual([...a.net.params]);
  });
});
