import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../engine/configRules';
import { readAnswer, verifyCheckpoint } from './checkpoints';
import type { CheckContext } from './checkpoints';

function ctx(
  patch: Partial<CheckContext> = {},
  run: Partial<CheckContext['run']> = {},
): CheckContext {
  return {
    run: {
      status: 'paused',
      trainLoss: 0.2,
      testLoss: 0.08,
      trainAccuracy: 0.9,
      testAccuracy: 0.97,
      epoch: 120,
      step: 1200,
      ...run,
    },
    config: { ...DEFAULT_CONFIG, hidden: [3, 1], activations: ['tanh', 'tanh'] },
    parameterCount: 17,
    widgets: {},
    ...patch,
  };
}

describe('verifyCheckpoint', () => {
  it('run: passes below a threshold and fails above it', () => {
    expect(verifyCheckpoint({ kind: 'run', metric: 'testLoss', below: 0.1 }, ctx()).passed).toBe(
      true,
    );
    expect(verifyCheckpoint({ kind: 'run', metric: 'testLoss', below: 0.05 }, ctx()).passed).toBe(
      false,
    );
    expect(
      verifyCheckpoint({ kind: 'run', metric: 'testAccuracy', above: 0.95 }, ctx()).passed,
    ).toBe(true);
  });

  it('run: NaN (no run yet) and a missing configuration never pass', () => {
    expect(
      verifyCheckpoint({ kind: 'run', metric: 'testLoss', below: 1 }, ctx({}, { testLoss: NaN }))
        .passed,
    ).toBe(false);
    expect(
      verifyCheckpoint({ kind: 'run', metric: 'testLoss', below: 1 }, ctx({ config: null })).passed,
    ).toBe(false);
  });

  it('run: enforces size limits, required settings and an epoch budget', () => {
    const base = { kind: 'run', metric: 'testLoss', below: 0.1 } as const;
    expect(verifyCheckpoint({ ...base, maxHiddenUnits: 4 }, ctx()).passed).toBe(true);
    expect(verifyCheckpoint({ ...base, maxHiddenUnits: 3 }, ctx()).detail).toMatch(
      /4 hidden neurons/,
    );
    expect(verifyCheckpoint({ ...base, below: 0.01 }, ctx()).detail).toMatch(
      /the test loss is 0.08/,
    );
    expect(verifyCheckpoint({ ...base, maxParameters: 16 }, ctx()).passed).toBe(false);
    expect(verifyCheckpoint({ ...base, maxParameters: 17 }, ctx()).passed).toBe(true);
    expect(verifyCheckpoint({ ...base, require: { dataset: 'circle' } }, ctx()).passed).toBe(true);
    expect(verifyCheckpoint({ ...base, require: { dataset: 'xor' } }, ctx()).passed).toBe(false);
    expect(verifyCheckpoint({ ...base, require: { hidden: [3, 1] } }, ctx()).passed).toBe(true);
    expect(verifyCheckpoint({ ...base, maxEpoch: 100 }, ctx()).passed).toBe(false);
    expect(verifyCheckpoint({ ...base, maxEpoch: 200 }, ctx()).passed).toBe(true);
    expect(verifyCheckpoint({ ...base, minEpoch: 200 }, ctx()).passed).toBe(false);
    expect(verifyCheckpoint({ ...base, minEpoch: 100 }, ctx()).passed).toBe(true);
  });

  it('widget: reads the number a widget publishes', () => {
    const spec = { kind: 'widget', widget: 'single-neuron', metric: 'cost', below: 600 } as const;
    expect(verifyCheckpoint(spec, ctx()).passed).toBe(false);
    expect(
      verifyCheckpoint(spec, ctx({ widgets: { 'single-neuron': { cost: 512 } } })).passed,
    ).toBe(true);
    expect(
      verifyCheckpoint(spec, ctx({ widgets: { 'single-neuron': { cost: 700 } } })).passed,
    ).toBe(false);
  });

  it('answer: compares the typed number with the value the app computed', () => {
    const spec = {
      kind: 'answer',
      widget: 'forward-pass',
      metric: 'output',
      tolerance: 0.01,
    } as const;
    const c = ctx({ widgets: { 'forward-pass': { output: 0.4321 } } });
    expect(verifyCheckpoint(spec, c, '0.43').passed).toBe(true);
    expect(verifyCheckpoint(spec, c, '0,44').passed).toBe(true);
    expect(verifyCheckpoint(spec, c, '0.45').passed).toBe(false);
    expect(verifyCheckpoint(spec, c, 'abc').passed).toBe(false);
    expect(verifyCheckpoint(spec, ctx(), '0.43').passed).toBe(false);
    expect(verifyCheckpoint({ kind: 'answer', value: -2, tolerance: 0 }, ctx(), '−2').passed).toBe(
      true,
    );
  });

  it('choice: only the correct option passes', () => {
    const spec = { kind: 'choice', options: ['a', 'b', 'c'], correct: 2 } as const;
    expect(verifyCheckpoint(spec, ctx(), '2').passed).toBe(true);
    expect(verifyCheckpoint(spec, ctx(), '1').passed).toBe(false);
    expect(verifyCheckpoint(spec, ctx(), '').passed).toBe(false);
  });
});

