import type { NeuronRef } from '../../engine/neuronRef';
import type { LayerLayout } from '../../engine/sessionTypes';
import { neuronName } from './parameterNames';

/** Every computing neuron of the network with its readable name, in layer order (for a picker). */
export function neuronOptions(layers: LayerLayout[]): (NeuronRef & { name: string })[] {
  return layers.flatMap((l, layer) =>
    Array.from({ length: l.units }, (_, unit) => ({
      layer,
      unit,
      name: neuronName(layers, layer, unit),
    })),
  );
}
