import { ACTIVATIONS } from './activations';
import { BN_EPSILON, type Network } from './network';
import { masksByLayer, nextDropoutMasks } from './dropoutMasks';
import type { TrainingSession } from './session';

/** How close to a bound of its range an activation counts as saturated (its slope almost 0). */
export const SATURATION_TOLERANCE = 0.01;

/**
 * How many of a layer's activations sit where the activation is flat: within
 * SATURATION_TOLERANCE of either end of a bounded range (sigmoid 0 and 1, tanh ±1, the
 * threshold's 0 and 1), or, for ReLU, at z ≤ 0 (slope exactly 0). Null for the others.
 */
export interface Saturation {
  /** What counts, in words: 'within 0.01 of −1 or 1', 'at 0 (z ≤ 0)'. */
  rule: string;
  /** Share of all batch × units activations of the layer (0…1). */
  layerShare: number;
  /** Share per unit over the batch. */
  unitShare: Float64Array;
}

/**
 * One hidden layer over one batch, as the engine's forward pass computed it (training mode:
 * batch statistics for batch norm, the batch's own dropout masks before this layer).
 * Arrays over examples are row-major: example i, row r at i·rows + r (rows = units·pieces).
 */
export interface LayerStatistics {
  /** Hidden layer index (0 = first hidden layer). */
  layer: number;
  units: number;
  /** Affine pieces per unit (maxout k, else 1): batch norm works on each piece's sum. */
  pieces: number;
  rows: number;
  activation: string;
  batchNorm: boolean;
  /** Where the examples came from: the next training step's mini-batch. */
  source: 'next batch';
  /** The step that batch is for (the session's step count after it). */
  step: number;
  /** Data rows (as in NetworkInfo's points) of the batch, in batch order. */
  dataRows: Uint32Array;
  /** True when the batch is the whole training set (full-batch descent). */
  wholeTrainingSet: boolean;
  /** z = W·a + b, batch × rows. */
  z: Float64Array;
  /** Batch mean and (biased, 1/B) variance of z per row: what batch norm divides by. */
  mean: Float64Array;
  variance: Float64Array;
  /** With batch norm: ẑ = (z − μ)/√(σ² + ε) and y = γ·ẑ + β (batch × rows); else empty. */
  normalised: Float64Array;
  scaled: Float64Array;
  /** γ, β, running mean and variance per row (empty without batch norm). */
  gamma: Float64Array;
  beta: Float64Array;
  runningMean: Float64Array;
  runningVariance: Float64Array;
  /** Mean and standard deviation (1/B) of y per row: β and |γ|·σ/√(σ²+ε). Empty without. */
  scaledMean: Float64Array;
  scaledSd: Float64Array;
  /** The activation's output before dropout, batch × units. */
  activations: Float64Array;
  /** Mean and standard deviation (1/B) of each unit's activation over the batch. */
  activationMean: Float64Array;
  activationSd: Float64Array;
  /** Null when the activation has no flat part (linear, leaky ReLU, ELU, maxout). */
  saturation: Saturation | null;
  epsilon: number;
}

/** Mean and 1/n variance of column r of a batch × rows matrix. */
function columnMoments(m: Float64Array, B: number, rows: number, r: number): [number, number] {
  let mean = 0;
  for (let i = 0; i < B; i++) mean += m[i * rows + r]!;
  mean /= B;
  let v = 0;
  for (let i = 0; i < B; i++) v += (m[i * rows + r]! - mean) ** 2;
  return [mean, v / B];
}

/** Which activations are flat for this activation, or null when none are. */
function flatTest(
  act: string,
  alpha: number,
): { rule: string; flat: (a: number) => boolean } | null {
  if (act === 'relu' || (act === 'leakyRelu' && alpha === 0))
    return { rule: 'at 0 (z ≤ 0, slope 0)', flat: (a) => a <= 0 };
  const info = ACTIVATIONS[act as keyof typeof ACTIVATIONS];
  if (!info) return null;
  const [lo, hi] = info.range;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  const t = SATURATION_TOLERANCE;
  const name = (v: number) => String(v).replace('-', '−');
  return {
    rule: `within ${t} of ${name(lo)} or ${name(hi)}`,
    flat: (a) => a <= lo + t || a >= hi - t,
  };
}

