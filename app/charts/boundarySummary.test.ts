import { describe, expect, it } from 'vitest';
import type { GridValues } from '../engine/sessionTypes';
import { describeBoundary, describeTraced, placeWords } from './boundarySummary';

const binary = { problem: 'binary', classes: 2, dims: 2 } as const;

function grid(res: number, f: (x: number, y: number) => number[]): GridValues {
  const outputs = f(0, 0).length;
  const output = new Float32Array(res * res * outputs);
  for (let r = 0; r < res; r++)
    for (let c = 0; c < res; c++)
      output.set(f(c / (res - 1), r / (res - 1)), (r * res + c) * outputs);
  return { res, output, outputs, neuronCount: 0 };
}

describe('describeBoundary', () => {
  it('names a closed region, where it is and its share, by colour and shape', () => {
    const disc = grid(41, (x, y) => [Math.hypot(x - 0.5, y - 0.5) < 0.3 ? 0.9 : 0.1]);
    const s = describeBoundary(binary, disc);
    expect(s).toMatch(
      /^Blue squares \(class 1\) fill a closed region in the centre, 2\d% of the plane; orange circles \(class 0\) the rest\.$/,
    );
  });

  it('names an open region by the side it leans to', () => {
    const half = grid(21, (x) => [x < 0.3 ? 0.8 : 0.2]);
    expect(describeBoundary(binary, half)).toMatch(
      /cover \d+% of the plane, mostly towards the left/,
    );
  });

  it('says when one class fills the plane, and reads hinge outputs by sign', () => {
    expect(
      describeBoundary(
        binary,
        grid(5, () => [0.2]),
      ),
    ).toMatch(/orange circles .* whole plane/);
    expect(
      describeBoundary(
        binary,
        grid(5, () => [0.2]),
        true,
      ),
    ).toMatch(/blue squares .* whole plane/);
  });

  it('gives shares for several classes and ranges for regression', () => {
    const three = grid(10, (x) => (x < 0.5 ? [1, 0, 0] : [0, 0, 1]));
    expect(describeBoundary({ problem: 'multiclass', classes: 3, dims: 2 }, three)).toBe(
      'The plane is split among 3 classes: orange circles (class 0) 50%, blue squares (class 1) 0%, class 2 50%.',
    );
    const ramp = grid(5, (x) => [x * 2 - 1]);
    expect(describeBoundary({ problem: 'regression', classes: 0, dims: 2 }, ramp)).toBe(
      'The network’s prediction ranges from −1 to 1 over the plane.',
    );
  });

  it('waits for a grid', () => {
    expect(describeBoundary(binary, null)).toMatch(/not drawn yet/);
  });

  it('places points in words', () => {
    expect(placeWords(0.1, 0.1)).toBe('top left');
    expect(placeWords(0.5, 0.9)).toBe('bottom');
    expect(placeWords(0.5, 0.5)).toBe('centre');
  });
});

describe('describeTraced', () => {
  it('numbers the traced example as the data table numbers its rows (from 1)', () => {
    const info = {
      problem: 'binary' as const,
      dims: 2,
      points: Float64Array.from([0, 0, 1.5, -0.25, 2, 2]),
      targets: Float64Array.from([0, 1, 0]),
      isTrain: Uint8Array.from([1, 1, 0]),
      inputNames: ['x₁', 'x₂'],
      targetName: 'class',
    };
    expect(describeTraced(info, 1)).toMatch(
      /^Example 2, traced by the teaching views, is ringed on the plot: x₁ 1\.5, x₂ −0\.25, .*a training example\.$/,
    );
    expect(describeTraced(info, null)).toBe('');
  });
});
