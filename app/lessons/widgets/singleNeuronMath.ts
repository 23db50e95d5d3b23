import { generateDataset } from '../../engine/datasets';

/** The house data the single-neuron widget fits: 30 houses, floor area (m²) → price (k€). */
export function houseData() {
  const d = generateDataset('housePrices', { n: 30, noise: 0.2, seed: 7 });
  return { area: Array.from(d.x), price: Array.from(d.y) };
}

/**
 * One neuron's prediction: ŷ = w·x + b, or max(0, w·x + b) with ReLU.
 * Example: neuronOutput(3, -100, 20, true) → 0 (the line is cut at zero).
 */
export function neuronOutput(w: number, b: number, x: number, relu: boolean): number {
  const z = w * x + b;
  return relu && z < 0 ? 0 : z;
}

/**
 * The cost of the neuron on the data: the mean over examples of the loss ½(ŷ − y)², as the
 * engine defines mean squared error. Example: houseCost(0, 10, [1], [12], false) → 2.
 */
export function houseCost(w: number, b: number, xs: number[], ys: number[], relu: boolean): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    const e = neuronOutput(w, b, xs[i]!, relu) - ys[i]!;
    s += 0.5 * e * e;
  }
  return xs.length ? s / xs.length : NaN;
}
