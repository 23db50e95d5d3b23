import { describe, expect, it } from 'vitest';
import type { LayerLayout } from '../../engine/sessionTypes';
import { locateParameter, parameterName, parameterOptions } from './parameterNames';
import { sig, sigTerm, texNum } from './formatNumber';

/** Lay out layers as the engine does: W, b, then γ, β with batch norm. */
function layout(
  inputs: number,
  specs: { units: number; pieces?: number; bn?: boolean; activation?: string }[],
): LayerLayout[] {
  let offset = 0;
  let fanIn = inputs;
  return specs.map((s) => {
    const pieces = s.pieces ?? 1;
    const rows = s.units * pieces;
    const wOffset = offset;
    const bOffset = wOffset + rows * fanIn;
    offset = bOffset + rows;
    let gammaOffset = -1;
    let betaOffset = -1;
    if (s.bn) {
      gammaOffset = offset;
      betaOffset = offset + rows;
      offset += 2 * rows;
    }
    const l: LayerLayout = {
      units: s.units,
      fanIn,
      pieces,
      wOffset,
      bOffset,
      gammaOffset,
      betaOffset,
      activation: s.activation ?? (pieces > 1 ? 'maxout' : 'tanh'),
    };
    fanIn = s.units;
    return l;
  });
}

const features = ['x₁', 'x₂'];

describe('parameterName', () => {
  const layers = layout(2, [{ units: 3 }, { units: 2, pieces: 2 }, { units: 1, bn: false }]);

  it('names first-layer weights by feature and hidden neuron (row-major W)', () => {
    // W of layer 1 is 3 × 2: index 3 is row 1, column 1 → from x₂ to h₁,₂.
    expect(parameterName(layers, features, 0)).toBe('w from x₁ to h₁,₁');
    expect(parameterName(layers, features, 3)).toBe('w from x₂ to h₁,₂');
    expect(parameterName(layers, features, 6)).toBe('bias of h₁,₁');
    expect(parameterName(layers, features, 8)).toBe('bias of h₁,₃');
  });

  it('names maxout pieces and the output layer', () => {
    const l1 = layers[1]!;
    // Row 1 of the maxout layer is neuron 1's second piece.
    expect(parameterName(layers, features, l1.wOffset + 3 + 2)).toBe(
      'w from h₁,₃ to h₂,₁ (piece 2)',
    );
    expect(parameterName(layers, features, l1.bOffset + 2)).toBe('bias of h₂,₂ (piece 1)');
    const out = layers[2]!;
    expect(parameterName(layers, features, out.wOffset + 1)).toBe('w from h₂,₂ to output');
    expect(parameterName(layers, features, out.bOffset)).toBe('bias of output');
  });

  it('names batch-norm parameters and several outputs', () => {
    const bn = layout(2, [{ units: 2, bn: true }, { units: 3 }]);
    expect(parameterName(bn, features, bn[0]!.gammaOffset + 1)).toBe('batch-norm scale γ of h₁,₂');
    expect(parameterName(bn, features, bn[0]!.betaOffset)).toBe('batch-norm shift β of h₁,₁');
    expect(parameterName(bn, features, bn[1]!.bOffset + 2)).toBe('bias of output 3');
    expect(locateParameter(bn, bn[1]!.bOffset + 3)).toBeNull();
  });

  it('lists every parameter exactly once, with distinct names', () => {
    const count = layers[2]!.bOffset + 1;
    const opts = parameterOptions(layers, features, count);
    expect(opts).toHaveLength(count);
    expect(new Set(opts.map((o) => o.name)).size).toBe(count);
    expect(opts.every((o) => !o.name.startsWith('parameter'))).toBe(true);
  });
});

describe('number formatting', () => {
  it('keeps four significant digits with a real minus sign', () => {
    expect(sig(-0.0123456)).toBe('−0.01235');
    expect(sig(0.512)).toBe('0.512');
    expect(sig(1234567)).toBe('1.235×10⁶');
    expect(sig(-0.00003114)).toBe('−3.114×10⁻⁵');
    expect(sig(NaN)).toBe('not a number');
    expect(sigTerm(-0.2)).toBe('(−0.2)');
    expect(texNum(-0.2)).toBe('(-0.2)');
    // An equation never shows "e − 5": KaTeX gets a × 10ⁿ.
    expect(texNum(-0.00003114)).toBe('(-3.114\\times 10^{-5})');
  });
});
