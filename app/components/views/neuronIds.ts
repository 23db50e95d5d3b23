import type { LayerLayout } from '../../engine/sessionTypes';
import { neuronName } from './parameterNames';

/** A neuron of the computing layers: layer 0 is the first hidden layer, the last is the output. */
export interface NeuronRef {
  layer: number;
  unit: number;
}

/**
 * The neuron a diagram id names: 'h2-0' → { layer: 1, unit: 0 }, 'out-1' → the output layer's
 * second unit; inputs and unknown ids give null.
 */
export function neuronOfId(id: string, layers: LayerLayout[]): NeuronRef | null {
  const hidden = /^h(\d+)-(\d+)$/.exec(id);
  const out = /^out-(\d+)$/.exec(id);
  const ref = hidden
    ? { layer: Number(hidden[1]) - 1, unit: Number(hidden[2]) }
    : out
      ? { layer: layers.length - 1, unit: Number(out[1]) }
      : null;
  if (!ref) return null;
  const l = layers[ref.layer];
  return l && ref.unit < l.units ? ref : null;
}

/** Every neuron of the network with its readable name, in layer order (for a picker). */
export function neuronOptions(layers: LayerLayout[]): (NeuronRef & { name: string })[] {
  return layers.flatMap((l, layer) =>
    Array.from({ length: l.units }, (_, unit) => ({
      layer,
      unit,
      name: neuronName(layers, layer, unit),
    })),
  );
}