/**
 * Read hidden layer `layer`'s numbers from the network's buffers after a training-mode
 * forward pass over a batch (nothing is computed anew but the summaries).
 */
function readLayer(
  net: Network,
  layer: number,
): Omit<LayerStatistics, 'source' | 'step' | 'dataRows' | 'wholeTrainingSet'> {
  const l = net.plan.layers[layer]!;
  const buf = net.buffers[layer]!;
  const B = net.batch;
  const rows = l.rows;
  const z = buf.z.slice(0, B * rows);
  const mean = new Float64Array(rows);
  const variance = new Float64Array(rows);
  for (let r = 0; r < rows; r++) [mean[r], variance[r]] = columnMoments(z, B, rows, r);
  const bn = l.batchNorm;
  const n = bn ? rows : 0;
  const scaled = bn ? buf.pre.slice(0, B * rows) : new Float64Array(0);
  const scaledMean = new Float64Array(n);
  const scaledSd = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const [m, v] = columnMoments(scaled, B, rows, r);
    scaledMean[r] = m;
    scaledSd[r] = Math.sqrt(v);
  }
  const activations = buf.h.slice(0, B * l.units);
  const activationMean = new Float64Array(l.units);
  const activationSd = new Float64Array(l.units);
  for (let u = 0; u < l.units; u++) {
    const [m, v] = columnMoments(activations, B, l.units, u);
    activationMean[u] = m;
    activationSd[u] = Math.sqrt(v);
  }
  const test = l.pieces > 1 ? null : flatTest(l.act, l.alpha);
  let saturation: Saturation | null = null;
  if (test) {
    const unitShare = new Float64Array(l.units);
    let total = 0;
    for (let i = 0; i < B; i++)
      for (let u = 0; u < l.units; u++)
        if (test.flat(activations[i * l.units + u]!)) {
          unitShare[u] = unitShare[u]! + 1;
          total++;
        }
    for (let u = 0; u < l.units; u++) unitShare[u] = unitShare[u]! / B;
    saturation = { rule: test.rule, layerShare: total / (B * l.units), unitShare };
  }
  const p = net.params;
  return {
    layer,
    units: l.units,
    pieces: l.pieces,
    rows,
    activation: l.activation,
    batchNorm: bn,
    z,
    mean,
    variance,
    normalised: bn ? buf.xhat.slice(0, B * rows) : new Float64Array(0),
    scaled,
    gamma: bn ? p.slice(l.gammaOffset, l.gammaOffset + rows) : new Float64Array(0),
    beta: bn ? p.slice(l.betaOffset, l.betaOffset + rows) : new Float64Array(0),
    runningMean: buf.runMean.slice(),
    runningVariance: buf.runVar.slice(),
    scaledMean,
    scaledSd,
    activations,
    activationMean,
    activationSd,
    saturation,
    epsilon: BN_EPSILON,
  };
}

/**
 * Hidden layer `layer` over the mini-batch the session's next step will train on, computed by
 * the network's own forward pass exactly as that step will run it (batch statistics, the
 * step's dropout masks), without folding anything into the running averages.
 * Example: a batch of 10 on a tanh layer of 4 with batch norm → z, ẑ and y of 10 × 4, γ, β,
 * running mean and variance of 4, and the share of the 40 activations within 0.01 of ±1.
 */
export function probeLayerStatistics(s: TrainingSession, layer: number): LayerStatistics {
  const net = s.net;
  const hidden = net.plan.layers.length - 1;
  if (!Number.isInteger(layer) || layer < 0 || layer >= hidden)
    throw new RangeError(`This network has no hidden layer ${layer + 1}.`);
  const positions = s.nextBatchRows();
  const dropout = nextDropoutMasks(s);
  const train = s.data.train;
  net.loadInputs(train.x, positions, 0, positions.length);
  net.forwardHidden({
    training: true,
    masks: dropout ? masksByLayer(dropout, net.plan.layers.length) : undefined,
  });
  return {
    ...readLayer(net, layer),
    source: 'next batch',
    step: s.step + 1,
    dataRows: Uint32Array.from(positions, (p) => train.rows[p]!),
    wholeTrainingSet: positions.length >= train.n,
  };
}
