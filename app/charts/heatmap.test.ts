import { describe, expect, it } from 'vitest';
import type { GridValues } from '../engine/sessionTypes';
import { binaryColor, classColor, regressionColor } from './colors';
import { fillHeatmap, type PixelBuffer } from './heatmap';

function grid(res: number, outputs: number, values: number[]): GridValues {
  return { res, outputs, output: Float32Array.from(values), neuronCount: 0 };
}
function image(res: number): PixelBuffer {
  return { width: res, height: res, data: new Uint8ClampedArray(res * res * 4) } as PixelBuffer;
}
function pixel(img: PixelBuffer, i: number): number[] {
  return [...img.data.slice(i * 4, i * 4 + 4)];
}
const opts = { discretize: false, classes: 2 };

describe('fillHeatmap', () => {
  it('colours binary probabilities on the diverging scale, row 0 at the top', () => {
    const img = image(2);
    fillHeatmap(img, grid(2, 1, [0, 0.5, 1, 0.25]), 'binary', opts);
    expect(pixel(img, 0)).toEqual([...binaryColor(0), 255]);
    expect(pixel(img, 1)).toEqual([...binaryColor(0.5), 255]);
    expect(pixel(img, 2)).toEqual([...binaryColor(1), 255]);
  });
  it('uses the second of two softmax outputs as p(class 1)', () => {
    const img = image(1);
    fillHeatmap(img, grid(1, 2, [0, 1]), 'binary', opts);
    expect(pixel(img, 0)).toEqual([...binaryColor(1), 255]);
  });
  it('maps signed outputs by sign and discretizes to two solid colours', () => {
    const img = image(2);
    const g = grid(2, 1, [-1, 1, -0.1, 0.1]);
    fillHeatmap(img, g, 'binary', { ...opts, signedOutput: true });
    expect(pixel(img, 0)).toEqual([...binaryColor(0), 255]);
    expect(pixel(img, 1)).toEqual([...binaryColor(1), 255]);
    fillHeatmap(img, g, 'binary', { ...opts, signedOutput: true, discretize: true });
    expect(pixel(img, 2)).toEqual([...binaryColor(0), 255]);
    expect(pixel(img, 3)).toEqual([...binaryColor(1), 255]);
  });
  it('colours multiclass cells by the argmax class, lighter when unsure', () => {
    const img = image(2);
    const g = grid(2, 3, [1, 0, 0, 0, 0, 1, 1 / 3, 1 / 3, 1 / 3, 0.1, 0.8, 0.1]);
    fillHeatmap(img, g, 'multiclass', { discretize: false, classes: 3 });
    expect(pixel(img, 0)).toEqual([...classColor(0, 1), 255]);
    expect(pixel(img, 1)).toEqual([...classColor(2, 1), 255]);
    expect(pixel(img, 2)).toEqual([255, 255, 255, 255]);
    const unsure = pixel(img, 3);
    const sure = [...classColor(1, 1)];
    expect(unsure[0]!).toBeGreaterThan(sure[0]!);
  });
  it('maps regression values over the value domain', () => {
    const img = image(1);
    fillHeatmap(img, grid(1, 1, [50]), 'regression', {
      discretize: false,
      classes: 0,
      valueDomain: [0, 100],
    });
    const [r, g, b] = regressionColor(0.5);
    expect(pixel(img, 0)).toEqual([r, g, b, 255]);
  });
  it('survives NaN and infinite outputs', () => {
    const img = image(2);
    fillHeatmap(img, grid(2, 1, [NaN, Infinity, -Infinity, 0.5]), 'binary', opts);
    expect(pixel(img, 0)[3]).toBe(255);
    expect(pixel(img, 1)).toEqual([...binaryColor(1), 255]);
  });
  it('refuses an image of the wrong size', () => {
    expect(() => fillHeatmap(image(3), grid(2, 1, [0, 0, 0, 0]), 'binary', opts)).toThrow(
      RangeError,
    );
  });
});
