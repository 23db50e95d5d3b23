import type { ModelSpec } from './networkSpec';
import type { PreparedData } from './prepareData';
import type { TrainingConfig } from './trainingConfig';

/** Build the engine's model spec for a playground configuration and its prepared data. */
export function specFromConfig(
  cfg: TrainingConfig,
  data: Pick<PreparedData, 'width' | 'outputs'>,
): ModelSpec {
  return {
    inputs: data.width,
    layers: [
      ...cfg.hidden.map((units, i) => ({
        units,
        activation: cfg.activations[i] ?? 'tanh',
        dropout: cfg.dropout,
        batchNorm: cfg.batchNorm,
      })),
      { units: data.outputs, activation: cfg.outputActivation },
    ],
    loss: cfg.loss,
    lossParam: cfg.lossParam,
    init: cfg.init,
    initScale: cfg.initScale,
    seed: cfg.seed,
  };
}
