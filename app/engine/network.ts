import { ACT_CODE, activateRange, backpropActivationRange } from './activations';
import { createOutputHead, softmaxInto, type OutputHead } from './outputHead';
import type { LayerPlan, ModelPlan } from './networkSpec';
import type { Rng } from './rng';
import { dropoutMultiplier } from './dropoutMultiplier';

/** Batch-norm variance floor and running-average momentum. */
export const BN_EPSILON = 1e-5;
export const BN_MOMENTUM = 0.9;

/** Per-layer working arrays, each sized capacity × width and reused for every batch. */
interface LayerBuffers {
  /** W·a_prev + b, capacity × rows. */
  z: Float64Array;
  /** Batch-norm normalised z (x̂), capacity × rows; empty without batch norm. */
  xhat: Float64Array;
  /** What the activation sees: γ·x̂ + β with batch norm, else the same array as z. */
  pre: Float64Array;
  /** Activation output before dropout, capacity × units. */
  h: Float64Array;
  /** Output passed on (h · dropout mask), or the same array as h. */
  a: Float64Array;
  /** Dropout multipliers (0 or 1/(1−p)); empty without dropout. */
  mask: Float64Array;
  /** Winning piece per neuron for maxout layers. */
  argmax: Int32Array;
  /** Gradients: dL/da (capacity × units), dL/dpre and dL/dz (capacity × rows). */
  da: Float64Array;
  dpre: Float64Array;
  dz: Float64Array;
  /** Batch-norm batch statistics of the last forward pass, and running averages for evaluation. */
  mean: Float64Array;
  invStd: Float64Array;
  runMean: Float64Array;
  runVar: Float64Array;
}

export interface ForwardOptions {
  /** Training mode: batch-norm batch statistics, and dropout when `rng` is given. */
  training: boolean;
  /** Source of dropout masks; no dropout without it. */
  rng?: Rng | null;
  /** Fold this batch's statistics into the batch-norm running averages. */
  updateRunning?: boolean;
  /** Fixed dropout multipliers per layer (batch × units), used instead of drawing from `rng`. */
  masks?: readonly (Float64Array | null)[];
}

/**
 * A feed-forward network over flat Float64Arrays: parameters, gradients and every activation
 * live in arrays allocated when the shape or the batch capacity changes, so a training step
 * allocates nothing.
 *
 * Shapes for a batch of B examples: input B × inputs (row-major); layer l keeps z, pre
 * (B × rows) and h, a (B × units). The cost is the mean loss over the batch and `grad`
 * is its gradient in the same layout as `params` (see planModel).
 */
export class Network {
  readonly plan: ModelPlan;
  readonly params: Float64Array;
  readonly grad: Float64Array;
  readonly head: OutputHead;
  readonly buffers: LayerBuffers[] = [];
  /** The current batch's inputs, capacity × inputs. */
  input = new Float64Array(0);
  /** Output-head scratch for dL/da, capacity × outputs. */
  private headDa = new Float64Array(0);
  private capacity = 0;
  /** Examples in the last forward pass. */
  batch = 0;

  constructor(plan: ModelPlan) {
    this.plan = plan;
    this.params = new Float64Array(plan.parameterCount);
    this.grad = new Float64Array(plan.parameterCount);
    const out = plan.layers[plan.layers.length - 1]!;
    this.head = createOutputHead(out.act, plan.loss, plan.lossParam, out.alpha);
    for (const l of plan.layers) {
      this.buffers.push({
        z: new Float64Array(0),
        xhat: new Float64Array(0),
        pre: new Float64Array(0),
        h: new Float64Array(0),
        a: new Float64Array(0),
        mask: new Float64Array(0),
        argmax: new Int32Array(0),
        da: new Float64Array(0),
        dpre: new Float64Array(0),
        dz: new Float64Array(0),
        mean: new Float64Array(l.batchNorm ? l.rows : 0),
        invStd: new Float64Array(l.batchNorm ? l.rows : 0),
        runMean: new Float64Array(l.batchNorm ? l.rows : 0),
        runVar: new Float64Array(l.batchNorm ? l.rows : 0).fill(1),
      });
    }
    this.ensureCapacity(16);
  }

