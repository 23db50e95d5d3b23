import { describe, expect, it } from 'vitest';
import { presetFor } from '../../engine/presets';
import { TrainingSession } from '../../engine/session';
import { copiesOf, layerNeurons } from './neuronCopies';

describe('the first layer’s neurons, read from the parameters', () => {
  it('reads W rows and b by the layout, as the engine lays them out', () => {
    const layer = {
      units: 2,
      fanIn: 3,
      pieces: 1,
      wOffset: 0,
      bOffset: 6,
      gammaOffset: -1,
      betaOffset: -1,
      activation: 'tanh',
    };
    expect(layerNeurons(layer, [1, 2, 3, 4, 5, 6, 7, 8])).toEqual([
      [1, 2, 3, 7],
      [4, 5, 6, 8],
    ]);
  });

  it('finds copies: all four after zero or constant initialisation, none after Xavier (lesson 8’s XOR network)', () => {
    const trained = (init: 'zeros' | 'constant' | 'xavier') => {
      const s = new TrainingSession({
        ...presetFor('xor'),
        hidden: [4],
        activations: ['tanh'],
        init,
        initScale: 0.5,
      });
      while (s.epoch < 300) s.stepBatch();
      return copiesOf(layerNeurons(s.info().layers[0]!, s.net.params));
    };
    expect(trained('zeros')).toEqual([true, true, true, true]);
    expect(trained('constant')).toEqual([true, true, true, true]);
    expect(trained('xavier')).toEqual([false, false, false, false]);
  }, 30_000);
});
