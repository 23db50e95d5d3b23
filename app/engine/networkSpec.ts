import { EngineError } from './errors';
import { ACTIVATIONS } from './activations';
import { LOSSES, lossParamOk } from './losses';
import {
  ACTIVATION_NAMES,
  INIT_NAMES,
  LOSS_NAMES,
  type ActivationName,
  type InitName,
  type LossName,
} from './trainingConfig';

/** One layer as a caller describes it. `activation: 'maxout'` makes a maxout layer of `pieces` (default 2). */
export interface LayerSpec {
  units: number;
  activation: string;
  /** Leaky-ReLU slope (default 0.1) or ELU α (default 1). */
  alpha?: number;
  /** Maxout pieces k ≥ 2 (only with activation 'maxout'). */
  pieces?: number;
  /** Dropout probability 0 ≤ p < 1 (hidden layers only). */
  dropout?: number;
  /** Batch normalisation of the pre-activation (hidden layers only). */
  batchNorm?: boolean;
}

export interface ModelSpec {
  inputs: number;
  layers: LayerSpec[];
  loss: string;
  /** huber δ, quantile τ, epsilonInsensitive ε. */
  lossParam?: number;
  init?: string;
  /** constant value / uniform half-width. */
  initScale?: number;
  seed?: number;
}

/** A validated layer with its place in the flat parameter vector. */
export interface LayerPlan {
  units: number;
  fanIn: number;
  /** Rows of W: units × pieces. */
  rows: number;
  pieces: number;
  activation: ActivationName | 'maxout';
  /** Activation applied after maxout / batch norm; 'linear' for maxout layers. */
  act: ActivationName;
  alpha: number;
  dropout: number;
  batchNorm: boolean;
  wOffset: number;
  bOffset: number;
  /** γ and β (rows each) when batchNorm, else −1. */
  gammaOffset: number;
  betaOffset: number;
}

export interface ModelPlan {
  inputs: number;
  layers: LayerPlan[];
  loss: LossName;
  lossParam: number;
  init: InitName;
  initScale: number;
  seed: number;
  parameterCount: number;
}

