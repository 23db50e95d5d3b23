import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configFields';
import {
  defaultSweepValues,
  parseSweepValues,
  SWEEP_PARAMETERS,
  sweepConfig,
  sweepRunLabel,
  type SweepParameter,
} from './sweepPlan';
import { isValidConfig } from './configRules';
import { diffConfig } from './configDiff';

const PARAMS = Object.keys(SWEEP_PARAMETERS) as SweepParameter[];

describe('sweep values', () => {
  it('offers 3 to 6 default values for every parameter, each giving a valid configuration', () => {
    for (const p of PARAMS) {
      const values = defaultSweepValues(p, DEFAULT_CONFIG);
      expect(values.length, p).toBeGreaterThanOrEqual(3);
      expect(values.length, p).toBeLessThanOrEqual(6);
      const text = values.join(', ');
      expect(parseSweepValues(p, text), p).toEqual({ ok: true, values });
      for (const v of values)
        expect(isValidConfig(sweepConfig(DEFAULT_CONFIG, p, v)), `${p} ${v}`).toBe(true);
    }
    expect(defaultSweepValues('learningRate', DEFAULT_CONFIG)).toEqual([
      0.003, 0.01, 0.03, 0.09, 0.3,
    ]);
  });

  it('refuses too few or too many values, repeats, and values outside the field’s range', () => {
    expect(parseSweepValues('learningRate', '0.1 0.2')).toEqual({
      ok: false,
      error: 'A sweep needs 3 to 6 values; 2 given.',
    });
    expect(parseSweepValues('learningRate', '1,2,3,4,5,6,7').ok).toBe(false);
    expect(parseSweepValues('learningRate', '0.1, 0.1, 1')).toEqual({
      ok: false,
      error: 'Each value may appear once.',
    });
    expect(parseSweepValues('learningRate', '0.1, 20, 1')).toEqual({
      ok: false,
      error: 'Learning rate 20 is outside 0.00001 to 10.'.replace('0.00001', String(1e-5)),
    });
    expect(parseSweepValues('batchSize', '1, 2.5, 10')).toEqual({
      ok: false,
      error: 'Batch size 2.5 is not a whole number.',
    });
    expect(parseSweepValues('width', '1, 4, 17').ok).toBe(false);
    expect(parseSweepValues('init', 'he, xavier, magic')).toMatchObject({ ok: false });
    expect(parseSweepValues('dropout', 'a, b, c')).toEqual({
      ok: false,
      error: '"a" is not a number.',
    });
  });

  it('changes only the swept hyperparameter (the seed and data stay)', () => {
    const changed = (p: SweepParameter, v: number | string) =>
      diffConfig(DEFAULT_CONFIG, sweepConfig(DEFAULT_CONFIG, p, v as never)).changed;
    expect(changed('learningRate', 0.3)).toEqual(['learningRate']);
    expect(changed('batchSize', 50)).toEqual(['batchSize']);
    expect(changed('width', 8)).toEqual(['hidden']);
    expect(sweepConfig(DEFAULT_CONFIG, 'width', 8).hidden).toEqual([8, 8]);
    expect(changed('l2', 0.01)).toEqual(['regularization', 'regRate']);
    expect(changed('init', 'he')).toEqual(['init']);
    expect(sweepRunLabel('learningRate', 0.03)).toBe('lr 0.03');
  });
});
