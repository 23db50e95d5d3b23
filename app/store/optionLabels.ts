import type {
  ActivationName,
  HiddenActivation,
  InitName,
  LossName,
  OptimizerName,
  RegularizationName,
  ScheduleName,
} from '../engine/trainingConfig';

/** Names the controls show for each engine option, e.g. leakyRelu → 'Leaky ReLU'. */
export const ACTIVATION_LABELS: Record<ActivationName | HiddenActivation, string> = {
  linear: 'Linear',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  leakyRelu: 'Leaky ReLU',
  elu: 'ELU',
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
  'maxout takes the largest of a few straight pieces.';
