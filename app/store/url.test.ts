import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_FIELDS,
  DEFAULT_CONFIG,
  VALID_HEADS,
  dimsOf,
  featuresFor,
  isValidConfig,
  problemOf,
  trainingSetSize,
} from '../engine/configRules';
import { DATASET_NAMES } from '../engine/dataset';
import type { DatasetName } from '../engine/dataset';
import { presetFor } from '../engine/presets';
import {
  FEATURE_NAMES,
  HIDDEN_ACTIVATIONS,
  INIT_NAMES,
  OPTIMIZER_NAMES,
  REGULARIZATION_NAMES,
  SCHEDULE_NAMES,
} from '../engine/trainingConfig';
import type { TrainingConfig } from '../engine/trainingConfig';
import { decodeHash, encodeConfig } from './url';

/** Property tests run many cases: sized for a loaded 2-core machine, not Vitest's 5 s. */
const PROPERTY_TIMEOUT_MS = 60_000;

const real = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
const int = (min: number, max: number) => fc.integer({ min, max });

/** The parts of a config that depend on the data set: features, head and loss parameter. */
function datasetParts(dataset: DatasetName) {
  const usable = dimsOf(dataset) > 2 ? [...FEATURE_NAMES] : featuresFor(dataset);
  const features = fc
    .subarray(usable, { minLength: dimsOf(dataset) > 2 ? 0 : 1 })
    .map((fs) => FEATURE_NAMES.filter((f) => fs.includes(f)));
  const head = fc
    .constantFrom(...VALID_HEADS[problemOf(dataset)])
    .chain((h) => fc.record({ output: fc.constant(h.output), loss: fc.constantFrom(...h.losses) }));
  return fc.record({ dataset: fc.constant(dataset), features, head });
}

/** Any valid configuration, built field by field from the rules (not from the sanitizer). */
const validConfig: fc.Arbitrary<TrainingConfig> = fc
  .record({
    parts: fc.constantFrom(...DATASET_NAMES).chain(datasetParts),
    layers: fc.array(
      fc.record({ units: int(1, 16), act: fc.constantFrom(...HIDDEN_ACTIVATIONS) }),
      {
        maxLength: 8,
      },
    ),
    noise: real(0, 1),
    trainRatio: real(0.1, 0.9),
    points: int(10, 2000),
    standardize: fc.boolean(),
    lossParam: real(0.001, 10),
    tau: real(0.001, 0.999),
    init: fc.constantFrom(...INIT_NAMES),
    initScale: real(0, 2),
    optimizer: fc.constantFrom(...OPTIMIZER_NAMES),
    learningRate: real(0.00001, 10),
    momentum: real(0, 0.999),
    beta2: real(0.9, 0.99999),
    schedule: fc.constantFrom(...SCHEDULE_NAMES),
    decayRate: real(0.01, 1),
    decayEvery: int(1, 10000),
    batchShare: real(0, 1),
    regularization: fc.constantFrom(...REGULARIZATION_NAMES),
    regRate: real(0, 1),
    dropout: real(0, 0.9),
    batchNorm: fc.boolean(),
    validation: real(0, 0.5),
    patience: int(0, 1000),
    stopEpochs: int(0, 100000),
    targetLoss: real(0, 10),
    seed: int(0, 2 ** 31 - 1),
  })
  .map(({ parts, layers, tau, batchShare, ...rest }) => {
    const c: TrainingConfig = {
      ...rest,
      dataset: parts.dataset,
      features: parts.features,
      hidden: layers.map((l) => l.units),
      activations: layers.map((l) => l.act),
      outputActivation: parts.head.output,
      loss: parts.head.loss,
      lossParam: parts.head.loss === 'quantile' ? tau : rest.lossParam,
      batchSize: 1,
    };
    c.batchSize = Math.max(1, Math.floor(batchShare * trainingSetSize(c)));
    return c;
  });

describe('encodeConfig', () => {
  it('writes the version, then readable keys with compact values', () => {
    const hash = encodeConfig({ ...DEFAULT_CONFIG, learningRate: 0.03, standardize: true });
    expect(hash.startsWith('v=1&data=circle&')).toBe(true);
    expect(hash).toContain('&lr=0.03&');
    expect(hash).toContain('&layers=4,2&act=tanh,tanh&');
    expect(hash).toContain('&std=1&');
    expect(hash).not.toContain('#');
  });

  it('appends allowed view settings and drops others', () => {
    const hash = encodeConfig(DEFAULT_CONFIG, { log: true, speed: 3, secret: 'x' });
    expect(hash.endsWith('&log=1&speed=3')).toBe(true);
    expect(decodeHash(hash).view).toEqual({ log: '1', speed: '3' });
  });
});

