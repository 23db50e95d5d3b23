import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configRules';
import { presetFor } from './presets';
import type { TroubleReport } from './sessionTypes';
import { troubleFix, troubleWords } from './troubleReport';

const stall = {
  kind: 'stall' as const,
  standardized: false,
  widestInput: { name: 'study hours', maxAbs: 115 },
};

describe('troubleFix', () => {
  it('lowers the rate of an oscillation', () => {
    expect(troubleFix({ ...stall, kind: 'oscillation' }, DEFAULT_CONFIG)).toBe('lowerRate');
  });

  it('standardises raw inputs when that is all the suggested settings change', () => {
    const raw = { ...presetFor('studyHours'), standardize: false };
    expect(troubleFix(stall, raw)).toBe('standardize');
    // The circle's suggested settings do not standardise: standardising is the fix still.
    expect(troubleFix({ ...stall, widestInput: { name: 'x₁', maxAbs: 6 } }, DEFAULT_CONFIG)).toBe(
      'standardize',
    );
  });

  it('offers the suggested settings when the network differs, a lower rate when nothing does', () => {
    const house = { ...DEFAULT_CONFIG, dataset: 'housePrices' as const };
    expect(troubleFix(stall, house)).toBe('suggested');
    const small = { ...stall, widestInput: { name: 'x₁', maxAbs: 1 } };
    expect(troubleFix(small, { ...DEFAULT_CONFIG, learningRate: 3 })).toBe('lowerRate');
  });
});

describe('troubleWords', () => {
  const report: TroubleReport = {
    kind: 'stall',
    fromEpoch: 3,
    toEpoch: 52,
    low: 19_285,
    high: 19_359,
    guessLoss: 19_290,
    learningRate: 0.03,
    saturated: 6,
    units: 6,
    standardized: false,
    widestInput: { name: 'floor area (m²)', maxAbs: 250 },
    dataset: 'housePrices',
    fix: 'standardize',
  };
  const format = (v: number) => String(Math.round(v));

  it('says what happened in the page’s number format, and what to do', () => {
    const w = troubleWords(report, format);
    expect(w.title).toBe('Training has stalled: the network is not learning.');
    expect(w.message).toBe(
      'From epoch 3 to 52 the training loss stayed between 19285 and 19359, no better than always guessing the same answer (19290). 6 of its 6 hidden neurons are saturated: on almost every example they sit where their activation is flat, so its slope, and every gradient through them, is almost 0.',
    );
    expect(w.advice).toMatch(/^Standardise the inputs: floor area \(m²\) reaches 250, far outside/);
    expect(troubleWords({ ...report, fix: 'lowerRate', saturated: 0 }, format)).toMatchObject({
      message: expect.not.stringContaining('saturated') as unknown,
      advice:
        'Start over with a lower learning rate (now 0), so the weights do not grow so large that the neurons saturate.',
    });
  });
});