  get outputs(): number {
    return this.plan.layers[this.plan.layers.length - 1]!.units;
  }

  /** Grow the working arrays to hold `n` examples (never shrinks; a no-op in the hot loop). */
  ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2);
    this.capacity = cap;
    this.input = new Float64Array(cap * this.plan.inputs);
    this.headDa = new Float64Array(cap * this.outputs);
    this.plan.layers.forEach((l, i) => {
      const b = this.buffers[i]!;
      b.z = new Float64Array(cap * l.rows);
      b.xhat = l.batchNorm ? new Float64Array(cap * l.rows) : new Float64Array(0);
      b.pre = l.batchNorm ? new Float64Array(cap * l.rows) : b.z;
      b.h = new Float64Array(cap * l.units);
      b.mask = l.dropout > 0 ? new Float64Array(cap * l.units) : new Float64Array(0);
      b.a = l.dropout > 0 ? new Float64Array(cap * l.units) : b.h;
      b.argmax = new Int32Array(l.pieces > 1 ? cap * l.units : 0);
      b.da = new Float64Array(cap * l.units);
      b.dz = new Float64Array(cap * l.rows);
      b.dpre = l.batchNorm ? new Float64Array(cap * l.rows) : b.dz;
    });
  }

  /**
   * Copy `count` rows of `x` (width = inputs) into the input buffer: rows `order[start+i]`
   * when an order is given, else rows start … start+count−1.
   */
  loadInputs(x: Float64Array, order: ArrayLike<number> | null, start: number, count: number): void {
    this.ensureCapacity(count);
    const d = this.plan.inputs;
    const inp = this.input;
    for (let i = 0; i < count; i++) {
      const row = order ? order[start + i]! : start + i;
      const src = row * d;
      const dst = i * d;
      for (let j = 0; j < d; j++) inp[dst + j] = x[src + j]!;
    }
    this.batch = count;
  }

  /** Forward pass of the hidden layers over the loaded batch (the output layer's z too). */
  forwardHidden(opts: ForwardOptions): void {
    const B = this.batch;
    const layers = this.plan.layers;
    let prev: Float64Array = this.input;
    for (let li = 0; li < layers.length; li++) {
      const l = layers[li]!;
      const buf = this.buffers[li]!;
      affine(this.params, l, prev, buf.z, B);
      if (l.batchNorm) this.batchNormForward(l, buf, B, opts);
      if (li === layers.length - 1) return;
      if (l.pieces > 1) maxoutForward(buf.pre, buf.h, buf.argmax, B, l.units, l.pieces);
      else activateRange(ACT_CODE[l.act], l.alpha, buf.pre, buf.h, 0, B * l.units);
      const fixed = opts.masks?.[li];
      if (l.dropout > 0 && opts.training && (opts.rng || fixed)) {
        const n = B * l.units;
        for (let i = 0; i < n; i++) {
          const m = fixed ? fixed[i]! : dropoutMultiplier(opts.rng!.next(), l.dropout);
          buf.mask[i] = m;
          buf.a[i] = buf.h[i]! * m;
        }
      } else if (l.dropout > 0) {
        buf.mask.fill(1, 0, B * l.units);
        buf.a.set(buf.h.subarray(0, B * l.units));
      }
      prev = buf.a;
    }
  }

  /**
   * Output activations and the mean loss of the loaded batch against targets `y`
   * (rows picked like loadInputs). With `backprop`, also fills `grad` with d(mean loss)/dθ.
   */
  lossOnBatch(
    y: Float64Array,
    order: ArrayLike<number> | null,
    start: number,
    backprop: boolean,
  ): number {
    const B = this.batch;
    const li = this.plan.layers.length - 1;
    const buf = this.buffers[li]!;
    const k = this.outputs;
    const scale = 1 / B;
    let total = 0;
    for (let i = 0; i < B; i++) {
      const row = order ? order[start + i]! : start + i;
      total += this.head.row(
        buf.pre,
        buf.h,
        y,
        row * k,
        i * k,
        k,
        backprop ? buf.dpre : null,
        scale,
        this.headDa,
      );
    }
    if (backprop) this.backward();
    return total / B;
  }

  /** Output activations of the loaded batch (no loss): B × outputs in buffers[last].h. */
  outputsOnBatch(): Float64Array {
    const B = this.batch;
    const l = this.plan.layers[this.plan.layers.length - 1]!;
    const buf = this.buffers[this.plan.layers.length - 1]!;
    if (l.act === 'softmax') {
      for (let i = 0; i < B; i++) softmaxInto(buf.pre, buf.h, i * l.units, l.units);
    } else activateRange(ACT_CODE[l.act], l.alpha, buf.pre, buf.h, 0, B * l.units);
    return buf.h;
  }

  /** Backward pass from the output layer's dL/dpre (already in buffers) to every parameter. */
  private backward(): void {
    const B = this.batch;
    const layers = this.plan.layers;
    const p = this.params;
    const g = this.grad;
    g.fill(0);
    for (let li = layers.length - 1; li >= 0; li--) {
      const l = layers[li]!;
      const buf = this.buffers[li]!;
      if (l.batchNorm) this.batchNormBackward(l, buf, B);
      const aPrev = li === 0 ? this.input : this.buffers[li - 1]!.a;
      const fanIn = l.fanIn;
      const rows = l.rows;
      const dz = buf.dz;
      // dW[r, j] = Σ_i dz[i, r] · a_prev[i, j];  db[r] = Σ_i dz[i, r]
      for (let i = 0; i < B; i++) {
        const zo = i * rows;
        const ao = i * fanIn;
        for (let r = 0; r < rows; r++) {
          const d = dz[zo + r]!;
          if (d === 0) continue;
          g[l.bOffset + r] = g[l.bOffset + r]! + d;
          const wo = l.wOffset + r * fanIn;
          for (let j = 0; j < fanIn; j++) g[wo + j] = g[wo + j]! + d * aPrev[ao + j]!;
        }
      }
      if (li === 0) break;
      // dL/da_prev[i, j] = Σ_r dz[i, r] · W[r, j], then back through dropout and the activation.
      const pl = layers[li - 1]!;
      const pb = this.buffers[li - 1]!;
      const da = pb.da;
      da.fill(0, 0, B * fanIn);
      for (let i = 0; i < B; i++) {
        const zo = i * rows;
        const ao = i * fanIn;
        for (let r = 0; r < rows; r++) {
          const d = dz[zo + r]!;
          if (d === 0) continue;
          const wo = l.wOffset + r * fanIn;
          for (let j = 0; j < fanIn; j++) da[ao + j] = da[ao + j]! + d * p[wo + j]!;
        }
      }
      if (pl.dropout > 0) for (let i = 0; i < B * fanIn; i++) da[i] = da[i]! * pb.mask[i]!;
      if (pl.pieces > 1) maxoutBackward(da, pb.dpre, pb.argmax, B, pl.units, pl.pieces);
      else
        backpropActivationRange(
          ACT_CODE[pl.act],
          pl.alpha,
          pb.pre,
          pb.h,
          da,
          pb.dpre,
          0,
          B * pl.units,
        );
    }
  }

  private batchNormForward(l: LayerPlan, buf: LayerBuffers, B: number, opts: ForwardOptions): void {
    const rows = l.rows;
    const p = this.params;
    const { z, xhat, pre, mean, invStd } = buf;
    for (let r = 0; r < rows; r++) {
      let m: number;
      let v: number;
      if (opts.training) {
        m = 0;
        for (let i = 0; i < B; i++) m += z[i * rows + r]!;
        m /= B;
        v = 0;
        for (let i = 0; i < B; i++) {
          const d = z[i * rows + r]! - m;
          v += d * d;
        }
        v /= B;
        if (opts.updateRunning) {
          buf.runMean[r] = BN_MOMENTUM * buf.runMean[r]! + (1 - BN_MOMENTUM) * m;
          buf.runVar[r] = BN_MOMENTUM * buf.runVar[r]! + (1 - BN_MOMENTUM) * v;
        }
      } else {
        m = buf.runMean[r]!;
        v = buf.runVar[r]!;
      }
      const is = 1 / Math.sqrt(v + BN_EPSILON);
      mean[r] = m;
      invStd[r] = is;
      const gamma = p[l.gammaOffset + r]!;
      const beta = p[l.betaOffset + r]!;
      for (let i = 0; i < B; i++) {
        const k = i * rows + r;
        const xh = (z[k]! - m) * is;
        xhat[k] = xh;
        pre[k] = gamma * xh + beta;
      }
    }
  }

  /**
   * From dL/dpre to dL/dz through y = γ·x̂ + β with batch statistics:
   *   dγ = Σ dy·x̂,  dβ = Σ dy,  dz = (γ·σ⁻¹/B)·(B·dy − Σdy − x̂·Σ(dy·x̂)).
   */
  private batchNormBackward(l: LayerPlan, buf: LayerBuffers, B: number): void {
    const rows = l.rows;
    const g = this.grad;
    const { dpre, dz, xhat, invStd } = buf;
    for (let r = 0; r < rows; r++) {
      let sumDy = 0;
      let sumDyX = 0;
      for (let i = 0; i < B; i++) {
        const k = i * rows + r;
        sumDy += dpre[k]!;
        sumDyX += dpre[k]! * xhat[k]!;
      }
      g[l.gammaOffset + r] = g[l.gammaOffset + r]! + sumDyX;
      g[l.betaOffset + r] = g[l.betaOffset + r]! + sumDy;
      const c = (this.params[l.gammaOffset + r]! * invStd[r]!) / B;
      for (let i = 0; i < B; i++) {
        const k = i * rows + r;
        dz[k] = c * (B * dpre[k]! - sumDy - xhat[k]! * sumDyX);
      }
    }
  }
}

