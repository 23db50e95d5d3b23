import { describe, expect, it } from 'vitest';
import { initRun, studyRun } from './compareRuns';

describe('compareRuns', () => {
  it('raw study-hours inputs diverge where standardised ones converge', () => {
    const raw = studyRun(false, 0.03, 100);
    const std = studyRun(true, 0.03, 100);
    expect(raw.diverged).toBe(true);
    expect(std.diverged).toBe(false);
    expect(std.losses.at(-1)!).toBeLessThan(std.losses[0]!);
  });

  it('zero initialisation keeps every hidden neuron identical; random weights learn XOR', () => {
    const zero = initRun('zeros', 300);
    const rand = initRun('xavier', 300);
    const same = initRun('constant', 300);
    expect(same.identical).toBe(4);
    expect(same.hidden[0]![0]).not.toBe(0.5);
    expect(zero.identical).toBe(4);
    expect(zero.accuracy).toBeLessThan(0.7);
    expect(rand.identical).toBe(0);
    expect(rand.accuracy).toBeGreaterThan(0.9);
  });
});
