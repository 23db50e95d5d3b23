import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { createRng } from './rng';
import { splitTrainTest } from './split';

describe('splitTrainTest', () => {
  it('splits by ratio into disjoint sorted sides covering every row', () => {
    const { train, test } = splitTrainTest(10, 0.7, createRng(1));
    expect(train.length).toBe(7);
    expect(test.length).toBe(3);
    const all = [...train, ...test].sort((a, b) => a - b);
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...train]).toEqual([...train].sort((a, b) => a - b));
    expect([...test]).toEqual([...test].sort((a, b) => a - b));
  });

  it('rounds the training count', () => {
    expect(splitTrainTest(9, 0.5, createRng(1)).train.length).toBe(5);
    expect(splitTrainTest(250, 0.8, createRng(1)).train.length).toBe(200);
  });

  it('keeps at least one example on each side when n ≥ 2', () => {
    expect(splitTrainTest(5, 0.01, createRng(1)).train.length).toBe(1);
    expect(splitTrainTest(5, 0.99, createRng(1)).test.length).toBe(1);
    expect(splitTrainTest(2, 1, createRng(1)).test.length).toBe(1);
    expect(splitTrainTest(1, 0.5, createRng(1)).train.length).toBe(1);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = splitTrainTest(100, 0.5, createRng(3));
    const b = splitTrainTest(100, 0.5, createRng(3));
    const c = splitTrainTest(100, 0.5, createRng(4));
    expect([...a.train]).toEqual([...b.train]);
    expect([...a.train]).not.toEqual([...c.train]);
  });

  it('rejects a bad ratio or count with an EngineError naming the field', () => {
    expect(() => splitTrainTest(10, 1.5, createRng(1))).toThrow(/^trainRatio:/);
    expect(() => splitTrainTest(10, NaN, createRng(1))).toThrow(EngineError);
    expect(() => splitTrainTest(-1, 0.5, createRng(1))).toThrow(/^n:/);
  });
});
