import type { DatasetName } from './dataset';

export const ACTIVATION_NAMES = [
  'linear',
  'sigmoid',
  'tanh',
  'relu',
  'leakyRelu',
  'elu',
  'threshold',
  'softmax',
] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];
/** Activations a hidden layer may use ("maxout" is a layer kind: max of k affine pieces). */
export type HiddenActivation = Exclude<ActivationName, 'softmax'> | 'maxout';
/** Every element-wise activation but softmax (an output head), then maxout. */
export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = [
  ...ACTIVATION_NAMES.filter((n): n is Exclude<ActivationName, 'softmax'> => n !== 'softmax'),
  'maxout',
];

export const LOSS_NAMES = [
  'mse',
  'mae',
  'huber',
  'logCosh',
  'quantile',
  'epsilonInsensitive',
  'bce',
  'hinge',
  'crossEntropy',
] as const;
export type LossName = (typeof LOSS_NAMES)[number];

export const INIT_NAMES = ['zeros', 'constant', 'smallRandom', 'uniform', 'xavier', 'he'] as const;
export type InitName = (typeof INIT_NAMES)[number];

export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

export const SCHEDULE_NAMES = ['constant', 'step', 'exponential'] as const;
export type ScheduleName = (typeof SCHEDULE_NAMES)[number];

export const REGULARIZATION_NAMES = ['none', 'l1', 'l2'] as const;
export type RegularizationName = (typeof REGULARIZATION_NAMES)[number];

export const FEATURE_NAMES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Everything that defines a training run in the playground. It is plain, serialisable data:
 * the store owns it, the URL mirrors it, the worker builds a session from it.
 */
export interface TrainingConfig {
  dataset: DatasetName;
  /** 0..1, fraction of the data set's natural scale. */
  noise: number;
  /** Fraction of examples used for training, 0.1..0.9. */
  trainRatio: number;
  /** Number of generated examples (fixed-size tables such as studyHours ignore it). */
  points: number;
  /** Input features built from the raw columns (planar and 1-D data sets). */
  features: FeatureName[];
  standardize: boolean;
  /** Units per hidden layer, 0..8 layers of 1..16 units. */
  hidden: number[];
  /** One activation per hidden layer. */
  activations: HiddenActivation[];
  outputActivation: ActivationName;
  loss: LossName;
  /** Parameter of the loss where it has one: huber δ, quantile τ, epsilonInsensitive ε. */
  lossParam: number;
  init: InitName;
  /** Scale of the init where it has one: constant value, uniform ±a. */
  initScale: number;
  optimizer: OptimizerName;
  learningRate: number;
  /** Momentum / Nesterov coefficient; RMSProp ρ; Adam β1. */
  momentum: number;
  /** Adam β2. */
  beta2: number;
  schedule: ScheduleName;
  /** Multiplier per decay period (step) or per epoch (exponential), 0..1. */
  decayRate: number;
  /** Epochs per step of the step schedule. */
  decayEvery: number;
  batchSize: number;
  regularization: RegularizationName;
  regRate: number;
  /** Dropout probability for hidden layers, 0..0.9. */
  dropout: number;
  batchNorm: boolean;
  /**
   * Fraction of the training examples held out as a validation set (0..0.5): never trained
   * on, watched by early stopping, so the test set can stay untouched until the end.
   */
  validation: number;
  /**
   * Early stopping: stop when the validation loss has not improved for this many epochs and
   * restore the weights of its best epoch; 0 means off (needs a validation set).
   */
  patience: number;
  /** Stop after this many epochs; 0 means never. */
  stopEpochs: number;
  /** Stop once the training loss is below this; 0 means off. */
  targetLoss: number;
  seed: number;
}
