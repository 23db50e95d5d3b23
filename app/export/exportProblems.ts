import { ACTIVATION_FORMS, layerName } from './activationForms';
import type { ExportSource } from './exportSource';

/** The formats a network can be exported to. */
export const EXPORT_FORMATS = ['pytorch', 'onnx', 'tfjs', 'numpy'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Largest magnitude a float32 holds; ONNX and TensorFlow.js store weights as float32. */
const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * Why a network cannot be written in a format, naming the part and what to change, or null
 * when it can. Nothing is written when this answers a message, so no file loads wrongly.
 * Example: a batch-norm network to NumPy → 'The NumPy forward pass covers networks without
 * batch norm: …'.
 */
export function exportProblem(source: ExportSource, format: ExportFormat): string | null {
  for (const layer of source.layers) {
    const act = layer.plan.pieces > 1 ? 'linear' : layer.plan.act;
    if (!ACTIVATION_FORMS[act]) {
      return `${capital(layerName(layer.number, layer.isOutput))} uses the activation "${act}", which this export does not know yet: choose tanh, ReLU, leaky ReLU, ELU, sigmoid or linear for it.`;
    }
  }
  if (format === 'numpy' && source.plan.layers.some((l) => l.batchNorm)) {
    return 'The NumPy forward pass covers networks without batch norm: turn Batch norm off and retrain, or export to PyTorch, ONNX or TensorFlow.js, which include it.';
  }
  if (format === 'onnx' || format === 'tfjs') {
    const big = largestMagnitude(source);
    if (big.value > FLOAT32_MAX) {
      return `${big.where} is ${big.value.toExponential(3)}, too large for the float32 numbers this format stores: retrain with a smaller learning rate (or with regularisation) until the weights stay finite in float32.`;
    }
  }
  return null;
}

function largestMagnitude(source: ExportSource): { value: number; where: string } {
  let best = { value: 0, where: 'A weight' };
  for (const l of source.layers) {
    const name = layerName(l.number, l.isOutput);
    const lists: [string, number[]][] = [
      [`A weight of ${name}`, l.weight.flat()],
      [`A bias of ${name}`, l.bias],
    ];
    if (l.norm) lists.push([`A batch-norm value of ${name}`, Object.values(l.norm).flat()]);
    for (const [where, values] of lists) {
      for (const v of values) if (Math.abs(v) > best.value) best = { value: Math.abs(v), where };
    }
  }
  const s = source.data.standardizer;
  if (s) {
    for (const v of [...s.mean, ...s.std]) {
      if (Math.abs(v) > best.value) best = { value: Math.abs(v), where: 'A standardisation constant' };
    }
  }
  return best;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
