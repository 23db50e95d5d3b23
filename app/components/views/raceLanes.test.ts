import { describe, expect, it } from 'vitest';
import { RACE_EPOCHS, raceLanes } from './raceLanes';

describe('the batch-size race', () => {
  it('always has three different lanes, whatever the current batch size', () => {
    for (const batch of [1, 5, 10, 199, 200]) {
      const lanes = raceLanes('batch', batch, 200);
      expect(new Set(lanes.map((l) => l.batchSize)).size).toBe(3);
      expect(new Set(lanes.map((l) => l.label)).size).toBe(3);
    }
    expect(raceLanes('batch', 5, 200).map((l) => l.batchSize)).toEqual([1, 5, 200]);
    expect(raceLanes('batch', 200, 200).map((l) => l.batchSize)).toEqual([1, 10, 200]);
  });

  it('gives every lane the same epochs, and says how many steps that is', () => {
    const lanes = raceLanes('batch', 10, 200);
    expect(lanes.every((l) => l.epochs === RACE_EPOCHS)).toBe(true);
    expect(lanes.map((l) => l.label)).toEqual([
      `batch 1: ${200 * RACE_EPOCHS} steps`,
      `batch 10: ${20 * RACE_EPOCHS} steps`,
      `full batch (200): ${RACE_EPOCHS} steps`,
    ]);
  });
});
