/**
 * A neuron of the network, as every module passes it: `layer` −1 is the input features,
 * 0 … L−1 the computing layers (hidden layers first, the output layer last), and `unit` counts
 * from 0 within its layer. Example: in 2-4-1, { layer: 0, unit: 3 } is the first hidden
 * layer's fourth neuron and { layer: 1, unit: 0 } the output.
 *
 * This is the only neuron numbering in the app. Text for people (h₁,₄, "the output") is made
 * from it by naming functions; strings for the DOM or map keys come only from `neuronKey`.
 */
export interface NeuronRef {
  readonly layer: number;
  readonly unit: number;
}

/** The layer index of the input features. */
export const INPUT_LAYER = -1;

/** A neuron and the text written beside it on the diagram (e.g. "a = 0.42"). */
export interface NeuronNote {
  readonly neuron: NeuronRef;
  readonly text: string;
}

/** The one string form of a reference, for DOM attributes and map keys: { 0, 3 } → "0:3". */
export function neuronKey(ref: NeuronRef): string {
  return `${ref.layer}:${ref.unit}`;
}

/** The inverse of `neuronKey`: "0:3" → { layer: 0, unit: 3 }; anything else → null. */
export function parseNeuronKey(key: string): NeuronRef | null {
  const m = /^(-1|0|[1-9]\d*):(0|[1-9]\d*)$/.exec(key);
  return m ? { layer: Number(m[1]), unit: Number(m[2]) } : null;
}

/** Whether two references name the same neuron (either may be null). */
export function sameNeuron(a: NeuronRef | null, b: NeuronRef | null): boolean {
  return a === b || (a !== null && b !== null && a.layer === b.layer && a.unit === b.unit);
}

/**
 * Whether `ref` names a neuron of a network with `inputs` features and computing layers of
 * the given sizes.
 */
export function neuronExists(
  ref: NeuronRef,
  inputs: number,
  layers: readonly { readonly units: number }[],
): boolean {
  if (!Number.isInteger(ref.unit) || ref.unit < 0) return false;
  if (ref.layer === INPUT_LAYER) return ref.unit < inputs;
  const l = Number.isInteger(ref.layer) ? layers[ref.layer] : undefined;
  return l !== undefined && ref.unit < l.units;
}

/** Whether `ref` is in the output layer of a network with `layerCount` computing layers. */
export function isOutputNeuron(ref: NeuronRef, layerCount: number): boolean {
  return ref.layer === layerCount - 1;
}

/**
 * Index of a hidden neuron in the running order over all hidden neurons (the order of the
 * worker's neuron pictures), or −1 for inputs, outputs and neurons that do not exist.
 */
export function hiddenSlot(ref: NeuronRef, layers: readonly { readonly units: number }[]): number {
  if (ref.layer < 0 || ref.layer >= layers.length - 1) return -1;
  if (!neuronExists(ref, 0, layers)) return -1;
  let slot = ref.unit;
  for (let l = 0; l < ref.layer; l++) slot += layers[l]!.units;
  return slot;
}
