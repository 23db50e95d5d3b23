import { LOSSES } from './losses';
import type { Network } from './network';

/**
 * Teaching probes: questions answered from the network's current parameters, so the page shows
 * exactly what the engine computed. Each evaluates like `lossAndGradient`: the mean data loss
 * over the given rows, no dropout unless the data carries the batch's masks, batch norm with
 * the statistics of those rows. The parameters are left exactly as they were.
 */

/** Rows of a data split to probe: x (n × inputs) and encoded targets (n × outputs). */
export interface ProbeData {
  x: Float64Array;
  y: Float64Array;
  /** Row indices to use; all n rows when null. */
  rows: ArrayLike<number> | null;
  n: number;
  /** The dropout multipliers these rows train with (per layer, rows × units), if any. */
  masks?: readonly (Float64Array | null)[];
}

function meanLossAndMaybeGrad(net: Network, d: ProbeData, backprop: boolean): number {
  const count = d.rows ? d.rows.length : d.n;
  net.loadInputs(d.x, d.rows, 0, count);
  net.forwardHidden({ training: true, masks: d.masks });
  return net.lossOnBatch(d.y, d.rows, 0, backprop);
}

export interface ParameterSlice {
  index: number;
  /** The parameter's current value. */
  value: number;
  /** Loss at the current value, and ∂L/∂θ there from backpropagation. */
  loss: number;
  gradient: number;
  /** The values probed and the loss at each (NaN where it is not finite). */
  values: Float64Array;
  losses: Float64Array;
}

/** The loss along one parameter with every other held at its current value. */
export function lossAlongParameter(
  net: Network,
  d: ProbeData,
  index: number,
  values: ArrayLike<number>,
): ParameterSlice {
  const p = net.params;
  const value = p[index]!;
  const saved = net.grad.slice();
  const loss = meanLossAndMaybeGrad(net, d, true);
  const gradient = net.grad[index]!;
  const losses = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    p[index] = values[i]!;
    const l = meanLossAndMaybeGrad(net, d, false);
    losses[i] = Number.isFinite(l) ? l : NaN;
  }
  p[index] = value;
  net.grad.set(saved);
  return { index, value, loss, gradient, values: Float64Array.from(values), losses };
}

/** The loss over a grid of two parameters: losses[r·us.length + c] at (us[c], vs[r]). */
export function lossSurface(
  net: Network,
  d: ProbeData,
  i: number,
  j: number,
  us: ArrayLike<number>,
  vs: ArrayLike<number>,
): Float64Array {
  const out = new Float64Array(us.length * vs.length);
  lossSurfaceCells(net, d, i, j, us, vs, out, 0, out.length);
  return out;
}

/**
 * Cells k0 ≤ k < k1 of lossSurface into `out` (cell k is row ⌊k / us.length⌋, column
 * k mod us.length), so a long surface can be computed a little at a time between other work.
 * Parameters i and j are restored.
 */
export function lossSurfaceCells(
  net: Network,
  d: ProbeData,
  i: number,
  j: number,
  us: ArrayLike<number>,
  vs: ArrayLike<number>,
  out: Float64Array,
  k0: number,
  k1: number,
): void {
  const p = net.params;
  const pi = p[i]!;
  const pj = p[j]!;
  const cols = us.length;
  for (let k = k0; k < Math.min(k1, cols * vs.length); k++) {
    p[j] = vs[Math.floor(k / cols)]!;
    p[i] = us[k % cols]!;
    const l = meanLossAndMaybeGrad(net, d, false);
    out[k] = Number.isFinite(l) ? l : NaN;
  }
  p[i] = pi;
  p[j] = pj;
}

/** One layer of a backpropagation trace. */
export interface TraceLayer {
  /** z = W·a_prev + b per row (units·pieces), and a = f(z) per unit. */
  z: number[];
  a: number[];
  /** dL/da per unit and dL/dz per row. */
  dA: number[];
  dZ: number[];
  /** dL/dW (rows × fanIn, row-major) and dL/db (rows). */
  dW: number[];
  db: number[];
}

export interface BackpropTrace {
  input: number[];
  target: number[];
  output: number[];
  loss: number;
  layers: TraceLayer[];
}

/**
 * Forward and backward pass of one example, with every intermediate quantity (with its
 * dropout multipliers when given: a dropped neuron's a, dL/da and dL/dz are then 0).
 * dW and db equal `lossAndGradient` on a batch of just this example.
 */
export function backpropTrace(
  net: Network,
  x: Float64Array,
  y: Float64Array,
  row: number,
  masks?: readonly (Float64Array | null)[],
): BackpropTrace {
  const saved = net.grad.slice();
  const rows = [row];
  const loss = meanLossAndMaybeGrad(net, { x, y, rows, n: 1, masks }, true);
  const plan = net.plan;
  const last = plan.layers.length - 1;
  const k = net.outputs;
  const layers = plan.layers.map((l, li): TraceLayer => {
    const b = net.buffers[li]!;
    let dA: number[];
    if (li === last) {
      // The combined heads never form dL/da; derive it from the loss for display.
      const L = LOSSES[plan.loss];
      dA = Array.from({ length: k }, (_, j) => L.df(b.h[j]!, y[row * k + j]!, plan.lossParam));
    } else dA = Array.from(b.da.subarray(0, l.units));
    return {
      z: Array.from(b.z.subarray(0, l.rows)),
      a: Array.from((li === last ? b.h : b.a).subarray(0, l.units)),
      dA,
      dZ: Array.from(b.dz.subarray(0, l.rows)),
      dW: Array.from(net.grad.subarray(l.wOffset, l.wOffset + l.rows * l.fanIn)),
      db: Array.from(net.grad.subarray(l.bOffset, l.bOffset + l.rows)),
    };
  });
  const d = plan.inputs;
  const trace: BackpropTrace = {
    input: Array.from(x.subarray(row * d, row * d + d)),
    target: Array.from(y.subarray(row * k, row * k + k)),
    output: layers[last]!.a,
    loss,
    layers,
  };
  net.grad.set(saved);
  return trace;
}
