import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './configRules';
import { DATASET_NAMES } from './dataset';
import { networkShape } from './networkShape';
import { presetFor } from './presets';
import { TrainingSession } from './session';
import type { TrainingConfig } from './trainingConfig';

/** What the worker's session reports for a configuration. */
function sessionShape(cfg: TrainingConfig) {
  const { featureNames, layers, parameterCount } = new TrainingSession(cfg).info();
  return { featureNames, layers, parameterCount };
}

describe('networkShape (the diagram before the worker answers)', () => {
  it('is exactly the session’s shape for every built-in data set’s preset', () => {
    let drawn = 0;
    for (const name of DATASET_NAMES) {
      const cfg = presetFor(name);
      const shape = networkShape(cfg);
      if (shape === null) continue;
      drawn++;
      expect(shape, name).toEqual(sessionShape(cfg));
    }
    // Every planar and 1-D set is drawn at once; only wider data waits for the worker.
    expect(drawn).toBeGreaterThanOrEqual(DATASET_NAMES.length - 1);
  });

  it('follows features, layers, maxout, batch norm and the output head', () => {
    const variants: Partial<TrainingConfig>[] = [
      {},
      { hidden: [], activations: [] },
      {
        features: ['x1', 'x2', 'x1sq', 'sinx2'],
        hidden: [8, 8, 3],
        activations: ['relu', 'tanh', 'elu'],
      },
      { hidden: [5, 3], activations: ['maxout', 'tanh'] },
      { hidden: [4], activations: ['tanh'], batchNorm: true },
      { dataset: 'blobs3', outputActivation: 'softmax', loss: 'crossEntropy' },
    ];
    for (const v of variants) {
      const cfg = { ...DEFAULT_CONFIG, ...v } as TrainingConfig;
      expect(networkShape(cfg), JSON.stringify(v)).toEqual(sessionShape(cfg));
    }
  });

  it('leaves the user’s own data to the worker', () => {
    expect(
      networkShape({ ...DEFAULT_CONFIG, dataset: 'customBinary' } as TrainingConfig),
    ).toBeNull();
  });
});
