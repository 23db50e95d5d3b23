import { beforeEach, describe, expect, it } from 'vitest';
import { isFailing, resetSaveOutcomes, saveOutcome } from './saveFailures';

describe('save failures', () => {
  beforeEach(resetSaveOutcomes);

  it('are said once per failing spell, and again after a save worked', () => {
    expect(saveOutcome('progress', true)).toBeNull();
    expect(saveOutcome('progress', false)).toMatch(/progress could not be saved/);
    expect(isFailing('progress')).toBe(true);
    expect(saveOutcome('progress', false)).toBeNull();
    expect(saveOutcome('progress', true)).toBeNull();
    expect(isFailing('progress')).toBe(false);
    expect(saveOutcome('progress', false)).toMatch(/progress could not be saved/);
  });

  it('keep each stored thing apart', () => {
    expect(saveOutcome('scenes', false)).toMatch(/scenes could not be saved/);
    expect(saveOutcome('data', false)).toMatch(/data could not be saved/);
    expect(isFailing('lesson')).toBe(false);
  });
});
