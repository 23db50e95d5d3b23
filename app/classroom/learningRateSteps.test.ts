import { describe, expect, it } from 'vitest';
import { RATE_STEPS, nextRate } from './learningRateSteps';

describe('nextRate', () => {
  it('moves one step up or down from a step', () => {
    expect(nextRate(0.03, 1)).toBe(0.1);
    expect(nextRate(0.03, -1)).toBe(0.01);
    expect(nextRate(0.030000000000000002, 1)).toBe(0.1);
  });

  it('moves to the neighbouring step from between steps', () => {
    expect(nextRate(0.05, 1)).toBe(0.1);
    expect(nextRate(0.05, -1)).toBe(0.03);
  });

  it('stops at the ends of the range', () => {
    expect(nextRate(10, 1)).toBe(10);
    expect(nextRate(0.00001, -1)).toBe(0.00001);
    expect(nextRate(100, 1)).toBe(10);
    expect(nextRate(NaN, 1)).toBe(RATE_STEPS[0]);
  });

  it('walks every step and back', () => {
    let r = RATE_STEPS[0]!;
    for (const expected of RATE_STEPS.slice(1)) expect((r = nextRate(r, 1))).toBe(expected);
    for (const expected of [...RATE_STEPS].reverse().slice(1)) {
      expect((r = nextRate(r, -1))).toBe(expected);
    }
  });
});
