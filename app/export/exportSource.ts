import type { Dataset } from '../engine/dataset';
import type { LayerPlan, ModelPlan } from '../engine/networkSpec';
import { planModel } from '../engine/networkSpec';
import { createRng } from '../engine/rng';
import { shuffleSeed, specFromConfig, TrainingSession } from '../engine/session';
import type { TrainingExtras } from '../engine/sessionExtras';
import type { PreparedData } from '../engine/prepareData';
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
 * Build the export of a configuration and a trained state. The state is loaded into a real
 * TrainingSession exactly as the app loads a weights file, so the numbers are the engine's.
 * `custom` is the user's own data when the configuration uses it. Throws an EngineError when
 * the configuration cannot be built, and an Error when the state does not fit it.
 */
export function buildExportSource(
  config: TrainingConfig,
  state: ExportState | null,
  custom?: Dataset,
): ExportSource {
  const session = new TrainingSession(config, custom);
  if (state && !session.restore(state.parameters, state.epoch, state.step, state.extras)) {
    throw new Error(
      `the saved weights do not fit this network (${state.parameters.length} numbers for ${session.net.params.length} parameters).`,
    );
  }
  return sourceFromSession(session);
}

/** The export of a session as it stands (its weights, optimiser and batch-norm statistics). */
export function sourceFromSession(session: TrainingSession): ExportSource {
  const { config, data, net } = session;
  // One source of truth for the layers: the engine's own plan for this configuration.
  const plan = planModel(specFromConfig(config, data));
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
  const opt = session.optimizer;
  return {
    title: `${config.dataset}, epoch ${session.epoch}`,
    config,
    data,
    plan,
    layers,
    epoch: session.epoch,
    step: session.step,
    trainLoss: session.train.loss,
    parameters: p.slice(),
    optimizer: { m: opt.m.slice(), s: opt.s.slice(), t: opt.t },
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
