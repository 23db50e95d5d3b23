import { EngineError } from './errors';
import { initializeParameters } from './init';
import { Network } from './network';
import { planModel, type ModelPlan, type ModelSpec } from './networkSpec';
import { Optimizer } from './optimizers';
import { createRng, shuffleInPlace } from './rng';

export interface LossAndGradient {
  /** Mean data loss over the examples (no regularisation). */
  loss: number;
  /** Its gradient, in the parameters() layout. */
  gradient: Float64Array;
}

export interface LossAndGradientOptions {
  /** Apply dropout with masks drawn from createRng(dropoutSeed): the same seed gives the same masks. */
  dropoutSeed?: number;
}

export interface FitOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Shuffle each epoch (seeded from the model's seed); false takes batches in order. */
  shuffle?: boolean;
}

/** A network with its parameters: the engine's small public face for callers and tests. */
export interface Model {
  readonly plan: ModelPlan;
  /** The underlying network (buffers, gradient) for engine code that needs it. */
  readonly network: Network;
  /** A copy of every parameter: per layer W (rows × fanIn, row-major), b, then γ, β with batch norm. */
  parameters(): Float64Array;
  setParameters(p: ArrayLike<number>): void;
  /** Outputs for each input row (evaluation mode: no dropout, batch-norm running averages). */
  predict(inputs: number[][]): number[][];
  /**
   * Mean data loss and its gradient over the given examples: no regularisation, and no
   * dropout unless a dropoutSeed is given. Batch norm uses the statistics of this batch
   * (training mode), so the gradient is the one a training step on this batch would use.
   */
  lossAndGradient(
    inputs: number[][],
    targets: number[][],
    opts?: LossAndGradientOptions,
  ): LossAndGradient;
  /** Plain SGD over the examples; returns the mean loss over the training set after the last epoch. */
  fit(inputs: number[][], targets: number[][], options: FitOptions): { loss: number };
}

/** Build a model from a spec, with parameters initialised from spec.seed (default 1). */
export function createModel(spec: ModelSpec): Model {
  const plan = planModel(spec);
  const net = new Network(plan);
  initializeParameters(plan, net.params, createRng(plan.seed));
  const fitRng = createRng(plan.seed + 0x51ed);

  const model: Model = {
    plan,
    network: net,
    parameters: () => net.params.slice(),
    setParameters(p) {
      if (!p || p.length !== plan.parameterCount)
        throw new EngineError('parameters', p?.length, `exactly ${plan.parameterCount} numbers`);
      for (let i = 0; i < p.length; i++) {
        if (!Number.isFinite(p[i]!))
          throw new EngineError(`parameters[${i}]`, p[i], 'a finite number');
      }
      net.params.set(p);
    },
    predict(inputs) {
      const x = toMatrix('inputs', inputs, plan.inputs);
      const n = inputs.length;
      const k = net.outputs;
      const out: number[][] = [];
      const chunk = 256;
      for (let s = 0; s < n; s += chunk) {
        const c = Math.min(chunk, n - s);
        net.loadInputs(x, null, s, c);
        net.forwardHidden({ training: false });
        const h = net.outputsOnBatch();
        for (let i = 0; i < c; i++) out.push(Array.from(h.subarray(i * k, i * k + k)));
      }
      return out;
    },
    lossAndGradient(inputs, targets, opts = {}) {
      const x = toMatrix('inputs', inputs, plan.inputs);
      const y = toMatrix('targets', targets, net.outputs);
      if (targets.length !== inputs.length)
        throw new EngineError(
          'targets',
          targets.length,
          `one target row per input row (${inputs.length})`,
        );
      net.loadInputs(x, null, 0, inputs.length);
      const rng = opts.dropoutSeed === undefined ? null : createRng(opts.dropoutSeed);
      net.forwardHidden({ training: true, rng });
      const loss = net.lossOnBatch(y, null, 0, true);
      return { loss, gradient: net.grad.slice() };
    },
    fit(inputs, targets, options) {
      const x = toMatrix('inputs', inputs, plan.inputs);
      const y = toMatrix('targets', targets, net.outputs);
      const n = inputs.length;
      if (targets.length !== n)
        throw new EngineError('targets', targets.length, `one target row per input row (${n})`);
      checkFit(options);
      const opt = new Optimizer(plan.parameterCount, { name: 'sgd' });
      const order = new Uint32Array(n).map((_, i) => i);
      const bs = Math.min(options.batchSize, n);
      for (let e = 0; e < options.epochs; e++) {
        if (options.shuffle !== false) shuffleInPlace(order, fitRng);
        for (let s = 0; s < n; s += bs) {
          const c = Math.min(bs, n - s);
          net.loadInputs(x, order, s, c);
          net.forwardHidden({ training: true, rng: fitRng, updateRunning: true });
          net.lossOnBatch(y, order, s, true);
          opt.step(net.params, net.grad, options.learningRate);
        }
      }
      return { loss: meanLoss(net, x, y, n) };
    },
  };
  return model;
}

/** Mean loss over all rows in evaluation mode. */
export function meanLoss(net: Network, x: Float64Array, y: Float64Array, n: number): number {
  let total = 0;
  const chunk = 256;
  for (let s = 0; s < n; s += chunk) {
    const c = Math.min(chunk, n - s);
    net.loadInputs(x, null, s, c);
    net.forwardHidden({ training: false });
    total += net.lossOnBatch(y, null, s, false) * c;
  }
  return total / n;
}

function checkFit(o: FitOptions): void {
  if (!o || typeof o !== 'object') throw new EngineError('options', o, 'an object');
  if (!(Number.isInteger(o.epochs) && o.epochs >= 0))
    throw new EngineError('epochs', o.epochs, 'an integer ≥ 0');
  if (!(Number.isInteger(o.batchSize) && o.batchSize >= 1))
    throw new EngineError('batchSize', o.batchSize, 'an integer ≥ 1');
  if (!(Number.isFinite(o.learningRate) && o.learningRate > 0))
    throw new EngineError('learningRate', o.learningRate, 'a positive finite number');
}

/** number[][] → row-major Float64Array, checking width and finiteness. */
export function toMatrix(field: string, rows: number[][], width: number): Float64Array {
  if (!Array.isArray(rows) || rows.length === 0)
    throw new EngineError(field, rows, 'a non-empty list of rows');
  const out = new Float64Array(rows.length * width);
  rows.forEach((r, i) => {
    if (!Array.isArray(r) || r.length !== width)
      throw new EngineError(`${field}[${i}]`, r, `a row of ${width} numbers`);
    for (let j = 0; j < width; j++) {
      const v = r[j]!;
      if (typeof v !== 'number' || !Number.isFinite(v))
        throw new EngineError(`${field}[${i}][${j}]`, v, 'a finite number');
      out[i * width + j] = v;
    }
  });
  return out;
}