describe('round trip', () => {
  it(
    'reads back every field of any valid configuration exactly, without notices, from a full or a sparse link',
    () => {
      fc.assert(
        fc.property(validConfig, (c) => {
          expect(isValidConfig(c)).toBe(true);
          const { config, notices } = decodeHash(`#${encodeConfig(c)}`);
          expect(notices).toEqual([]);
          expect(config).toEqual(c);
          // A share link leaves the defaults out; they read back as the same configuration.
          const sparse = decodeHash(`#${encodeConfig(c, {}, undefined, true)}`);
          expect(sparse.notices).toEqual([]);
          expect(sparse.config).toEqual(c);
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('round-trips every preset and empty lists', () => {
    for (const d of DATASET_NAMES)
      expect(decodeHash(encodeConfig(presetFor(d))).config).toEqual(presetFor(d));
    const bare = { ...DEFAULT_CONFIG, hidden: [], activations: [] };
    expect(decodeHash(encodeConfig(bare)).config).toEqual(bare);
  });
});

describe('decodeHash on bad links', () => {
  it('repairs the issue’s hostile link with a notice per bad field', () => {
    const { config, notices } = decodeHash('#lr=-1&layers=99999&data=<script>');
    expect(isValidConfig(config)).toBe(true);
    expect(config).toMatchObject({ learningRate: 0.00001, hidden: [16], dataset: 'circle' });
    const fields = notices.map((n) => n.field);
    expect(fields).toEqual(expect.arrayContaining(['v', 'learningRate', 'hidden', 'dataset']));
    expect(notices.find((n) => n.field === 'dataset')?.message).toContain('<script>');
  });

  it('reads an empty hash as the defaults, quietly', () => {
    for (const h of ['', '#'])
      expect(decodeHash(h)).toEqual({ config: DEFAULT_CONFIG, view: {}, notices: [] });
  });

  it('reads a missing version as v1 and gives the defaults for a newer one', () => {
    const old = decodeHash('data=xor');
    expect(old.config.dataset).toBe('xor');
    expect(old.notices.map((n) => n.field)).toEqual(['v']);
    const future = decodeHash('#v=2&data=xor');
    expect(future.config).toEqual(DEFAULT_CONFIG);
    expect(future.notices[0]?.message).toMatch(/newer version/);
  });

  it('names unknown keys, repeated keys and broken escapes', () => {
    const { config, notices } = decodeHash('v=1&lr=0.5&lr=0.2&zzz=1&noise=%E0%A4%A');
    expect(config.learningRate).toBe(0.2);
    expect(config.noise).toBe(DEFAULT_CONFIG.noise);
    const text = notices.map((n) => n.message).join('\n');
    expect(text).toContain('"lr" appears more than once');
    expect(text).toContain('"zzz"');
    expect(notices.map((n) => n.field)).toContain('noise');
  });

  it('keeps the number of notices small for a flood of unknown keys', () => {
    const flood = Array.from({ length: 5000 }, (_, i) => `k${i}=1`).join('&');
    const { notices } = decodeHash(`v=1&${flood}`);
    expect(notices.length).toBeLessThanOrEqual(6);
  });

  it(
    'never throws and always yields a valid configuration',
    () => {
      const keys = [
        ...Object.values(CONFIG_FIELDS).map((f) => f.key),
        'v',
        'log',
        '__proto__',
        'x',
      ];
      const pair = fc
        .tuple(
          fc.oneof(fc.constantFrom(...keys), fc.string()),
          fc.oneof(
            fc.string(),
            fc.string({ unit: 'binary' }),
            fc.double().map(String),
            fc.constantFrom('<script>alert(1)</script>', '%', '%E0%A4', '1e999', '-0', '8,,8', ''),
          ),
        )
        .map(([k, v]) => `${k}=${v}`);
      const hash = fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.array(pair, { maxLength: 40 }).map((ps) => `#${ps.join('&')}`),
        validConfig
          .map((c) => encodeConfig(c))
          .chain((h) => fc.nat(h.length).map((n) => h.slice(0, n))),
      );
      fc.assert(
        fc.property(hash, (h) => {
          const { config, notices } = decodeHash(h);
          expect(isValidConfig(config)).toBe(true);
          for (const n of notices) expect(typeof n.message).toBe('string');
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('copes with a 100 KB link', () => {
    const huge = `#v=1&data=${'spiral'.repeat(20_000)}&lr=0.1`;
    const { config, notices } = decodeHash(huge);
    expect(isValidConfig(config)).toBe(true);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n) => n.message.length < 200)).toBe(true);
  });
});
