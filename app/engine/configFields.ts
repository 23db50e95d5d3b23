import { ALL_DATASET_NAMES } from './dataset';
import {
  ACTIVATION_NAMES,
  FEATURE_NAMES,
  HIDDEN_ACTIVATIONS,
  INIT_NAMES,
  LOSS_NAMES,
  OPTIMIZER_NAMES,
  REGULARIZATION_NAMES,
  SCHEDULE_NAMES,
} from './trainingConfig';
import type { TrainingConfig } from './trainingConfig';

/** A message about a value that was ignored, clamped or repaired; plain text, never HTML. */
export interface Notice {
  field: keyof TrainingConfig | 'v' | (string & {});
  message: string;
}

/**
 * What a change to a field needs before training goes on: 'data' (new examples, then a new
 * network), 'model' (a new network on the same examples) or 'live' (the trained weights stay;
 * the new setting applies from the next step).
 */
export type ChangeNeed = 'data' | 'model' | 'live';

/**
 * What every field description has: its URL key, a human label, a one-sentence explanation,
 * and what a change to it needs.
 */
interface FieldBase {
  key: string;
  label: string;
  explanation: string;
  change: ChangeNeed;
}

/** How one TrainingConfig field is written, bounded and explained. */
export type FieldSpec = FieldBase &
  (
    | { kind: 'enum'; values: readonly string[] }
    | { kind: 'number'; min: number; max: number; integer: boolean; log: boolean }
    | { kind: 'boolean' }
    | { kind: 'enumList'; values: readonly string[]; maxLength: number }
    | { kind: 'intList'; min: number; max: number; maxLength: number }
  );

/** The network shapes a learner can draw: neurons per hidden layer, and hidden layers. */
export const MIN_UNITS = 1;
export const MAX_UNITS = 16;
export const MAX_HIDDEN_LAYERS = 8;

const num = (min: number, max: number, integer = false, log = false) =>
  ({ kind: 'number', min, max, integer, log }) as const;

/**
 * The typed table of every configuration field, in URL order.
 * Example: CONFIG_FIELDS.learningRate → { key: 'lr', kind: 'number', min: 1e-5, max: 10, log: true, … }.
 */
