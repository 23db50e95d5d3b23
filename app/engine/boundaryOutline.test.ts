import { describe, expect, it } from 'vitest';
import { outlineFromGrid } from './boundaryOutline';
import type { GridValues } from './sessionTypes';

/** A res × res grid of f(x, y) over [-1, 1]², row 0 at the top (y = 1). */
function gridOf(
  res: number,
  outputs: number,
  f: (x: number, y: number, k: number) => number,
): GridValues {
  const output = new Float32Array(res * res * outputs);
  for (let j = 0; j < res; j++)
    for (let i = 0; i < res; i++)
      for (let k = 0; k < outputs; k++)
        output[(j * res + i) * outputs + k] = f(
          -1 + (2 * i) / (res - 1),
          1 - (2 * j) / (res - 1),
          k,
        );
  return { res, output, outputs, neuronCount: 0 };
}

const square: [number, number][] = [
  [-1, 1],
  [-1, 1],
];

describe('outlineFromGrid', () => {
  it('keeps a two-class grid as probabilities crossing ½, resampled to at most 41 a side', () => {
    const o = outlineFromGrid(
      gridOf(81, 1, (x) => 1 / (1 + Math.exp(-4 * x))),
      { problem: 'binary', domain: square, signedOutput: false },
      [0, 1],
    );
    expect(o?.kind).toBe('level');
    if (o?.kind !== 'level') return;
    expect(o.res).toBe(41);
    expect(o.level).toBe(0.5);
    // The middle column (x = 0) is exactly on the boundary; resampling keeps grid points.
    expect(o.values[20]).toBeCloseTo(0.5, 3);
    expect(o.values[0]).toBeLessThan(0.5);
    expect(o.values[40]).toBeGreaterThan(0.5);
  });

  it('uses 0 for signed outputs and the middle of the targets for regression', () => {
    const g = gridOf(10, 1, (x) => x);
    const signed = outlineFromGrid(
      g,
      { problem: 'binary', domain: square, signedOutput: true },
      [0, 1],
    );
    expect(signed?.kind === 'level' && signed.level).toBe(0);
    const reg = outlineFromGrid(
      g,
      { problem: 'regression', domain: square, targetDomain: [2, 6], signedOutput: false },
      [0, 1],
    );
    expect(reg?.kind === 'level' && reg.level).toBe(4);
    expect(reg?.res).toBe(10);
  });

  it('keeps the winning class per point for several classes', () => {
    // Class 0 on the left, 1 at the top right, 2 at the bottom right.
    const o = outlineFromGrid(
      gridOf(21, 3, (x, y, k) => (k === 0 ? -x : k === 1 ? x * y : -x * y)),
      { problem: 'multiclass', domain: square, signedOutput: false },
      [0, 1],
    );
    expect(o?.kind).toBe('classes');
    if (o?.kind !== 'classes') return;
    expect(o.labels[0]).toBe(0);
    expect(o.labels[20]).toBe(1);
    expect(o.labels[20 * 21 + 20]).toBe(2);
  });

  it('has nothing to outline on a line (1-D data) or a missing axis', () => {
    const g = gridOf(10, 1, (x) => x);
    expect(
      outlineFromGrid(g, { problem: 'binary', domain: [[-1, 1]], signedOutput: false }, [0, 1]),
    ).toBeNull();
  });
});
