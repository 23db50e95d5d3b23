import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_FIELDS,
  DEFAULT_CONFIG,
  VALID_HEADS,
  batchKind,
  defaultHead,
  isValidConfig,
  isValidHead,
  lossesFor,
  outputsFor,
  problemOf,
  sanitizeConfig,
  trainingSetSize,
} from './configRules';
import type { TrainingConfig } from './trainingConfig';
import { LOSS_NAMES } from './trainingConfig';
import { DATASET_NAMES } from './dataset';

const fieldsOf = (notices: { field: string }[]) => notices.map((n) => n.field);

describe('field table and defaults', () => {
  it('has a unique URL key for every field, and v is reserved', () => {
    const keys = Object.values(CONFIG_FIELDS).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('v');
    expect(Object.keys(CONFIG_FIELDS).sort()).toEqual(Object.keys(DEFAULT_CONFIG).sort());
  });

  it('gives a label and an explanation for every field', () => {
    for (const f of Object.values(CONFIG_FIELDS)) {
      expect(f.label.length).toBeGreaterThan(0);
      expect(f.explanation.length).toBeGreaterThan(10);
    }
  });

  it('has a valid default that sanitizes without notices', () => {
    expect(isValidConfig(DEFAULT_CONFIG)).toBe(true);
    const { config, notices } = sanitizeConfig(DEFAULT_CONFIG);
    expect(notices).toEqual([]);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(config.hidden).not.toBe(DEFAULT_CONFIG.hidden);
  });
});

describe('heads', () => {
  it('puts the defaults first and reaches every engine loss', () => {
    expect(defaultHead('binary')).toEqual({ output: 'sigmoid', loss: 'bce' });
    expect(defaultHead('multiclass')).toEqual({ output: 'softmax', loss: 'crossEntropy' });
    expect(defaultHead('regression')).toEqual({ output: 'linear', loss: 'mse' });
    const reachable = new Set(
      Object.values(VALID_HEADS).flatMap((hs) => hs.flatMap((h) => h.losses)),
    );
    for (const loss of LOSS_NAMES) expect(reachable).toContain(loss);
  });

  it('answers which pairs are valid', () => {
    expect(isValidHead('binary', 'tanh', 'hinge')).toBe(true);
    expect(isValidHead('binary', 'softmax', 'crossEntropy')).toBe(false);
    expect(isValidHead('regression', 'relu', 'mse')).toBe(true);
    expect(isValidHead('regression', 'relu', 'mae')).toBe(false);
    expect(outputsFor('multiclass')).toEqual(['softmax']);
    expect(lossesFor('binary', 'relu')).toEqual([]);
    expect(lossesFor('regression', 'linear')[0]).toBe('mse');
  });

  it('knows each data set’s problem', () => {
    expect(problemOf('moons')).toBe('binary');
    expect(problemOf('spiral3')).toBe('multiclass');
    expect(problemOf('housePrices')).toBe('regression');
  });
});

describe('training-set size and batch kind', () => {
  it('rounds points × ratio, and uses 8 rows for studyHours', () => {
    expect(trainingSetSize({ dataset: 'circle', points: 401, trainRatio: 0.5 })).toBe(201);
    expect(trainingSetSize({ dataset: 'studyHours', points: 400, trainRatio: 0.5 })).toBe(4);
    expect(trainingSetSize({ dataset: 'studyHours', points: 400, trainRatio: 0.1 })).toBe(1);
  });

  it('names the regime', () => {
    expect(batchKind(1, 200)).toBe('stochastic');
    expect(batchKind(10, 200)).toBe('mini-batch');
    expect(batchKind(200, 200)).toBe('full batch');
    expect(batchKind(1, 1)).toBe('full batch');
  });
});

