import type { Rng } from './rng';
import type { ModelPlan } from './networkSpec';
import type { InitName } from './trainingConfig';

/**
 * Draw one weight for a layer with the given fan-in and fan-out.
 *   zeros        0 (every hidden neuron stays identical: the symmetry problem)
 *   constant     c = scale
 *   smallRandom  N(0, 1) · 0.01, the lecture's recipe
 *   uniform      U(−a, a), a = scale
 *   xavier       U(−r, r), r = √(6 / (fanIn + fanOut))   (Glorot & Bengio)
 *   he           N(0, 2 / fanIn)                          (He et al., for ReLU)
 */
export function drawWeight(
  init: InitName,
  fanIn: number,
  fanOut: number,
  scale: number,
  rng: Rng,
): number {
  switch (init) {
    case 'zeros':
      return 0;
    case 'constant':
      return scale;
    case 'smallRandom':
      return rng.normal() * 0.01;
    case 'uniform':
      return (2 * rng.next() - 1) * scale;
    case 'xavier':
      return (2 * rng.next() - 1) * Math.sqrt(6 / (fanIn + fanOut));
    case 'he':
      return rng.normal() * Math.sqrt(2 / fanIn);
  }
}

/**
 * Fill `params` for a plan: weights by `init`, biases 0, batch-norm γ = 1 and β = 0.
 * Layers are drawn in order, row by row, so the same seed always gives the same network.
 */
export function initializeParameters(plan: ModelPlan, params: Float64Array, rng: Rng): void {
  params.fill(0);
  for (const l of plan.layers) {
    const nW = l.rows * l.fanIn;
    for (let i = 0; i < nW; i++)
      params[l.wOffset + i] = drawWeight(plan.init, l.fanIn, l.units, plan.initScale, rng);
    if (l.batchNorm) params.fill(1, l.gammaOffset, l.gammaOffset + l.rows);
  }
}
