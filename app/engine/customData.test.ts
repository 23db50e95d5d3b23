import { describe, expect, it } from 'vitest';
import { sameConfig, sanitizeConfig } from './configRules';
import { CUSTOM_DATASETS, customDataProblem, customDataset, isCustomDataset } from './customData';
import type { CustomData } from './customData';
import { presetFor } from './presets';
import { prepareData } from './prepareData';
import { TrainingSession } from './session';

const drawn: CustomData = {
  name: 'Drawn points',
  problem: 'binary',
  dims: 2,
  inputNames: ['x₁', 'x₂'],
  targetName: 'class',
  classNames: ['A', 'B'],
  x: [-3, -3, -2, -3, -3, -2, 3, 3, 2, 3, 3, 2],
  y: [0, 0, 0, 1, 1, 1],
  domain: [
    [-6, 6],
    [-6, 6],
  ],
};

describe('custom data', () => {
  it('names one data set per problem type', () => {
    expect(isCustomDataset('customBinary')).toBe(true);
    expect(isCustomDataset('circle')).toBe(false);
    expect(CUSTOM_DATASETS.regression).toBe('customValues');
  });

  it('finds malformed data', () => {
    expect(customDataProblem(drawn)).toBeNull();
    expect(customDataProblem({ ...drawn, x: drawn.x.slice(1) })).toMatch(/6 × 2/);
    expect(customDataProblem({ ...drawn, y: [0, 0, 0, 0, 0, 0] })).toMatch(/same class/);
    expect(customDataProblem({ ...drawn, y: [0, 0, 0, 1, 1, 2] })).toMatch(/class index/);
    expect(customDataProblem({ ...drawn, x: [NaN, ...drawn.x.slice(1)] })).toMatch(/x\[0\]/);
  });

  it('becomes a Dataset with a fitted domain when none is given', () => {
    const d = customDataset({ ...drawn, domain: undefined });
    expect(d.name).toBe('customBinary');
    expect(d.classes).toBe(2);
    expect(d.domain[0]![0]).toBeCloseTo(-3.3);
    expect(d.domain[0]![1]).toBeCloseTo(3.3);
  });

  it('presets for custom data are valid configurations', () => {
    for (const name of Object.values(CUSTOM_DATASETS)) {
      const cfg = presetFor(name);
      expect(sameConfig(sanitizeConfig(cfg).config, cfg)).toBe(true);
    }
  });

  it('prepareData uses the given data and splits it deterministically', () => {
    const cfg = { ...presetFor('customBinary'), trainRatio: 0.5 };
    const a = prepareData(cfg, undefined, customDataset(drawn));
    const b = prepareData(cfg, undefined, customDataset(drawn));
    expect(a.dataset.n).toBe(6);
    expect(a.train.n + a.test.n).toBe(6);
    expect([...a.train.rows]).toEqual([...b.train.rows]);
    expect(() => prepareData(cfg)).toThrow(/user’s data/);
    expect(() => prepareData(presetFor('customValues'), undefined, customDataset(drawn))).toThrow(
      /regression/,
    );
  });

  it('a session trains on drawn points until it separates them', () => {
    const cfg = { ...presetFor('customBinary'), trainRatio: 0.9, learningRate: 0.3, batchSize: 5 };
    const s = new TrainingSession(cfg, customDataset(drawn));
    for (let i = 0; i < 300; i++) s.stepEpoch();
    expect(s.train.accuracy).toBe(1);
  });
});
