import type { ModelPlan } from './networkSpec';
import type { RegularizationName } from './trainingConfig';

/**
 * Weight penalty added to the cost, applied to the weights W only (not biases, not γ/β):
 *   l1  λ·Σ|w|,     gradient λ·sign(w)
 *   l2  ½λ·Σw²,     gradient λ·w
 * Returns the penalty and, when `grad` is given, adds its gradient into it.
 */
export function applyPenalty(
  plan: ModelPlan,
  params: Float64Array,
  kind: RegularizationName,
  rate: number,
  grad: Float64Array | null,
): number {
  if (kind === 'none' || rate === 0) return 0;
  let total = 0;
  for (const l of plan.layers) {
    const end = l.wOffset + l.rows * l.fanIn;
    for (let i = l.wOffset; i < end; i++) {
      const w = params[i]!;
      if (kind === 'l2') {
        total += 0.5 * w * w;
        if (grad) grad[i] = grad[i]! + rate * w;
      } else {
        total += Math.abs(w);
        if (grad) grad[i] = grad[i]! + rate * Math.sign(w);
      }
    }
  }
  return rate * total;
}
