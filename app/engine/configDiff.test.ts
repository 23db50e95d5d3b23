import { describe, expect, it } from 'vitest';
import { CONFIG_FIELDS, DEFAULT_CONFIG, type FieldSpec } from './configFields';
import { copyConfig, diffConfig, fitActivations, sameConfig } from './configRules';
import type { TrainingConfig } from './trainingConfig';

const with_ = (patch: Partial<TrainingConfig>) => ({ ...copyConfig(DEFAULT_CONFIG), ...patch });

/** A value of the field's type that differs from `current`. */
function otherValue(spec: FieldSpec, current: unknown): unknown {
  switch (spec.kind) {
    case 'enum':
      return spec.values.find((v) => v !== current);
    case 'boolean':
      return !current;
    case 'number':
      return current === spec.max ? spec.min : spec.max;
    case 'enumList':
      return (current as unknown[]).length === 1 ? [spec.values[1]] : [spec.values[0]];
    case 'intList':
      return [...(current as number[]), spec.min];
  }
}

describe('diffConfig', () => {
  it('reports each field it changes, with the need that field declares', () => {
    for (const field of Object.keys(CONFIG_FIELDS) as (keyof TrainingConfig)[]) {
      const spec = CONFIG_FIELDS[field];
      const next = with_({ [field]: otherValue(spec, DEFAULT_CONFIG[field]) });
      expect(diffConfig(DEFAULT_CONFIG, next), field).toEqual({
        changed: [field],
        needs: spec.change,
      });
    }
  });

  it('compares lists by content, and nothing changed needs nothing', () => {
    expect(diffConfig(DEFAULT_CONFIG, copyConfig(DEFAULT_CONFIG))).toEqual({
      changed: [],
      needs: 'none',
    });
    expect(sameConfig(DEFAULT_CONFIG, copyConfig(DEFAULT_CONFIG))).toBe(true);
    expect(sameConfig(DEFAULT_CONFIG, with_({ hidden: [4, 3] }))).toBe(false);
  });

  it('names the costliest need when several fields change', () => {
    expect(diffConfig(DEFAULT_CONFIG, with_({ learningRate: 1, hidden: [2] })).needs).toBe('model');
    expect(diffConfig(DEFAULT_CONFIG, with_({ seed: 3, learningRate: 1, hidden: [2] }))).toEqual({
      changed: ['hidden', 'learningRate', 'seed'],
      needs: 'data',
    });
  });

  it('keeps the classic classification: data, model and live settings', () => {
    const needs = (p: Partial<TrainingConfig>) => diffConfig(DEFAULT_CONFIG, with_(p)).needs;
    for (const p of [
      { dataset: 'xor' },
      { noise: 0.2 },
      { seed: 2 },
      { standardize: true },
    ] as const)
      expect(needs(p)).toBe('data');
    for (const p of [
      { init: 'he' },
      { dropout: 0.2 },
      { batchNorm: true },
      { lossParam: 2 },
    ] as const)
      expect(needs(p)).toBe('model');
    for (const p of [{ learningRate: 0.1 }, { optimizer: 'adam' }, { batchSize: 20 }] as const)
      expect(needs(p)).toBe('live');
  });
});

describe('fitActivations', () => {
  it('truncates, or repeats the last activation (tanh when there is none)', () => {
    expect(fitActivations(['relu', 'tanh'], 1)).toEqual(['relu']);
    expect(fitActivations(['relu', 'elu'], 4)).toEqual(['relu', 'elu', 'elu', 'elu']);
    expect(fitActivations([], 2)).toEqual(['tanh', 'tanh']);
  });
});