/** z[i, r] = b[r] + Σ_j W[r, j] · a[i, j] for every example i of the batch. */
function affine(p: Float64Array, l: LayerPlan, a: Float64Array, z: Float64Array, B: number): void {
  const fanIn = l.fanIn;
  const rows = l.rows;
  for (let i = 0; i < B; i++) {
    const ao = i * fanIn;
    const zo = i * rows;
    for (let r = 0; r < rows; r++) {
      const wo = l.wOffset + r * fanIn;
      let s = p[l.bOffset + r]!;
      for (let j = 0; j < fanIn; j++) s += p[wo + j]! * a[ao + j]!;
      z[zo + r] = s;
    }
  }
}

/** h[i, u] = max_k pre[i, u·K + k], remembering which piece won. */
function maxoutForward(
  pre: Float64Array,
  h: Float64Array,
  arg: Int32Array,
  B: number,
  units: number,
  K: number,
): void {
  for (let i = 0; i < B; i++) {
    for (let u = 0; u < units; u++) {
      const base = (i * units + u) * K;
      let best = 0;
      let bv = pre[base]!;
      for (let k = 1; k < K; k++) {
        if (pre[base + k]! > bv) {
          bv = pre[base + k]!;
          best = k;
        }
      }
      h[i * units + u] = bv;
      arg[i * units + u] = best;
    }
  }
}

/** The gradient flows only to the winning piece. */
function maxoutBackward(
  da: Float64Array,
  dpre: Float64Array,
  arg: Int32Array,
  B: number,
  units: number,
  K: number,
): void {
  dpre.fill(0, 0, B * units * K);
  for (let n = 0; n < B * units; n++) dpre[n * K + arg[n]!] = da[n]!;
}
