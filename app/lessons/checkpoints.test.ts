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
