import type { ActivationName } from '../engine/trainingConfig';
import { pyNumber } from './pythonText';

/**
 * How each activation is written in every export target, in one table: PyTorch and NumPy code
 * of an expression `z`, the ONNX operator, and the Keras / TensorFlow.js layer. `alpha` is the
 * layer's option (leaky-ReLU slope, ELU α). An activation missing here cannot be exported,
 * and the exporters say so by name instead of writing a file that would compute something else.
 */
export interface ActivationForms {
  torch: (z: string, alpha: number) => string;
  numpy: (z: string, alpha: number) => string;
  /** ONNX operator; `alpha` is passed as its attribute when set. */
  onnx: { op: string; alpha?: true; axis?: true };
  /** A Dense layer's built-in activation, or a separate Keras layer carrying α. */
  keras: { activation: string } | { layer: 'LeakyReLU' | 'ELU' };
}

export const ACTIVATION_FORMS: Partial<Record<ActivationName, ActivationForms>> = {
  linear: {
    torch: (z) => z,
    numpy: (z) => z,
    onnx: { op: 'Identity' },
    keras: { activation: 'linear' },
  },
  sigmoid: {
    torch: (z) => `torch.sigmoid(${z})`,
    numpy: (z) => `sigmoid(${z})`,
    onnx: { op: 'Sigmoid' },
    keras: { activation: 'sigmoid' },
  },
  tanh: {
    torch: (z) => `torch.tanh(${z})`,
    numpy: (z) => `np.tanh(${z})`,
    onnx: { op: 'Tanh' },
    keras: { activation: 'tanh' },
  },
  relu: {
    torch: (z) => `torch.relu(${z})`,
    numpy: (z) => `np.maximum(${z}, 0.0)`,
    onnx: { op: 'Relu' },
    keras: { activation: 'relu' },
  },
  leakyRelu: {
    torch: (z, a) => `nn.functional.leaky_relu(${z}, negative_slope=${pyNumber(a)})`,
    numpy: (z, a) => `leaky_relu(${z}, ${pyNumber(a)})`,
    onnx: { op: 'LeakyRelu', alpha: true },
    keras: { layer: 'LeakyReLU' },
  },
  elu: {
    torch: (z, a) => `nn.functional.elu(${z}, alpha=${pyNumber(a)})`,
    numpy: (z, a) => `elu(${z}, ${pyNumber(a)})`,
    onnx: { op: 'Elu', alpha: true },
    keras: { layer: 'ELU' },
  },
  softmax: {
    torch: (z) => `torch.softmax(${z}, dim=1)`,
    numpy: (z) => `softmax(${z})`,
    onnx: { op: 'Softmax', axis: true },
    keras: { activation: 'softmax' },
  },
};

/** A short description of one layer for messages: 'hidden layer 2 (8 relu)'. */
export function layerName(number: number, isOutput: boolean): string {
  return isOutput ? 'the output layer' : `hidden layer ${number}`;
}
