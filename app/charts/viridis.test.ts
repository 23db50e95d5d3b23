import { interpolateViridis } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { viridis } from './viridis';

const bytes = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));

describe('viridis', () => {
  it('stays within 6/255 of the reference colour map everywhere', () => {
    let worst = 0;
    for (let i = 0; i <= 1000; i++) {
      const ours = bytes(viridis(i / 1000));
      const ref = bytes(interpolateViridis(i / 1000));
      for (let j = 0; j < 3; j++) worst = Math.max(worst, Math.abs(ours[j]! - ref[j]!));
    }
    expect(worst).toBeLessThanOrEqual(6);
  });

  it('has the exact ends and clamps out-of-range and NaN inputs', () => {
    expect(viridis(0)).toBe('#440154');
    expect(viridis(1)).toBe('#fde725');
    expect(viridis(-3)).toBe('#440154');
    expect(viridis(7)).toBe('#fde725');
    expect(viridis(Number.NaN)).toBe('#440154');
  });
});
