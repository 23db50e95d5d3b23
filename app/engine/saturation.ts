import { ACTIVATIONS } from './activations';
import type { Network } from './network';

/** A unit counts as saturated where its slope is below this share of its activation's peak slope. */
export const FLAT_SLOPE = 0.05;

/** …on at least this share of the examples looked at. */
export const SATURATED_SHARE = 0.9;

/** How many of the network's hidden units are saturated, and how many could be. */
export interface SaturationCount {
  /** Hidden units whose slope f′(z) is almost 0 on nearly every example looked at. */
  saturated: number;
  /** Hidden units with an activation that can saturate (maxout and linear units cannot). */
  units: number;
}

/**
 * Count the hidden units that are saturated (or dead) on the first `n` rows of `x` (at most
 * 256, in evaluation mode): a unit whose slope f′(z) is below FLAT_SLOPE × its activation's
 * peak slope on at least SATURATED_SHARE of the rows passes almost no gradient back, so the
 * weights into it (and the layers before it) barely move. Uses the network's working buffers.
 * Example: tanh units fed raw floor areas of 30–250 m² → { saturated: 6, units: 6 }.
 */
export function countSaturated(net: Network, x: Float64Array, n: number): SaturationCount {
  const rows = Math.min(n, 256);
  const layers = net.plan.layers;
  if (rows === 0 || layers.length < 2) return { saturated: 0, units: 0 };
  net.ensureCapacity(rows);
  net.loadInputs(x, null, 0, rows);
  net.forwardHidden({ training: false });
  let saturated = 0;
  let units = 0;
  for (let li = 0; li < layers.length - 1; li++) {
    const l = layers[li]!;
    if (l.pieces > 1 || l.act === 'linear' || l.act === 'softmax') continue;
    const act = ACTIVATIONS[l.act];
    // The steepest slope the activation has (σ′ peaks at ¼, the others at 1).
    const peak = l.act === 'sigmoid' ? 0.25 : 1;
    const buf = net.buffers[li]!;
    for (let u = 0; u < l.units; u++) {
      let flat = 0;
      for (let i = 0; i < rows; i++) {
        const k = i * l.units + u;
        if (act.df(buf.pre[k]!, buf.h[k]!, l.alpha) < FLAT_SLOPE * peak) flat++;
      }
      units++;
      if (flat >= SATURATED_SHARE * rows) saturated++;
    }
  }
  return { saturated, units };
}
