import type { GridValues, NetworkInfo } from '../worker/protocol';

/**
 * The picture of hidden neuron `id` ('h0-2': layer 0, unit 2) as a one-output grid, or null
 * when there is none. Neuron pictures are stored res·res per neuron, in layer order.
 */
export function neuronGrid(
  info: NetworkInfo,
  grid: GridValues | null,
  id: string | null,
): { picture: GridValues; label: string } | null {
  const m = id ? /^h(\d+)-(\d+)$/.exec(id) : null;
  if (!m || !grid?.neurons || grid.neuronCount === 0) return null;
  const layer = Number(m[1]);
  const unit = Number(m[2]);
  let index = unit;
  for (let l = 0; l < layer; l++) index += info.layers[l]?.units ?? 0;
  const cells = grid.neurons.length / grid.neuronCount;
  const res = Math.round(Math.sqrt(cells));
  if (index >= grid.neuronCount || res * res !== cells) return null;
  const output = grid.neurons.subarray(index * cells, (index + 1) * cells);
  const picture: GridValues = { res, output, outputs: 1, neuronCount: 0 };
  return { picture, label: `neuron ${unit + 1} of hidden layer ${layer + 1}` };
}