describe('sanitizeConfig', () => {
  it('returns the defaults with a notice for non-objects', () => {
    for (const input of [null, 42, 'lr=1', [1, 2], true]) {
      const { config, notices } = sanitizeConfig(input);
      expect(config).toEqual(DEFAULT_CONFIG);
      expect(notices).toHaveLength(1);
    }
  });

  it('fills missing fields silently', () => {
    const { config, notices } = sanitizeConfig({ learningRate: 0.1 });
    expect(notices).toEqual([]);
    expect(config).toEqual({ ...DEFAULT_CONFIG, learningRate: 0.1 });
  });

  it('clamps out-of-range numbers with a notice naming the field', () => {
    const { config, notices } = sanitizeConfig({ learningRate: -1, noise: 5, points: 3.6 });
    expect(config.learningRate).toBe(0.00001);
    expect(config.noise).toBe(1);
    expect(config.points).toBe(10);
    expect(fieldsOf(notices)).toEqual(expect.arrayContaining(['learningRate', 'noise', 'points']));
    expect(notices.find((n) => n.field === 'learningRate')?.message).toMatch(/^Learning rate: /);
  });

  it('replaces wrong types and unknown names by the default, quoting at most 40 characters', () => {
    const long = `<script>${'x'.repeat(500)}`;
    const { config, notices } = sanitizeConfig({
      dataset: long,
      optimizer: 3,
      standardize: 'yes',
      seed: NaN,
    });
    expect(config.dataset).toBe(DEFAULT_CONFIG.dataset);
    expect(config.optimizer).toBe(DEFAULT_CONFIG.optimizer);
    expect(config.standardize).toBe(false);
    expect(config.seed).toBe(1);
    expect(fieldsOf(notices).sort()).toEqual(['dataset', 'optimizer', 'seed', 'standardize']);
    const quoted = notices[0]?.message.match(/"([^"]*)"/)?.[1] ?? '';
    expect(quoted.length).toBeLessThanOrEqual(40);
  });

  it('reads strings as numbers, booleans and lists', () => {
    const { config, notices } = sanitizeConfig({
      learningRate: '0.3',
      batchNorm: '1',
      hidden: '8,8,3',
      activations: 'relu,tanh,elu',
    });
    expect(notices).toEqual([]);
    expect(config).toMatchObject({
      learningRate: 0.3,
      batchNorm: true,
      hidden: [8, 8, 3],
      activations: ['relu', 'tanh', 'elu'],
    });
  });

  it('cuts layers to 8 of at most 16 units and matches the activations to them', () => {
    const { config, notices } = sanitizeConfig({
      hidden: Array(100_000).fill(99),
      activations: ['relu'],
    });
    expect(config.hidden).toEqual(Array(8).fill(16));
    expect(config.activations).toEqual(Array(8).fill('relu'));
    expect(fieldsOf(notices)).toContain('hidden');
    expect(fieldsOf(notices)).toContain('activations');
    expect(notices.length).toBeLessThan(20);
  });

  it('repairs a head that does not suit the data set', () => {
    const multi = sanitizeConfig({ dataset: 'blobs3', outputActivation: 'sigmoid', loss: 'bce' });
    expect(multi.config).toMatchObject({ outputActivation: 'softmax', loss: 'crossEntropy' });
    expect(fieldsOf(multi.notices)).toEqual(['loss']);
    // A valid output keeps its place; only the loss changes.
    const reg = sanitizeConfig({
      dataset: 'sine',
      features: ['x1'],
      outputActivation: 'relu',
      loss: 'huber',
    });
    expect(reg.config).toMatchObject({ outputActivation: 'relu', loss: 'mse' });
    // Not asked for explicitly: repaired silently.
    expect(sanitizeConfig({ dataset: 'plane' }).notices).toEqual([]);
  });

  it('keeps the quantile τ strictly inside (0, 1)', () => {
    const base = { dataset: 'plane', outputActivation: 'linear', loss: 'quantile' };
    const { config, notices } = sanitizeConfig({ ...base, lossParam: 3 });
    expect(config.lossParam).toBe(0.5);
    expect(fieldsOf(notices)).toEqual(['lossParam']);
    expect(sanitizeConfig({ ...base, lossParam: 0.9 }).config.lossParam).toBe(0.9);
  });

  it('keeps the applicable features in canonical order', () => {
    const sine = sanitizeConfig({ dataset: 'sine', features: ['sinx1', 'x2', 'x1', 'x1'] });
    expect(sine.config.features).toEqual(['x1', 'sinx1']);
    expect(fieldsOf(sine.notices)).toEqual(['features']);
    const none = sanitizeConfig({ dataset: 'sine', features: ['x2'] });
    expect(none.config.features).toEqual(['x1']);
    expect(sanitizeConfig({ dataset: 'circle', features: [] }).config.features).toEqual([
      'x1',
      'x2',
    ]);
    expect(sanitizeConfig({ dataset: 'studyHours', features: [] }).config.features).toEqual([]);
  });

  it('clamps the batch size to the training-set size', () => {
    const { config, notices } = sanitizeConfig({ points: 100, trainRatio: 0.5, batchSize: 2000 });
    expect(config.batchSize).toBe(50);
    expect(fieldsOf(notices)).toEqual(['batchSize']);
    expect(sanitizeConfig({ dataset: 'studyHours' }).config.batchSize).toBe(4);
  });

  it('never throws and always returns a valid config, whose second pass is silent', () => {
    const field = fc.constantFrom(...(Object.keys(DEFAULT_CONFIG) as (keyof TrainingConfig)[]));
    const value = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.string(),
      fc.constantFrom(...DATASET_NAMES, 'softmax', 'quantile', 'relu', 'x1', '8,8'),
      fc.array(fc.oneof(fc.integer({ min: -5, max: 30 }), fc.constantFrom('tanh', 'x1', 'x2sq'))),
    );
    const input = fc.oneof(fc.anything(), fc.dictionary(field, value));
    fc.assert(
      fc.property(input, (raw) => {
        const { config } = sanitizeConfig(raw);
        expect(isValidConfig(config)).toBe(true);
        const again = sanitizeConfig(config);
        expect(again.notices).toEqual([]);
        expect(again.config).toEqual(config);
      }),
      { numRuns: 3000 },
    );
    // A property over many random inputs: on a busy 2-core machine it takes seconds.
  }, 30_000);

  it('survives objects whose getters throw', () => {
    const hostile = Object.defineProperty({}, 'learningRate', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const { config, notices } = sanitizeConfig(hostile);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(notices.length).toBeGreaterThan(0);
  });
});

describe('isValidConfig', () => {
  it('rejects each kind of broken config', () => {
    const broken: Partial<TrainingConfig>[] = [
      { learningRate: 0 },
      { points: 10.5 },
      { activations: ['tanh'] },
      { loss: 'mse', outputActivation: 'softmax' },
      { features: ['x2', 'x1'] },
      { batchSize: 201 },
      { noise: -0 },
    ];
    expect(isValidConfig({ ...DEFAULT_CONFIG, batchSize: 200 })).toBe(true);
    for (const b of broken) expect(isValidConfig({ ...DEFAULT_CONFIG, ...b })).toBe(false);
    expect(isValidConfig(null)).toBe(false);
  });
});
