import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  defaultHead,
  isValidConfig,
  problemOf,
  sanitizeConfig,
} from './configRules';
import { DATASET_NAMES } from './dataset';
import { PRESETS, presetFor } from './presets';
import { TrainingSession } from './session';

describe('presets', () => {
  it.each(DATASET_NAMES)('%s sanitizes with zero notices', (dataset) => {
    const { config, notices } = sanitizeConfig({ ...DEFAULT_CONFIG, ...PRESETS[dataset], dataset });
    expect(notices).toEqual([]);
    expect(isValidConfig(config)).toBe(true);
    expect(presetFor(dataset)).toEqual(config);
    expect(config.dataset).toBe(dataset);
  });

  it('uses the problem’s default head', () => {
    for (const d of DATASET_NAMES) {
      const c = presetFor(d);
      expect({ output: c.outputActivation, loss: c.loss }).toEqual(defaultHead(problemOf(d)));
    }
  });

  it('keeps the default page as the circle preset', () => {
    expect(presetFor('circle')).toEqual(DEFAULT_CONFIG);
  });

  it('gives the spiral engineered features and standardises the regression tables', () => {
    expect(presetFor('spiral').features.length).toBeGreaterThan(2);
    expect(presetFor('housePrices')).toMatchObject({ standardize: true, hidden: [] });
    expect(presetFor('studyHours').standardize).toBe(true);
  });
});

describe('presets learn', () => {
  it.each(DATASET_NAMES)('%s lowers its training loss within 60 epochs', (dataset) => {
    const session = new TrainingSession(presetFor(dataset));
    session.evaluateAll();
    const before = session.train.loss;
    for (let e = 0; e < 60; e++) session.stepEpoch();
    session.evaluateAll();
    expect(session.train.loss).toBeLessThan(0.8 * before);
  });

  it('circle separates its classes within 100 epochs', () => {
    const session = new TrainingSession(presetFor('circle'));
    for (let e = 0; e < 100; e++) session.stepEpoch();
    session.evaluateAll();
    expect(session.test.accuracy).toBeGreaterThan(0.9);
  });
});
