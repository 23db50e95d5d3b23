import { describe, expect, it } from 'vitest';
import {
  binaryColor,
  CLASS_HEX,
  classColor,
  classCss,
  colorTable,
  hexToRgb,
  regressionColor,
} from './colors';

describe('hexToRgb', () => {
  it('parses long, short and rgb() forms', () => {
    expect(hexToRgb('#0877bd')).toEqual([8, 119, 189]);
    expect(hexToRgb('#fff')).toEqual([255, 255, 255]);
    expect(hexToRgb('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
  });
});

describe('binaryColor', () => {
  it('is orange at 0, near-white at 0.5 and blue at 1', () => {
    expect(binaryColor(0)).toEqual(hexToRgb('#f59322'));
    expect(binaryColor(1)).toEqual(hexToRgb('#0877bd'));
    const mid = binaryColor(0.5);
    expect(Math.min(...mid)).toBeGreaterThan(235);
  });
  it('clamps out-of-range and NaN inputs', () => {
    expect(binaryColor(-3)).toEqual(binaryColor(0));
    expect(binaryColor(7)).toEqual(binaryColor(1));
    expect(binaryColor(NaN)).toEqual(binaryColor(0));
  });
  it('moves monotonically towards blue', () => {
    const blues = [0, 0.25, 0.5, 0.75, 1].map((p) => binaryColor(p)[2]);
    const reds = [0.5, 0.75, 1].map((p) => binaryColor(p)[0]);
    expect(blues.slice(0, 3)).toEqual([...blues.slice(0, 3)].sort((a, b) => a - b));
    expect(reds).toEqual([...reds].sort((a, b) => b - a));
  });
});

describe('classColor', () => {
  it('is the full class colour at confidence 1 and white at 0', () => {
    expect(classColor(1, 1)).toEqual([8, 119, 189]);
    expect(classColor(2, 0)).toEqual([255, 255, 255]);
  });
  it('has at least 6 distinct categorical colours and wraps around', () => {
    expect(new Set(CLASS_HEX).size).toBeGreaterThanOrEqual(6);
    expect(classColor(CLASS_HEX.length, 1)).toEqual(classColor(0, 1));
  });
  it('names a theme variable with a fallback for SVG', () => {
    expect(classCss(0)).toBe('var(--class-0, #f59322)');
  });
});

describe('regressionColor and colorTable', () => {
  it('runs from dark to light', () => {
    const sum = (c: number[]) => c[0]! + c[1]! + c[2]!;
    expect(sum(regressionColor(0))).toBeLessThan(sum(regressionColor(1)));
  });
  it('samples a colour function into packed bytes', () => {
    const lut = colorTable(binaryColor, 3);
    expect([...lut]).toEqual([...binaryColor(0), ...binaryColor(0.5), ...binaryColor(1)]);
  });
});
