import { hiddenSlot, type NeuronRef } from '../engine/neuronRef';
import type { GridValues, NetworkInfo } from '../worker/protocol';

/**
 * The picture of a hidden neuron as a one-output grid, or null when there is none (inputs,
 * outputs, no pictures). Neuron pictures are stored res·res per neuron, in layer order.
 */
export function neuronGrid(
  info: NetworkInfo,
  grid: GridValues | null,
  neuron: NeuronRef | null,
): { picture: GridValues; label: string } | null {
  const index = neuron ? hiddenSlot(neuron, info.layers) : -1;
  if (!neuron || index < 0 || !grid?.neurons || grid.neuronCount === 0) return null;
  const { layer, unit } = neuron;
  const cells = grid.neurons.length / grid.neuronCount;
  const res = Math.round(Math.sqrt(cells));
  if (index >= grid.neuronCount || res * res !== cells) return null;
  const output = grid.neurons.subarray(index * cells, (index + 1) * cells);
  const picture: GridValues = { res, output, outputs: 1, neuronCount: 0 };
  return { picture, label: `neuron ${unit + 1} of hidden layer ${layer + 1}` };
}
