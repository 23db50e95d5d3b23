import { describe, expect, it } from 'vitest';
import { CONFIG_FIELDS, DEFAULT_CONFIG } from '../engine/configFields';
import type { TrainingConfig } from '../engine/trainingConfig';
import { differenceRows, differenceSummary, formatField } from './runDifferences';

const with_ = (patch: Partial<TrainingConfig>): TrainingConfig => ({ ...DEFAULT_CONFIG, ...patch });

describe('differenceRows', () => {
  it('names each differing field once, in the configuration table order, with every value', () => {
    const live = with_({ learningRate: 0.3, dropout: 0 });
    const pins = [with_({ learningRate: 0.03 }), with_({ learningRate: 0.3, dropout: 0.5 })];
    expect(differenceRows(live, pins)).toEqual([
      { field: 'learningRate', label: 'Learning rate', live: '0.3', others: ['0.03', '0.3'] },
      { field: 'dropout', label: 'Dropout', live: '0', others: ['0', '0.5'] },
    ]);
  });

  it('has a row for every field of CONFIG_FIELDS that differs, and none when nothing does', () => {
    expect(differenceRows(DEFAULT_CONFIG, [DEFAULT_CONFIG])).toEqual([]);
    const fields = Object.keys(CONFIG_FIELDS) as (keyof TrainingConfig)[];
    const all = with_({
      seed: 7,
      hidden: [3],
      batchNorm: true,
      init: 'he',
      features: ['x1'],
    });
    const rows = differenceRows(DEFAULT_CONFIG, [all]).map((r) => r.field);
    expect(rows).toEqual(
      fields.filter((f) => ['seed', 'hidden', 'batchNorm', 'init', 'features'].includes(f)),
    );
  });

  it('writes values by their kind, options by the label given', () => {
    expect(formatField('hidden', [4, 2])).toBe('4, 2');
    expect(formatField('batchNorm', false)).toBe('off');
    expect(formatField('init', 'he', (_f, v) => (v === 'he' ? 'He' : undefined))).toBe('He');
    expect(formatField('features', [])).toBe('none');
    expect(formatField('learningRate', 0.03)).toBe('0.03');
    expect(formatField('learningRate', 0.00001)).toBe('1×10⁻⁵');
    expect(formatField('learningRate', 0.30000000000000004)).toBe('0.3');
  });

  it('sums one run against another in a line', () => {
    expect(differenceSummary(with_({ learningRate: 0.03 }), with_({ learningRate: 0.3 }))).toBe(
      'Learning rate 0.03 vs 0.3',
    );
    expect(differenceSummary(DEFAULT_CONFIG, DEFAULT_CONFIG)).toBe('same settings');
  });
});
