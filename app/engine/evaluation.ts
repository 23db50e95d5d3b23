import type { ProblemType } from './dataset';
import type { Network } from './network';
import { predictedClass } from './targets';
import type { LossName } from './trainingConfig';

/** Metrics of one pass over a split, in evaluation mode. */
export interface Evaluation {
  loss: number;
  /** Fraction correct for classification, NaN for regression. */
  accuracy: number;
}

/**
 * Loss and accuracy of `net` over n examples (rows of x, encoded targets y) in evaluation
 * mode, 256 rows at a time; accuracy is NaN for regression and both are NaN when n is 0.
 */
export function evaluateExamples(
  net: Network,
  problem: ProblemType,
  loss: LossName,
  x: Float64Array,
  y: Float64Array,
  n: number,
): Evaluation {
  if (n === 0) return { loss: NaN, accuracy: NaN };
  const k = net.outputs;
  const out = net.buffers[net.buffers.length - 1]!.h;
  let total = 0;
  let correct = 0;
  const chunk = 256;
  for (let s = 0; s < n; s += chunk) {
    const c = Math.min(chunk, n - s);
    net.loadInputs(x, null, s, c);
    net.forwardHidden({ training: false });
    total += net.lossOnBatch(y, null, s, false) * c;
    if (problem === 'regression') continue;
    // The target row is encoded like an ideal output, so the same decoding gives its class.
    for (let i = 0; i < c; i++) {
      if (
        predictedClass(out, i * k, k, problem, loss) ===
        predictedClass(y, (s + i) * k, k, problem, loss)
      )
        correct++;
    }
  }
  return { loss: total / n, accuracy: problem === 'regression' ? NaN : correct / n };
}
