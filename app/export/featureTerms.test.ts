import { describe, expect, it } from 'vitest';
import { featureValue } from '../engine/features';
import { FEATURE_NAMES } from '../engine/trainingConfig';
import { FEATURE_TERMS, inputTerms, termCode } from './featureTerms';

/** Evaluate a term at a raw point the way the generated code would. */
function evaluate(term: (typeof FEATURE_TERMS)[keyof typeof FEATURE_TERMS], raw: number[]): number {
  if (term.kind === 'column') return raw[term.column]!;
  if (term.kind === 'sin') return Math.sin(raw[term.column]!);
  return raw[term.columns[0]]! * raw[term.columns[1]]!;
}

describe('feature terms', () => {
  it('compute exactly what the engine computes for every feature', () => {
    for (const [x1, x2] of [[0.3, -2.5], [4, 1.25], [-6, 6]] as const) {
      for (const f of FEATURE_NAMES) expect(evaluate(FEATURE_TERMS[f], [x1, x2]), f).toBe(featureValue(f, x1, x2));
    }
  });

  it('keep the engine order and fall back to raw columns for wide data sets', () => {
    expect(inputTerms(['x1', 'x1x2', 'sinx2'], 2).map((t) => termCode(t, (c) => `x${c + 1}`, 'sin'))).toEqual(['x1', 'x1 * x2', 'sin(x2)']);
    expect(inputTerms([], 3)).toEqual([0, 1, 2].map((column) => ({ kind: 'column', column })));
  });
});