export const CONFIG_FIELDS: { readonly [K in keyof TrainingConfig]: FieldSpec } = {
  dataset: {
    key: 'data',
    change: 'data',
    label: 'Data set',
    kind: 'enum',
    values: ALL_DATASET_NAMES,
    explanation: 'The examples the network learns from.',
  },
  noise: {
    key: 'noise',
    change: 'data',
    label: 'Noise',
    ...num(0, 1),
    explanation:
      'How much random scatter is added to the examples, as a fraction of the data set’s scale.',
  },
  trainRatio: {
    key: 'train',
    change: 'data',
    label: 'Training share',
    ...num(0.1, 0.9),
    explanation:
      'The fraction of examples used for training; the rest test how well the network generalises.',
  },
  points: {
    key: 'n',
    change: 'data',
    label: 'Examples',
    ...num(10, 2000, true),
    explanation: 'How many examples are generated.',
  },
  features: {
    key: 'feat',
    change: 'data',
    label: 'Input features',
    kind: 'enumList',
    values: FEATURE_NAMES,
    maxLength: FEATURE_NAMES.length,
    explanation: 'The quantities computed from the raw inputs that the network sees.',
  },
  standardize: {
    key: 'std',
    change: 'data',
    label: 'Standardise inputs',
    kind: 'boolean',
    explanation:
      'Shift and scale each input to mean 0 and standard deviation 1, measured on the training set.',
  },
  hidden: {
    key: 'layers',
    change: 'model',
    label: 'Hidden layers',
    kind: 'intList',
    min: MIN_UNITS,
    max: MAX_UNITS,
    maxLength: MAX_HIDDEN_LAYERS,
    explanation: 'The number of neurons in each hidden layer, from input to output.',
  },
  activations: {
    key: 'act',
    change: 'model',
    label: 'Hidden activations',
    kind: 'enumList',
    values: HIDDEN_ACTIVATIONS,
    maxLength: MAX_HIDDEN_LAYERS,
    explanation: 'The function each hidden layer applies to its weighted sums.',
  },
  outputActivation: {
    key: 'out',
    change: 'model',
    label: 'Output activation',
    kind: 'enum',
    values: ACTIVATION_NAMES,
    explanation: 'The function that turns the last weighted sums into a prediction.',
  },
  loss: {
    key: 'loss',
    change: 'model',
    label: 'Loss',
    kind: 'enum',
    values: LOSS_NAMES,
    explanation: 'How a wrong prediction is measured; training makes this number small.',
  },
  lossParam: {
    key: 'lp',
    change: 'model',
    label: 'Loss parameter',
    ...num(0.001, 10),
    explanation:
      'The loss’s own setting: Huber δ, quantile τ (between 0 and 1) or the ε of the ε-insensitive loss.',
  },
  init: {
    key: 'init',
    change: 'model',
    label: 'Initialisation',
    kind: 'enum',
    values: INIT_NAMES,
    explanation: 'How the weights are chosen before training starts.',
  },
  initScale: {
    key: 'is',
    change: 'model',
    label: 'Initial scale',
    ...num(0, 2),
    explanation: 'The value of a constant initialisation, or the range ±a of a uniform one.',
  },
  optimizer: {
    key: 'opt',
    change: 'live',
    label: 'Optimiser',
    kind: 'enum',
    values: OPTIMIZER_NAMES,
    explanation: 'The rule that turns gradients into weight updates.',
  },
  learningRate: {
    key: 'lr',
    change: 'live',
    label: 'Learning rate',
    ...num(0.00001, 10, false, true),
    explanation: 'How big a step each update takes along the negative gradient.',
  },
  momentum: {
    key: 'mom',
    change: 'live',
    label: 'Momentum',
    ...num(0, 0.999),
    explanation: 'How much of the previous update carries over (Adam β₁, RMSProp ρ).',
  },
  beta2: {
    key: 'b2',
    change: 'live',
    label: 'Adam β₂',
    ...num(0.9, 0.99999),
    explanation: 'How slowly Adam’s running average of squared gradients forgets.',
  },
  schedule: {
    key: 'sched',
    change: 'live',
    label: 'Learning-rate schedule',
    kind: 'enum',
    values: SCHEDULE_NAMES,
    explanation: 'How the learning rate changes as the epochs go by.',
  },
  decayRate: {
    key: 'decay',
    change: 'live',
    label: 'Decay rate',
    ...num(0.01, 1),
    explanation: 'The factor the learning rate is multiplied by at each decay.',
  },
  decayEvery: {
    key: 'every',
    change: 'live',
    label: 'Decay every',
    ...num(1, 10000, true),
    explanation: 'Epochs between two decays of the step schedule.',
  },
  batchSize: {
    key: 'batch',
    change: 'live',
    label: 'Batch size',
    ...num(1, 2000, true, true),
    explanation: 'How many examples are averaged for each update; at most the training-set size.',
  },
  regularization: {
    key: 'reg',
    change: 'live',
    label: 'Regularisation',
    kind: 'enum',
    values: REGULARIZATION_NAMES,
    explanation: 'A penalty on large weights added to the loss (L1 or L2).',
  },
  regRate: {
    key: 'rr',
    change: 'live',
    label: 'Regularisation rate',
    ...num(0, 1),
    explanation: 'How strongly the weight penalty counts against the loss.',
  },
  dropout: {
    key: 'drop',
    change: 'model',
    label: 'Dropout',
    ...num(0, 0.9),
    explanation: 'The chance that a hidden neuron is switched off for one training step.',
  },
  batchNorm: {
    key: 'bn',
    change: 'model',
    label: 'Batch normalisation',
    kind: 'boolean',
    explanation: 'Normalise each hidden layer’s sums over the batch before the activation.',
  },
  validation: {
    key: 'val',
    change: 'data',
    label: 'Validation share',
    ...num(0, 0.5),
    explanation:
      'The fraction of the training examples held out for validation: never trained on, used to decide when to stop, so the test set judges the result only once.',
  },
  patience: {
    key: 'pat',
    change: 'live',
    label: 'Early-stopping patience',
    ...num(0, 1000, true),
    explanation:
      'Stop when the validation loss has not improved for this many epochs and go back to the weights of its best epoch; 0 means off.',
  },
  stopEpochs: {
    key: 'stop',
    change: 'live',
    label: 'Stop after epochs',
    ...num(0, 100000, true),
    explanation:
      'Pause training after this many epochs, a fixed cap chosen in advance (not early stopping, which watches the validation loss); 0 means never.',
  },
  targetLoss: {
    key: 'target',
    change: 'live',
    label: 'Target loss',
    ...num(0, 10),
    explanation: 'Pause training once the training loss falls below this; 0 means off.',
  },
  seed: {
    key: 'seed',
    change: 'data',
    label: 'Seed',
    ...num(0, 2 ** 31 - 1, true),
    explanation: 'The number that fixes every random choice, so a run can be repeated exactly.',
  },
};

/**
 * The default playground: a circle that a small tanh network separates within seconds.
 */
export const DEFAULT_CONFIG: TrainingConfig = {
  dataset: 'circle',
  noise: 0.1,
  trainRatio: 0.5,
  points: 400,
  features: ['x1', 'x2'],
  standardize: false,
  hidden: [4, 2],
  activations: ['tanh', 'tanh'],
  outputActivation: 'sigmoid',
  loss: 'bce',
  lossParam: 1,
  init: 'xavier',
  initScale: 0.1,
  optimizer: 'sgd',
  learningRate: 0.03,
  momentum: 0.9,
  beta2: 0.999,
  schedule: 'constant',
  decayRate: 0.5,
  decayEvery: 100,
  batchSize: 10,
  regularization: 'none',
  regRate: 0.001,
  dropout: 0,
  batchNorm: false,
  validation: 0,
  patience: 0,
  stopEpochs: 0,
  targetLoss: 0,
  seed: 1,
};
