import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEED_INDEX, SPEED_STOPS, indexOfSpeed, speedAt, speedLabel } from './speedScale';

describe('speed scale', () => {
  it('runs from one step a second to full speed through the named stops', () => {
    expect(SPEED_STOPS.map((_, i) => speedAt(i))).toEqual([1, 2, 5, 10, 30, 100, null]);
    expect(speedAt(DEFAULT_SPEED_INDEX)).toBeNull();
  });

  it('clamps and rounds positions outside the stops', () => {
    expect(speedAt(-3)).toBe(1);
    expect(speedAt(1.6)).toBe(5);
    expect(speedAt(42)).toBeNull();
    expect(speedAt(Number.NaN)).toBeNull();
  });

  it('maps a speed back to its nearest stop, round-tripping every stop', () => {
    SPEED_STOPS.forEach((s, i) => expect(indexOfSpeed(s)).toBe(i));
    expect(indexOfSpeed(8)).toBe(3);
    expect(indexOfSpeed(0.2)).toBe(0);
    expect(indexOfSpeed(-1)).toBe(DEFAULT_SPEED_INDEX);
  });

  it('labels the current value', () => {
    expect(speedLabel(1)).toBe('1 step/s');
    expect(speedLabel(30)).toBe('30 steps/s');
    expect(speedLabel(null)).toBe('full speed');
  });
});
