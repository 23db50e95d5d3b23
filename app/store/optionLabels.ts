import { ACTIVATIONS } from '../engine/activations';
import type {
  ActivationName,
  HiddenActivation,
  InitName,
  LossName,
  OptimizerName,
  RegularizationName,
  ScheduleName,
  TrainingConfig,
} from '../engine/trainingConfig';
import type { DatasetName } from '../engine/dataset';
import { DATASET_INFO } from '../engine/datasetInfo';

/**
 * Names the controls show for each engine option, e.g. leakyRelu → 'Leaky ReLU'. Activations
 * name themselves (engine/activations.ts); softmax (an output head) and maxout (a layer kind)
 * are not element-wise functions, so they are named here.
 */
export const ACTIVATION_LABELS: Record<ActivationName | HiddenActivation, string> = {
  ...(Object.fromEntries(Object.values(ACTIVATIONS).map((a) => [a.name, a.label])) as Record<
    keyof typeof ACTIVATIONS,
    string
  >),
  softmax: 'Softmax',
  maxout: 'Maxout',
};

export const LOSS_LABELS: Record<LossName, string> = {
  mse: 'Mean squared error',
  mae: 'Mean absolute error',
  huber: 'Huber',
  logCosh: 'Log-cosh',
  quantile: 'Quantile (pinball)',
  epsilonInsensitive: 'ε-insensitive',
  bce: 'Binary cross-entropy',
  hinge: 'Hinge',
  crossEntropy: 'Cross-entropy',
};

export const INIT_LABELS: Record<InitName, string> = {
  zeros: 'Zeros',
  constant: 'Constant',
  smallRandom: 'Small random',
  uniform: 'Uniform ±a',
  xavier: 'Xavier (Glorot)',
  he: 'He',
};

/** Initialisations that read `initScale`. */
export const SCALED_INITS: readonly InitName[] = ['constant', 'uniform'];

export const OPTIMIZER_LABELS: Record<OptimizerName, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  nesterov: 'Nesterov',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

/** What `momentum` means for each optimiser, or null when it is unused. */
export const MOMENTUM_LABEL: Record<OptimizerName, string | null> = {
  sgd: null,
  momentum: 'Momentum μ',
  nesterov: 'Momentum μ',
  rmsprop: 'Decay ρ',
  adam: 'β₁',
};

export const SCHEDULE_LABELS: Record<ScheduleName, string> = {
  constant: 'Constant',
  step: 'Step decay',
  exponential: 'Exponential decay',
};

export const REGULARIZATION_LABELS: Record<RegularizationName, string> = {
  none: 'None',
  l1: 'L1',
  l2: 'L2',
};

/** What a hidden activation does, for the per-layer selects' explanation. */
export const helpOfActivation =
  'The function each neuron of the layer applies to its weighted sum. Tanh and sigmoid bend ' +
  'smoothly; ReLU and its variants are straight pieces; linear layers add no bend at all; ' +
  'maxout takes the largest of a few straight pieces; threshold jumps from 0 to 1 and has no ' +
  'slope at all, so nothing before it can learn.';

/**
 * Why a network with threshold layers stalls, for the layers (counted from 1) that use it.
 * Example: thresholdStallNote([1], 1) → 'Layer 1 uses the threshold (step): … only the output
 * layer learns, and the loss soon stalls. …'.
 */
export function thresholdStallNote(layers: number[], hiddenCount: number): string {
  const last = Math.max(...layers);
  const which = layers.length === 1 ? `Layer ${layers[0]} uses` : `Layers ${layers.join(', ')} use`;
  const learns =
    last === hiddenCount ? 'only the output layer learns' : `only the layers after ${last} learn`;
  return (
    `${which} the threshold (step): 1 when z > 0, else 0. Its slope is 0 everywhere, and ` +
    `backpropagation multiplies by that slope, so no gradient reaches layer ${last} or any ` +
    `layer before it. Those weights never learn from the data (only an L1 or L2 penalty ` +
    `still shrinks them); ${learns}, and the loss soon stalls. ` +
    'Gradient descent needs activations with a slope.'
  );
}

const FIELD_OPTION_LABELS: Partial<Record<keyof TrainingConfig, Record<string, string>>> = {
  activations: ACTIVATION_LABELS,
  outputActivation: ACTIVATION_LABELS,
  loss: LOSS_LABELS,
  init: INIT_LABELS,
  optimizer: OPTIMIZER_LABELS,
  schedule: SCHEDULE_LABELS,
  regularization: REGULARIZATION_LABELS,
};

/**
 * The name the controls give option `value` of a configuration field, or undefined where they
 * show the value itself. Example: optionLabel('init', 'he') → 'He'; optionLabel('dataset',
 * 'xor') → 'Exclusive or'.
 */
export function optionLabel(field: keyof TrainingConfig, value: string): string | undefined {
  if (field === 'dataset') return DATASET_INFO[value as DatasetName]?.label;
  return FIELD_OPTION_LABELS[field]?.[value];
}
