import { dropoutMultiplier } from './dropoutMultiplier';
import { rngFromState } from './rng';
import type { NeuronRef } from './neuronRef';
import type { TrainingSession } from './session';

/** One hidden layer's dropout for a batch: multipliers batch × units, 0 (dropped) or 1/(1−p). */
export interface DropoutLayerMask {
  /** Hidden layer index (0 = first hidden layer). */
  layer: number;
  units: number;
  /** The dropout rate p. */
  rate: number;
  /** Row-major: example i of the batch, unit u at i·units + u. */
  multipliers: Float64Array;
}

/** The dropout masks the next training step will use, with the examples they belong to. */
export interface BatchDropout {
  /** The step these masks are for (the session's step count after it). */
  step: number;
  /** Data rows (as in NetworkInfo's points) of the batch, in batch order. */
  rows: Uint32Array;
  layers: DropoutLayerMask[];
}

/**
 * The masks the session's next mini-batch will be trained with, drawn exactly as the network's
 * forward pass will draw them: the same generator state, layer by layer, example by example
 * (a copy of the generator, so the run is not disturbed). Null without dropout.
 * Example: p = 0.5 on a layer of 4 and a batch of 2 → multipliers like [2, 0, 2, 2, 0, 0, 2, 0].
 */
export function nextDropoutMasks(s: TrainingSession): BatchDropout | null {
  const plan = s.net.plan;
  const hidden = plan.layers.slice(0, -1);
  if (!hidden.some((l) => l.dropout > 0)) return null;
  const positions = s.nextBatchRows();
  const B = positions.length;
  const rng = rngFromState(s.rng.state);
  const layers: DropoutLayerMask[] = [];
  hidden.forEach((l, layer) => {
    if (l.dropout <= 0) return;
    const multipliers = new Float64Array(B * l.units);
    for (let i = 0; i < multipliers.length; i++)
      multipliers[i] = dropoutMultiplier(rng.next(), l.dropout);
    layers.push({ layer, units: l.units, rate: l.dropout, multipliers });
  });
  const trainRows = s.data.train.rows;
  const rows = Uint32Array.from(positions, (p) => trainRows[p]!);
  return { step: s.step + 1, rows, layers };
}

/** The per-layer multipliers of a batch, indexed by layer, for ForwardOptions.masks. */
export function masksByLayer(d: BatchDropout, layerCount: number): (Float64Array | null)[] {
  const out: (Float64Array | null)[] = Array.from({ length: layerCount }, () => null);
  for (const m of d.layers) out[m.layer] = m.multipliers;
  return out;
}

/** One example's multipliers (position `i` in the batch), as masks for a batch of one. */
export function exampleMasks(d: BatchDropout, i: number, layerCount: number) {
  const out: (Float64Array | null)[] = Array.from({ length: layerCount }, () => null);
  for (const m of d.layers) out[m.layer] = m.multipliers.slice(i * m.units, (i + 1) * m.units);
  return out;
}

/** The neurons dropped for example `i` of the batch, layer by layer. */
export function droppedNeurons(d: BatchDropout, i: number): NeuronRef[] {
  const out: NeuronRef[] = [];
  for (const m of d.layers) {
    for (let u = 0; u < m.units; u++)
      if (m.multipliers[i * m.units + u] === 0) out.push({ layer: m.layer, unit: u });
  }
  return out;
}

/**
 * Which example of the batch to show: the one followed (`row`, a data row) when it is in the
 * batch, else the first. Returns its position, its data row and its dropped neurons.
 */
export function shownExample(
  d: BatchDropout,
  row: number | null,
): { position: number; row: number; dropped: NeuronRef[] } {
  const at = row === null ? -1 : d.rows.indexOf(row);
  const position = at >= 0 ? at : 0;
  return { position, row: d.rows[position] ?? 0, dropped: droppedNeurons(d, position) };
}

/**
 * How many examples of the batch add nothing to a weight's gradient through dropout: those for
 * which its target neuron or its source neuron is dropped (null: an input or the output, never
 * dropped). Example: target dropped for examples 1 and 4, source for 4 and 7 → 3.
 */
export function silencedExamples(
  d: BatchDropout,
  target: NeuronRef | null,
  source: NeuronRef | null,
): number {
  const maskOf = (n: NeuronRef | null) => {
    const m = n ? d.layers.find((l) => l.layer === n.layer) : undefined;
    return m && n ? { m, unit: n.unit } : null;
  };
  const t = maskOf(target);
  const s = maskOf(source);
  let count = 0;
  for (let i = 0; i < d.rows.length; i++) {
    const off = (x: typeof t) => x !== null && x.m.multipliers[i * x.m.units + x.unit] === 0;
    if (off(t) || off(s)) count++;
  }
  return count;
}
