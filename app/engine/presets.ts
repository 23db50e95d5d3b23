import { DEFAULT_CONFIG, sanitizeConfig } from './configRules';
import type { DatasetName } from './dataset';
import { FEATURE_NAMES, type TrainingConfig } from './trainingConfig';

/**
 * One good starting point per data set, as changes to DEFAULT_CONFIG: small enough to learn in
 * seconds, with the head the problem needs (softmax + cross-entropy for three classes,
 * linear + MSE for regression). Example: PRESETS.gaussian is a single sigmoid neuron.
 */
export const PRESETS: Record<DatasetName, Partial<TrainingConfig>> = {
  circle: {},
  xor: { hidden: [4, 2], activations: ['tanh', 'tanh'] },
  // Two separable clouds: logistic regression (no hidden layer) is enough.
  gaussian: { hidden: [], activations: [], learningRate: 0.1 },
  // The engineered features make the spiral reachable for a small net.
  spiral: {
    noise: 0,
    features: [...FEATURE_NAMES],
    hidden: [8, 6],
    activations: ['tanh', 'tanh'],
    learningRate: 0.03,
  },
  moons: { hidden: [6, 4], activations: ['tanh', 'tanh'] },
  blobs3: {
    hidden: [4],
    activations: ['tanh'],
    outputActivation: 'softmax',
    loss: 'crossEntropy',
  },
  spiral3: {
    noise: 0,
    features: [...FEATURE_NAMES],
    hidden: [8, 8],
    activations: ['tanh', 'tanh'],
    outputActivation: 'softmax',
    loss: 'crossEntropy',
    optimizer: 'adam',
    learningRate: 0.01,
  },
  // A plane is a linear function: linear regression, no hidden layer.
  plane: {
    hidden: [],
    activations: [],
    outputActivation: 'linear',
    loss: 'mse',
    learningRate: 0.01,
  },
  bumps: {
    hidden: [8, 8],
    activations: ['tanh', 'tanh'],
    outputActivation: 'linear',
    loss: 'mse',
  },
  sine: {
    features: ['x1'],
    hidden: [8, 8],
    activations: ['tanh', 'tanh'],
    outputActivation: 'linear',
    loss: 'mse',
  },
  // One neuron: price = w · size + b, on standardised sizes so plain SGD converges.
  housePrices: {
    features: ['x1'],
    standardize: true,
    hidden: [],
    activations: [],
    outputActivation: 'linear',
    loss: 'mse',
    points: 100,
  },
  // Eight rows, three columns: half of them train, four to a batch.
  studyHours: {
    features: [],
    standardize: true,
    hidden: [3],
    activations: ['tanh'],
    outputActivation: 'linear',
    loss: 'mse',
    batchSize: 4,
  },
  // The user's own data: a small tanh network on standardised inputs, the problem's head.
  customBinary: { hidden: [6, 4], activations: ['tanh', 'tanh'], standardize: true },
  customClasses: {
    hidden: [8, 6],
    activations: ['tanh', 'tanh'],
    standardize: true,
    outputActivation: 'softmax',
    loss: 'crossEntropy',
    optimizer: 'adam',
    learningRate: 0.01,
  },
  customValues: {
    hidden: [6],
    activations: ['tanh'],
    standardize: true,
    outputActivation: 'linear',
    loss: 'mse',
    optimizer: 'adam',
    learningRate: 0.01,
  },
};

/**
 * The full, valid configuration a data set starts from: DEFAULT_CONFIG, then the preset.
 * Example: presetFor('blobs3').outputActivation → 'softmax'.
 */
export function presetFor(dataset: DatasetName): TrainingConfig {
  return sanitizeConfig({ ...DEFAULT_CONFIG, ...PRESETS[dataset], dataset }).config;
}
