import { createOutputHead } from '../../engine/outputHead';
import type { ActivationName, LossName } from '../../engine/trainingConfig';

/**
 * The classification heads the loss widget shows, each an output activation and the loss the
 * playground pairs with it (engine/problemHeads.ts), with the labels it trains towards.
 */
export const CLASSIFICATION_HEADS = {
  'sigmoid-bce': {
    label: 'Sigmoid + binary cross-entropy',
    activation: 'sigmoid',
    loss: 'bce',
    /** The label values a learner can pick. */
    labels: [0, 1],
    logits: 1,
  },
  hinge: {
    label: 'Hinge on a raw score',
    activation: 'linear',
    loss: 'hinge',
    labels: [-1, 1],
    logits: 1,
  },
  'softmax-ce': {
    label: 'Softmax + cross-entropy, 3 classes',
    activation: 'softmax',
    loss: 'crossEntropy',
    /** The correct class, counted from 0. */
    labels: [0, 1, 2],
    logits: 3,
  },
} as const satisfies Record<
  string,
  {
    label: string;
    activation: ActivationName;
    loss: LossName;
    labels: readonly number[];
    logits: number;
  }
>;

/** One of the heads above. */
export type ClassificationHead = keyof typeof CLASSIFICATION_HEADS;

/** What the output layer makes of its logits for one example. */
export interface HeadResult {
  /** The outputs: σ(z), the score itself, or the softmax probabilities. */
  outputs: number[];
  /** The example's loss. */
  loss: number;
  /** ∂L/∂z for each logit: what backpropagation starts from. */
  gradient: number[];
}

/** The target vector the engine trains on: the label itself, or a one-hot of the class. */
export function targetOf(head: ClassificationHead, label: number): number[] {
  const { logits } = CLASSIFICATION_HEADS[head];
  return logits === 1 ? [label] : Array.from({ length: logits }, (_, k) => (k === label ? 1 : 0));
}

/**
 * The engine's own output head (engine/outputHead.ts, the code that trains every network)
 * applied to one example's logits: outputs, loss and ∂L/∂z.
 * Example: headAt('sigmoid-bce', [0], 1) → { outputs: [0.5], loss: 0.6931…, gradient: [−0.5] }.
 */
export function headAt(head: ClassificationHead, z: readonly number[], label: number): HeadResult {
  const { activation, loss, logits } = CLASSIFICATION_HEADS[head];
  const k = logits;
  const out = createOutputHead(activation, loss, 0, 0);
  const zs = Float64Array.from(z.slice(0, k));
  const a = new Float64Array(k);
  const dz = new Float64Array(k);
  const da = new Float64Array(k);
  const value = out.row(zs, a, Float64Array.from(targetOf(head, label)), 0, 0, k, dz, 1, da);
  return { outputs: [...a], loss: value, gradient: [...dz] };
}

/**
 * The loss and its slope along one logit, the others held: what the widget's two curves draw.
 * Example: along('softmax-ce', [2, 1, 0], 0, 0).loss(2) → −log p₀ at the logits (2, 1, 0).
 */
export function along(
  head: ClassificationHead,
  z: readonly number[],
  label: number,
  index: number,
): { loss: (v: number) => number; slope: (v: number) => number } {
  const at = (v: number) =>
    headAt(
      head,
      z.map((old, k) => (k === index ? v : old)),
      label,
    );
  return { loss: (v) => at(v).loss, slope: (v) => at(v).gradient[index]! };
}
