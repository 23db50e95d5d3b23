import { describe, expect, it } from 'vitest';
import type { LayerLayout } from '../engine/sessionTypes';
import { describeNetwork, formatValue } from './networkDiagram';
import { networkLayout } from './networkLayout';

function geometry(inputs: number, hidden: number[], outputs = 1) {
  const sizes = [...hidden, outputs];
  let offset = 0;
  const layers: LayerLayout[] = sizes.map((units, i) => {
    const fanIn = i === 0 ? inputs : sizes[i - 1]!;
    const wOffset = offset;
    offset += units * fanIn + units;
    const activation = 'tanh';
    return {
      units,
      fanIn,
      pieces: 1,
      wOffset,
      bOffset: wOffset + units * fanIn,
      gammaOffset: -1,
      betaOffset: -1,
      activation,
    };
  });
  const featureNames = Array.from({ length: inputs }, (_, i) => `x${i + 1}`);
  return networkLayout({ featureNames, layers, width: 600, height: 400 });
}

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

describe('describeNetwork', () => {
  it('summarises the inputs, hidden layer sizes and outputs', () => {
    expect(describeNetwork(geometry(2, [4, 2]))).toBe('2 inputs, hidden layers 4 and 2, 1 output');
    expect(describeNetwork(geometry(3, [8, 4, 2], 3))).toBe(
      '3 inputs, hidden layers 8, 4 and 2, 3 outputs',
    );
    expect(describeNetwork(geometry(1, [5]))).toBe('1 input, 1 hidden layer of 5, 1 output');
    expect(describeNetwork(geometry(2, []))).toBe('2 inputs, no hidden layers, 1 output');
  });
});