describe('readAnswer', () => {
  it('reads decimals, signs and exponents, and refuses other text', () => {
    expect(readAnswer(' 0.5 ')).toBe(0.5);
    expect(readAnswer('-.25')).toBe(-0.25);
    expect(readAnswer('1e-3')).toBe(0.001);
    expect(readAnswer('')).toBeNaN();
    expect(readAnswer('0x10')).toBeNaN();
    expect(readAnswer('1/2')).toBeNaN();
  });
});

describe('checkpoints that judge the whole run', () => {
  const history = (losses: number[]) => ({
    length: losses.length,
    epoch: losses.map((_, i) => i),
    trainLoss: losses,
    testLoss: losses,
    trainAccuracy: losses.map(() => NaN),
    testAccuracy: losses.map(() => NaN),
  });
  const budget = { kind: 'run', metric: 'trainLoss', below: 0.05, maxEpoch: 1 } as const;

  it('pass an epoch budget when the goal was met in time, however long Play ran on', () => {
    // Batch size 1: below the goal after epoch 1, then Play kept going to epoch 3701.
    const h = history([12, 0.01, ...Array.from({ length: 3700 }, () => 0.009)]);
    const v = verifyCheckpoint(budget, ctx({ history: h }, { epoch: 3701, trainLoss: 0.009 }));
    expect(v).toEqual({ passed: true, detail: expect.stringContaining('at epoch 1, within') });
  });

  it('say when the goal was first met too late, or not yet', () => {
    const late = verifyCheckpoint(
      budget,
      ctx({ history: history([12, 3, 0.01]) }, { epoch: 2, trainLoss: 0.01 }),
    );
    expect(late.passed).toBe(false);
    expect(late.detail).toContain('First reached at epoch 2: too late');
    const spent = verifyCheckpoint(
      budget,
      ctx({ history: history([12, 3, 1]) }, { epoch: 2, trainLoss: 1 }),
    );
    expect(spent.detail).toContain('budget (1) is spent');
    const open = verifyCheckpoint(
      budget,
      ctx({ history: history([12]) }, { epoch: 0, trainLoss: 12 }),
    );
    expect(open.passed).toBe(false);
    expect(open.detail).toContain('must be below');
  });

  it('early stopping: needs it on, and the run to have ended by itself', () => {
    const spec = { kind: 'run', metric: 'testLoss', below: 0.1, stoppedEarly: true } as const;
    const on = { ...DEFAULT_CONFIG, validation: 0.25, patience: 20 };
    expect(
      verifyCheckpoint(spec, ctx({ config: { ...DEFAULT_CONFIG } }, { status: 'done' })).detail,
    ).toContain('Turn on early stopping');
    expect(verifyCheckpoint(spec, ctx({ config: on }, { status: 'training' })).passed).toBe(false);
    expect(verifyCheckpoint(spec, ctx({ config: on }, { status: 'done' })).passed).toBe(true);
    expect(
      verifyCheckpoint(spec, ctx({ config: on }, { status: 'done', testLoss: 0.2 })).passed,
    ).toBe(false);
  });
});

describe('targeted feedback', () => {
  it('names a common mistake of a computed answer', () => {
    const spec = {
      kind: 'answer',
      value: 1.6667,
      tolerance: 0.01,
      mistakes: [
        { times: 2, say: 'that is the mean of the squares; the loss is half of each square.' },
        { value: 5, say: 'that is the sum; the cost is the mean.' },
      ],
    } as const;
    expect(verifyCheckpoint(spec, ctx(), '3.333').detail).toContain('half of each square');
    expect(verifyCheckpoint(spec, ctx(), '5').detail).toContain('the cost is the mean');
    expect(verifyCheckpoint(spec, ctx(), '2.5').detail).toBe('2.5 is not it yet.');
    expect(verifyCheckpoint(spec, ctx(), '1.67').passed).toBe(true);
  });

  it('explains a wrong choice', () => {
    const spec = {
      kind: 'choice',
      options: ['a', 'b'],
      correct: 1,
      feedback: ['a is flat on one side only.', ''],
    } as const;
    expect(verifyCheckpoint(spec, ctx(), '0').detail).toBe(
      'Not that one: a is flat on one side only.',
    );
  });
});
