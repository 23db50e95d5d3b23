import { describe, expect, it } from 'vitest';
import { formatValue } from './networkDiagram';

describe('formatValue', () => {
  it('shows three significant digits', () => {
    expect(formatValue(0.42173)).toBe('0.422');
    expect(formatValue(-1.23456)).toBe('-1.23');
    expect(formatValue(120.6)).toBe('121');
    expect(formatValue(0)).toBe('0');
  });

  it('switches to exponent form for very large and very small values', () => {
    expect(formatValue(-12345)).toBe('-1.23e+4');
    expect(formatValue(0.000123)).toBe('1.23e-4');
  });

  it('names values that are not numbers', () => {
    expect(formatValue(Number.NaN)).toBe('NaN');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(formatValue(undefined)).toBe('–');
  });
});
