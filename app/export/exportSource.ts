import type { Dataset } from '../engine/dataset';
import { initializeParameters } from '../engine/init';
import { meanLoss } from '../engine/model';
import { Network } from '../engine/network';
import type { LayerPlan, ModelPlan } from '../engine/networkSpec';
import { planModel } from '../engine/networkSpec';
import { prepareData, type PreparedData } from '../engine/prepareData';
import { createRng } from '../engine/rng';
import { shuffleSeed } from '../engine/rng';
import { specFromConfig } from '../engine/modelSpec';
import { extrasFit, type TrainingExtras } from '../engine/sessionExtras';
import type { TrainingConfig } from '../engine/trainingConfig';

/** Trained weights and where training stood (the shape of a weights file's state). */
export interface ExportState {
  epoch: number;
  step: number;
  parameters: ArrayLike<number>;
  /** Optimiser moments and batch-norm statistics; absent means a fresh optimiser and statistics. */
  extras?: TrainingExtras;
}

/** One layer of the network with its trained numbers, in the engine's own layout. */
export interface ExportLayer {
  /** 1-based position; the last layer is the output layer. */
  number: number;
  isOutput: boolean;
  plan: LayerPlan;
  /** W as rows × fanIn (rows = units, or units·pieces for maxout: neuron u owns rows u·k…u·k+k−1). */
  weight: number[][];
  bias: number[];
  /** Batch norm only: scale γ, shift β and the running mean and variance used at evaluation. */
  norm: { gamma: number[]; beta: number[]; runMean: number[]; runVar: number[] } | null;
}

/**
 * Everything an exporter writes, all derived from the engine: the configuration, the prepared
 * data (raw rows, feature map, standardisation, encoded targets), the engine's layer plan, the
 * trained numbers per layer, and what training needs to go on exactly as the app would.
 */
export interface ExportSource {
  /** What it is, for file headers: 'spiral, epoch 120'. */
  title: string;
  config: TrainingConfig;
  data: PreparedData;
  plan: ModelPlan;
  layers: ExportLayer[];
  epoch: number;
  step: number;
  /** Mean training loss of these weights in evaluation mode (what the app's readout shows). */
  trainLoss: number;
  /** The engine's parameter vector (the layout of planModel). */
  parameters: Float64Array;
  /** Optimiser moments (one per parameter) and update count. */
  optimizer: { m: Float64Array; s: Float64Array; t: number };
  /**
   * Internal state (unsigned 32-bit) of the generator the engine draws shuffles and dropout
   * masks from when it continues training from these weights (it starts afresh from the seed).
   */
  shuffleState: number;
}

/**
 * Build the export of a configuration and a trained state, loaded the way the app loads a
 * weights file (TrainingSession.restore): the weights, and with `extras` of the right shape
 * the optimiser's moments and the batch-norm statistics; without, a fresh optimiser and
 * statistics. `null` exports the initial weights of the seed. `custom` is the user's own data
 * when the configuration uses it. Throws an EngineError when the configuration cannot be built,
 * and an Error when the weights do not fit it.
 * (Built from the engine's parts rather than a TrainingSession, which would pull the worker's
 * grid code into the page's first load.)
 */
export function buildExportSource(
  config: TrainingConfig,
  state: ExportState | null,
  custom?: Dataset,
): ExportSource {
  const data = prepareData(config, undefined, custom);
  // One source of truth for the layers: the engine's own plan for this configuration.
  const plan = planModel(specFromConfig(config, data));
  const net = new Network(plan);
  const optimizer = {
    m: new Float64Array(plan.parameterCount),
    s: new Float64Array(plan.parameterCount),
    t: 0,
  };
  if (!state) initializeParameters(plan, net.params, createRng(plan.seed));
  else {
    const p = state.parameters;
    if (p.length !== plan.parameterCount || !Array.prototype.every.call(p, Number.isFinite)) {
      throw new Error(
        `the saved weights do not fit this network (${p.length} numbers for ${plan.parameterCount} parameters, all finite).`,
      );
    }
    net.params.set(p);
    if (state.extras && extrasFit(state.extras, net)) {
      const x = state.extras;
      optimizer.m.set(x.m);
      optimizer.s.set(x.s);
      optimizer.t = Math.max(0, Math.floor(x.t));
      net.buffers.forEach((b, i) => {
        b.runMean.set(x.runMean[i]!);
        b.runVar.set(x.runVar[i]!);
      });
    }
  }
  const epoch = state ? Math.max(0, Math.floor(state.epoch)) : 0;
  const step = state ? Math.max(0, Math.floor(state.step)) : 0;
  const trainLoss =
    data.train.n > 0 ? meanLoss(net, data.train.x, data.train.y, data.train.n) : NaN;
  const p = net.params;
  const slice = (from: number, count: number) => Array.from(p.subarray(from, from + count));
  const layers = plan.layers.map((l, i): ExportLayer => {
    const weight: number[][] = [];
    for (let r = 0; r < l.rows; r++) weight.push(slice(l.wOffset + r * l.fanIn, l.fanIn));
    const buf = net.buffers[i]!;
    return {
      number: i + 1,
      isOutput: i === plan.layers.length - 1,
      plan: l,
      weight,
      bias: slice(l.bOffset, l.rows),
      norm: l.batchNorm
        ? {
            gamma: slice(l.gammaOffset, l.rows),
            beta: slice(l.betaOffset, l.rows),
            runMean: Array.from(buf.runMean),
            runVar: Array.from(buf.runVar),
          }
        : null,
    };
  });
  return {
    title: `${config.dataset}, epoch ${epoch}`,
    config,
    data,
    plan,
    layers,
    epoch,
    step,
    trainLoss,
    parameters: p.slice(),
    optimizer,
    shuffleState: createRng(shuffleSeed(config.seed)).state >>> 0,
  };
}

/** Raw input rows (n × dims) of a split, in the split's order. */
export function rawRows(data: PreparedData, split: 'train' | 'test'): number[][] {
  const { dataset } = data;
  const d = dataset.dims;
  return Array.from(data[split].rows, (r) => Array.from(dataset.x.subarray(r * d, r * d + d)));
}

/** Encoded target rows (n × outputs) of a split, as the network learns them. */
export function targetRows(data: PreparedData, split: 'train' | 'test'): number[][] {
  const k = data.outputs;
  const y = data[split].y;
  return Array.from({ length: data[split].n }, (_, i) => Array.from(y.subarray(i * k, i * k + k)));
}
