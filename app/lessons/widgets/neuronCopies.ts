import type { LayerLayout } from '../../engine/sessionTypes';

/**
 * Each first-layer neuron's incoming weights then its bias, read from a flat parameter vector
 * by the layer's layout (W row-major from wOffset, b from bOffset; maxout pieces in a row).
 * Example: a 2-input layer of 4 → four rows [w from x₁, w from x₂, b].
 */
export function layerNeurons(layer: LayerLayout, params: ArrayLike<number>): number[][] {
  return Array.from({ length: layer.units }, (_, u) => {
    const out: number[] = [];
    for (let r = u * layer.pieces; r < (u + 1) * layer.pieces; r++) {
      for (let k = 0; k < layer.fanIn; k++) out.push(params[layer.wOffset + r * layer.fanIn + k]!);
      out.push(params[layer.bOffset + r]!);
    }
    return out;
  });
}

/**
 * Which neurons are copies of another one: every weight and the bias within `tolerance`.
 * Example: copiesOf([[1, 2], [1, 2], [3, 0]]) → [true, true, false].
 */
export function copiesOf(neurons: number[][], tolerance = 1e-9): boolean[] {
  const same = (a: number[], b: number[]) => a.every((v, k) => Math.abs(v - b[k]!) <= tolerance);
  return neurons.map((n, u) => neurons.some((o, v) => v !== u && same(n, o)));
}