const MAX_UNITS = 4096;
const isInt = (v: unknown, lo: number, hi: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;

/**
 * Validate a spec and lay out its parameters.
 * Layout per layer: W (rows × fanIn, row-major), then b (rows), then, with batch norm, γ (rows)
 * and β (rows). rows = units for ordinary layers and units·k for maxout (rows u·k … u·k+k−1 are
 * neuron u's pieces). So with no maxout or batch norm it is exactly W then b for each layer.
 */
export function planModel(spec: ModelSpec): ModelPlan {
  if (spec === null || typeof spec !== 'object') throw new EngineError('spec', spec, 'an object');
  if (!isInt(spec.inputs, 1, MAX_UNITS))
    throw new EngineError('inputs', spec.inputs, `an integer from 1 to ${MAX_UNITS}`);
  if (!Array.isArray(spec.layers) || spec.layers.length === 0)
    throw new EngineError('layers', spec.layers, 'a non-empty list of layers');
  if (!(LOSS_NAMES as readonly string[]).includes(spec.loss))
    throw new EngineError('loss', spec.loss, `one of ${LOSS_NAMES.join(', ')}`);
  const loss = spec.loss as LossName;
  const init = (spec.init ?? 'xavier') as InitName;
  if (!(INIT_NAMES as readonly string[]).includes(init))
    throw new EngineError('init', spec.init, `one of ${INIT_NAMES.join(', ')}`);
  const lossParam = spec.lossParam ?? LOSSES[loss].defaultParam;
  if (!Number.isFinite(lossParam) || lossParam < 0)
    throw new EngineError('lossParam', spec.lossParam, 'a finite number ≥ 0');
  if (!lossParamOk(loss, lossParam)) {
    const [lo, hi] = LOSSES[loss].paramRange!;
    throw new EngineError(
      'lossParam',
      spec.lossParam,
      `${LOSSES[loss].paramLabel} from ${lo} to ${hi}`,
    );
  }
  const initScale = spec.initScale ?? 0.1;
  if (!Number.isFinite(initScale))
    throw new EngineError('initScale', spec.initScale, 'a finite number');
  const seed = spec.seed ?? 1;
  if (!Number.isFinite(seed)) throw new EngineError('seed', spec.seed, 'a finite number');

  const layers: LayerPlan[] = [];
  let fanIn = spec.inputs;
  let offset = 0;
  const last = spec.layers.length - 1;
  spec.layers.forEach((l, i) => {
    const f = `layers[${i}]`;
    if (l === null || typeof l !== 'object') throw new EngineError(f, l, 'a layer object');
    if (!isInt(l.units, 1, MAX_UNITS))
      throw new EngineError(`${f}.units`, l.units, `an integer from 1 to ${MAX_UNITS}`);
    const name = l.activation;
    const allowed = [...ACTIVATION_NAMES, 'maxout'];
    if (!allowed.includes(name))
      throw new EngineError(`${f}.activation`, name, `one of ${allowed.join(', ')}`);
    if (name === 'softmax' && i !== last)
      throw new EngineError(`${f}.activation`, name, 'softmax only on the last layer');
    if (name === 'maxout' && i === last)
      throw new EngineError(`${f}.activation`, name, 'maxout only on hidden layers');
    const pieces = name === 'maxout' ? (l.pieces ?? 2) : 1;
    if (!isInt(pieces, 1, 16) || (name === 'maxout' && pieces < 2))
      throw new EngineError(`${f}.pieces`, l.pieces, 'an integer from 2 to 16 (maxout only)');
    const act: ActivationName = name === 'maxout' ? 'linear' : (name as ActivationName);
    const alpha = l.alpha ?? (act === 'softmax' ? 0 : ACTIVATIONS[act].defaultParam);
    if (!Number.isFinite(alpha)) throw new EngineError(`${f}.alpha`, l.alpha, 'a finite number');
    const dropout = l.dropout ?? 0;
    if (!(Number.isFinite(dropout) && dropout >= 0 && dropout < 1))
      throw new EngineError(
        `${f}.dropout`,
        l.dropout,
        'a probability from 0 up to (not including) 1',
      );
    if (dropout > 0 && i === last)
      throw new EngineError(`${f}.dropout`, l.dropout, '0 on the output layer');
    const batchNorm = l.batchNorm ?? false;
    if (batchNorm && i === last)
      throw new EngineError(`${f}.batchNorm`, l.batchNorm, 'false on the output layer');
    const rows = l.units * pieces;
    const wOffset = offset;
    const bOffset = wOffset + rows * fanIn;
    offset = bOffset + rows;
    let gammaOffset = -1;
    let betaOffset = -1;
    if (batchNorm) {
      gammaOffset = offset;
      betaOffset = offset + rows;
      offset += 2 * rows;
    }
    layers.push({
      units: l.units,
      fanIn,
      rows,
      pieces,
      activation: name as ActivationName | 'maxout',
      act,
      alpha,
      dropout,
      batchNorm,
      wOffset,
      bOffset,
      gammaOffset,
      betaOffset,
    });
    fanIn = l.units;
  });

  const out = layers[last]!;
  if (loss === 'crossEntropy' && out.act !== 'softmax')
    throw new EngineError('loss', loss, 'crossEntropy with a softmax output layer');
  if (loss === 'bce' && out.act !== 'sigmoid')
    throw new EngineError('loss', loss, 'bce with a sigmoid output layer');
  if (out.act === 'softmax' && out.units < 2)
    throw new EngineError(`layers[${last}].units`, out.units, 'at least 2 units for softmax');
  return {
    inputs: spec.inputs,
    layers,
    loss,
    lossParam,
    init,
    initScale,
    seed,
    parameterCount: offset,
  };
}
