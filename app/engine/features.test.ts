import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import {
  FEATURE_INFO,
  applicableFeatures,
  featureColumns,
  mapFeaturesInto,
  selectFeatures,
} from './features';
import { FEATURE_NAMES } from './trainingConfig';
import type { FeatureName } from './trainingConfig';

describe('features', () => {
  it('maps each feature to its value at a known point', () => {
    const expected: Record<FeatureName, number> = {
      x1: 2,
      x2: -3,
      x1sq: 4,
      x2sq: 9,
      x1x2: -6,
      sinx1: Math.sin(2),
      sinx2: Math.sin(-3),
    };
    for (const f of FEATURE_NAMES) {
      const out = new Float64Array(1);
      mapFeaturesInto([2, -3], 0, 2, [f], out, 0);
      expect(out[0]).toBe(expected[f]);
    }
  });

  it('writes one row at the given offsets, leaving the rest of the buffer alone', () => {
    const raw = new Float64Array([9, 9, 1, 2]);
    const out = new Float64Array(6).fill(-1);
    mapFeaturesInto(raw, 2, 2, ['x1', 'x2', 'x1x2'], out, 2);
    expect(Array.from(out)).toEqual([-1, -1, 1, 2, 2, -1]);
  });

  it('lists the applicable features per dimension', () => {
    expect(applicableFeatures(2)).toEqual([...FEATURE_NAMES]);
    expect(applicableFeatures(1)).toEqual(['x1', 'x1sq', 'sinx1']);
    expect(applicableFeatures(3)).toEqual([]);
  });

  it('selects features in canonical order, dropping inapplicable ones and duplicates', () => {
    expect(selectFeatures(2, ['sinx2', 'x1', 'x1'])).toEqual(['x1', 'sinx2']);
    expect(selectFeatures(1, ['x2', 'sinx1', 'x1', 'x1x2'])).toEqual(['x1', 'sinx1']);
    expect(selectFeatures(3, [])).toEqual([]);
  });

  it('skips features a 1-D row lacks when mapping', () => {
    const out = new Float64Array(2);
    mapFeaturesInto([0.5], 0, 1, ['x1', 'x2', 'x1sq'], out, 0);
    expect(Array.from(out)).toEqual([0.5, 0.25]);
  });

  it('copies raw columns when there are more than two', () => {
    const out = new Float64Array(3);
    mapFeaturesInto([7, 8, 9], 0, 3, ['x1sq'], out, 0);
    expect(Array.from(out)).toEqual([7, 8, 9]);
    expect(featureColumns(3, ['x1sq'])).toEqual({ names: ['x₁', 'x₂', 'x₃'], width: 3 });
  });

  it('names the columns with display labels', () => {
    expect(featureColumns(2, ['x1x2', 'x1', 'x2sq'])).toEqual({
      names: ['x₁', 'x₂²', 'x₁x₂'],
      width: 3,
    });
    expect(FEATURE_INFO.sinx1.label).toBe('sin x₁');
  });

  it('rejects an empty or inapplicable choice and unknown names', () => {
    expect(() => featureColumns(2, [])).toThrow(EngineError);
    expect(() => featureColumns(2, [])).toThrow(/^features:.*pick at least one/);
    expect(() => selectFeatures(1, ['x2', 'x2sq'])).toThrow(/pick at least one/);
    expect(() => selectFeatures(2, ['x3'])).toThrow(/^features: got "x3"/);
  });
});
