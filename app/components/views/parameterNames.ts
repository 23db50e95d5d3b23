import type { LayerLayout } from '../../engine/sessionTypes';

/** Where a flat parameter index sits: which layer, which kind, which row (neuron piece), which input. */
export interface ParameterLocation {
  layer: number;
  kind: 'weight' | 'bias' | 'gamma' | 'beta';
  /** Row of W / b (unit·pieces + piece). */
  row: number;
  unit: number;
  piece: number;
  /** Input column for a weight, −1 otherwise. */
  col: number;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';

/** Digits as subscripts: subscript(12) → '₁₂'. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUB[Number(d)]!);
}

/**
 * Name of neuron `unit` of layer `layer`: hidden neurons are h with (layer, unit) subscripts,
 * counted from 1 ('h₁,₂'); the last layer is 'output' (or 'output 2' with several outputs).
 */
export function neuronName(layers: LayerLayout[], layer: number, unit: number): string {
  if (layer === layers.length - 1) {
    return (layers[layer]?.units ?? 1) > 1 ? `output ${unit + 1}` : 'output';
  }
  return `h${subscript(layer + 1)},${subscript(unit + 1)}`;
}

/** Name of input `col` of layer `layer`: a feature name for the first layer, else a neuron. */
export function sourceName(
  layers: LayerLayout[],
  featureNames: string[],
  layer: number,
  col: number,
): string {
  if (layer === 0) return featureNames[col] ?? `x${subscript(col + 1)}`;
  return neuronName(layers, layer - 1, col);
}

/** Find parameter `index` in the layout, or null when it is out of range. */
export function locateParameter(layers: LayerLayout[], index: number): ParameterLocation | null {
  for (let li = 0; li < layers.length; li++) {
    const l = layers[li]!;
    const rows = l.units * l.pieces;
    const at = (kind: ParameterLocation['kind'], row: number, col: number) => ({
      layer: li,
      kind,
      row,
      unit: Math.floor(row / l.pieces),
      piece: row % l.pieces,
      col,
    });
    const w = index - l.wOffset;
    if (w >= 0 && w < rows * l.fanIn) return at('weight', Math.floor(w / l.fanIn), w % l.fanIn);
    const b = index - l.bOffset;
    if (b >= 0 && b < rows) return at('bias', b, -1);
    if (l.gammaOffset >= 0 && index - l.gammaOffset >= 0 && index - l.gammaOffset < rows)
      return at('gamma', index - l.gammaOffset, -1);
    if (l.betaOffset >= 0 && index - l.betaOffset >= 0 && index - l.betaOffset < rows)
      return at('beta', index - l.betaOffset, -1);
  }
  return null;
}

/**
 * A human name for parameter `index`. Examples: 'w from x₁ to h₁,₂', 'bias of output',
 * 'w from h₁,₁ to h₂,₃ (piece 2)' for maxout, 'batch-norm scale γ of h₁,₁'.
 */
export function parameterName(
  layers: LayerLayout[],
  featureNames: string[],
  index: number,
): string {
  const loc = locateParameter(layers, index);
  if (!loc) return `parameter ${index}`;
  const l = layers[loc.layer]!;
  const target = neuronName(layers, loc.layer, loc.unit);
  const piece = l.pieces > 1 ? ` (piece ${loc.piece + 1})` : '';
  switch (loc.kind) {
    case 'weight':
      return `w from ${sourceName(layers, featureNames, loc.layer, loc.col)} to ${target}${piece}`;
    case 'bias':
      return `bias of ${target}${piece}`;
    case 'gamma':
      return `batch-norm scale γ of ${target}`;
    case 'beta':
      return `batch-norm shift β of ${target}`;
  }
}

/** Every parameter with its name, in index order: the options of a parameter picker. */
export function parameterOptions(
  layers: LayerLayout[],
  featureNames: string[],
  count: number,
): { index: number; name: string }[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    name: parameterName(layers, featureNames, index),
  }));
}
