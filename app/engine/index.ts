/**
 * The engine's public facade: what the worker, the lessons and independent checks rely on.
 *
 *   const model = createModel({ inputs: 2, layers: [{ units: 4, activation: 'tanh' },
 *                               { units: 1, activation: 'sigmoid' }], loss: 'bce', seed: 1 });
 *   model.fit(x, y, { epochs: 100, batchSize: 10, learningRate: 0.1 });
 *
 * Parameter layout (parameters(), gradients): for each layer W (rows × fan-in, row-major),
 * then b (rows), then with batch norm γ (rows) and β (rows); rows = units, or units·k for a
 * maxout layer of k pieces (neuron u owns rows u·k … u·k+k−1).
 */
export { createModel, type Model, type FitOptions, type LossAndGradient } from './model';
export type { ModelSpec, LayerSpec, ModelPlan, LayerPlan } from './networkSpec';
export { EngineError } from './errors';
export { createRng, type Rng } from './rng';
export { ACTIVATIONS, sigmoid } from './activations';
export { LOSSES } from './losses';
export { Optimizer } from './optimizers';
export { scheduledRate } from './schedule';
export { TrainingSession, specFromConfig } from './session';
export { lossAlongParameter, lossSurface, backpropTrace } from './probes';
export type { BackpropTrace, TraceLayer, ParameterSlice, ProbeData } from './probes';
export { generateDataset, DATASET_INFO } from './datasets';
export {
  customDataset,
  customDataProblem,
  isCustomDataset,
  CUSTOM_DATASETS,
  type CustomData,
} from './customData';
export { FEATURE_INFO, applicableFeatures } from './features';
export { prepareData, type PreparedData } from './prepareData';
export type * from './sessionTypes';
export type * from './trainingConfig';
export type * from './dataset';
