import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { encodeTargets, predictedClass, targetWidth } from './targets';

const y = new Float64Array([1, 0, 2, 0]);

describe('encodeTargets', () => {
  it('encodes binary labels as 0/1, or ±1 for hinge', () => {
    const labels = new Float64Array([1, 0, 1]);
    expect(Array.from(encodeTargets(labels, [0, 1], 'binary', 2, 'bce').values)).toEqual([1, 0]);
    const hinge = encodeTargets(labels, [1, 2], 'binary', 2, 'hinge');
    expect(hinge.width).toBe(1);
    expect(Array.from(hinge.values)).toEqual([-1, 1]);
  });

  it('one-hot encodes multi-class labels of the listed rows', () => {
    const t = encodeTargets(y, [2, 0], 'multiclass', 3, 'crossEntropy');
    expect(t.width).toBe(3);
    expect(Array.from(t.values)).toEqual([0, 0, 1, 0, 1, 0]);
  });

  it('gives binary crossEntropy a one-hot pair for a two-way softmax', () => {
    const t = encodeTargets(new Float64Array([1, 0]), [0, 1], 'binary', 2, 'crossEntropy');
    expect(t.width).toBe(2);
    expect(Array.from(t.values)).toEqual([0, 1, 1, 0]);
  });

  it('passes regression values through', () => {
    const t = encodeTargets(new Float64Array([3.5, -2]), [1, 0], 'regression', 0, 'mse');
    expect(t.width).toBe(1);
    expect(Array.from(t.values)).toEqual([-2, 3.5]);
  });

  it('rejects a label outside the classes', () => {
    expect(() => encodeTargets(y, [2], 'binary', 2, 'bce')).toThrow(EngineError);
    expect(() => encodeTargets(new Float64Array([0.5]), [0], 'multiclass', 3, 'mse')).toThrow(
      /^y\[0\]:/,
    );
  });

  it('reports the output width', () => {
    expect(targetWidth('regression', 0, 'mse')).toBe(1);
    expect(targetWidth('binary', 2, 'bce')).toBe(1);
    expect(targetWidth('multiclass', 3, 'crossEntropy')).toBe(3);
  });
});

describe('predictedClass', () => {
  it('thresholds a single binary output at 0.5, or 0 for hinge', () => {
    expect(predictedClass([0.6], 0, 1, 'binary', 'bce')).toBe(1);
    expect(predictedClass([0.4], 0, 1, 'binary', 'bce')).toBe(0);
    expect(predictedClass([0.2], 0, 1, 'binary', 'hinge')).toBe(1);
    expect(predictedClass([-0.2], 0, 1, 'binary', 'hinge')).toBe(0);
  });

  it('takes the argmax of a wider output row at its offset', () => {
    const out = [0.9, 0.05, 0.05, 0.1, 0.2, 0.7];
    expect(predictedClass(out, 0, 3, 'multiclass', 'crossEntropy')).toBe(0);
    expect(predictedClass(out, 3, 3, 'multiclass', 'crossEntropy')).toBe(2);
  });

  it('has no class for regression', () => {
    expect(predictedClass([3], 0, 1, 'regression', 'mse')).toBe(-1);
  });
});
