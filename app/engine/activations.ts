import { assertNever } from './assertNever';
import type { ActivationName } from './trainingConfig';

/**
 * Activation functions, each beside its derivative.
 * `f(z, p)` is the activation; `df(z, a, p)` is f′(z), given a = f(z) too because several
 * derivatives are cheapest from the output (σ′ = a(1−a), tanh′ = 1−a²).
 * `p` is the layer's option: the leaky-ReLU slope (default 0.1) or the ELU α (default 1).
 * softmax is not element-wise: the output head (outputHead.ts) applies and differentiates it;
 * it has a code here only so a layer can name it.
 */
export interface Activation {
  name: ActivationName;
  f(z: number, p: number): number;
  df(z: number, a: number, p: number): number;
  /** Range of the output, for charts and lessons. */
  range: [number, number];
  defaultParam: number;
  /** The name the controls and lessons show, e.g. 'Leaky ReLU'. */
  label: string;
  /** Where it saturates (its slope falls to almost 0), in words, for its parameter p. */
  saturates(p: number): string;
}

export const ACTIVATIONS: Record<Exclude<ActivationName, 'softmax'>, Activation> = {
  linear: {
    name: 'linear',
    label: 'Linear',
    saturates: () => 'never: its slope is 1 everywhere, so it also never bends',
    f: (z) => z,
    df: () => 1,
    range: [-Infinity, Infinity],
    defaultParam: 0,
  },
  sigmoid: {
    name: 'sigmoid',
    label: 'Sigmoid',
    saturates: () => 'on both sides: for |z| above about 4 the slope is almost 0',
    f: sigmoid,
    df: (_z, a) => a * (1 - a),
    range: [0, 1],
    defaultParam: 0,
  },
  tanh: {
    name: 'tanh',
    label: 'Tanh',
    saturates: () => 'on both sides: for |z| above about 2.5 the slope is almost 0',
    f: Math.tanh,
    df: (_z, a) => 1 - a * a,
    range: [-1, 1],
    defaultParam: 0,
  },
  relu: {
    name: 'relu',
    label: 'ReLU',
    saturates: () =>
      'for every z below 0: the slope is exactly 0 there (a "dead" neuron learns nothing)',
    f: (z) => (z > 0 ? z : 0),
    // The derivative at exactly 0 is taken as 0 (the usual subgradient choice).
    df: (z) => (z > 0 ? 1 : 0),
    range: [0, Infinity],
    defaultParam: 0,
  },
  leakyRelu: {
    name: 'leakyRelu',
    label: 'Leaky ReLU',
    saturates: (p) =>
      p === 0
        ? 'for every z below 0: with a slope of 0 there it is ReLU again'
        : `never completely: below 0 the slope is small (${p}) but not zero`,
    f: (z, p) => (z > 0 ? z : p * z),
    df: (z, _a, p) => (z > 0 ? 1 : p),
    range: [-Infinity, Infinity],
    defaultParam: 0.1,
  },
  elu: {
    name: 'elu',
    label: 'ELU',
    saturates: () => 'on the left only: below about −3 the output flattens towards −α',
    f: (z, p) => (z > 0 ? z : p * Math.expm1(z)),
    df: (z, a, p) => (z > 0 ? 1 : a + p),
    range: [-1, Infinity],
    defaultParam: 1,
  },
  // The step of the first artificial neurons: 1 above 0, else 0. Its slope is 0 on both
  // sides (the jump at 0 has none), so no gradient passes back through it: the layers before
  // a threshold layer never learn. Lessons and the playground use it to show why.
  threshold: {
    name: 'threshold',
    label: 'Threshold',
    saturates: () =>
      'everywhere: the slope is 0 on both sides of the jump, so gradient descent gets no ' +
      'signal at all (this is why networks use smooth or sloped activations)',
    f: (z) => (z > 0 ? 1 : 0),
    df: () => 0,
    range: [0, 1],
    defaultParam: 0,
  },
};

/** Logistic sigmoid σ(z) = 1 / (1 + e^−z), written to avoid overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Numeric codes used in the hot loop (a switch on a small integer is what V8 inlines best). */
export const Act = {
  Linear: 0,
  Sigmoid: 1,
  Tanh: 2,
  Relu: 3,
  LeakyRelu: 4,
  Elu: 5,
  Softmax: 6,
  Threshold: 7,
} as const;
export type Act = (typeof Act)[keyof typeof Act];

export const ACT_CODE: Record<ActivationName, Act> = {
  linear: Act.Linear,
  sigmoid: Act.Sigmoid,
  tanh: Act.Tanh,
  relu: Act.Relu,
  leakyRelu: Act.LeakyRelu,
  elu: Act.Elu,
  threshold: Act.Threshold,
  softmax: Act.Softmax,
};

/**
 * a[i] = f(z[i]) for i in [from, to). The fast path of ACTIVATIONS (the definition), unrolled
 * by kind so the inner loop has no call; activations.test.ts checks the two agree for every
 * name. Softmax is applied by the caller per example row.
 */
export function activateRange(
  code: Act,
  p: number,
  z: Float64Array,
  a: Float64Array,
  from: number,
  to: number,
): void {
  switch (code) {
    case Act.Linear:
      for (let i = from; i < to; i++) a[i] = z[i]!;
      return;
    case Act.Sigmoid:
      for (let i = from; i < to; i++) a[i] = sigmoid(z[i]!);
      return;
    case Act.Tanh:
      for (let i = from; i < to; i++) a[i] = Math.tanh(z[i]!);
      return;
    case Act.Relu:
      for (let i = from; i < to; i++) {
        const v = z[i]!;
        a[i] = v > 0 ? v : 0;
      }
      return;
    case Act.LeakyRelu:
      for (let i = from; i < to; i++) {
        const v = z[i]!;
        a[i] = v > 0 ? v : p * v;
      }
      return;
    case Act.Elu:
      for (let i = from; i < to; i++) {
        const v = z[i]!;
        a[i] = v > 0 ? v : p * Math.expm1(v);
      }
      return;
    case Act.Threshold:
      for (let i = from; i < to; i++) a[i] = z[i]! > 0 ? 1 : 0;
      return;
    case Act.Softmax:
      throw new Error('softmax is applied per row by the output head');
    default:
      assertNever(code, 'activation code');
  }
}

/** dz[i] = da[i] · f′(z[i]) for i in [from, to): the fast path of ACTIVATIONS[name].df. */
export function backpropActivationRange(
  code: Act,
  p: number,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
  from: number,
  to: number,
): void {
  switch (code) {
    case Act.Linear:
      for (let i = from; i < to; i++) dz[i] = da[i]!;
      return;
    case Act.Sigmoid:
      for (let i = from; i < to; i++) {
        const s = a[i]!;
        dz[i] = da[i]! * s * (1 - s);
      }
      return;
    case Act.Tanh:
      for (let i = from; i < to; i++) {
        const t = a[i]!;
        dz[i] = da[i]! * (1 - t * t);
      }
      return;
    case Act.Relu:
      for (let i = from; i < to; i++) dz[i] = z[i]! > 0 ? da[i]! : 0;
      return;
    case Act.LeakyRelu:
      for (let i = from; i < to; i++) dz[i] = z[i]! > 0 ? da[i]! : p * da[i]!;
      return;
    case Act.Elu:
      for (let i = from; i < to; i++) dz[i] = z[i]! > 0 ? da[i]! : da[i]! * (a[i]! + p);
      return;
    case Act.Threshold:
      for (let i = from; i < to; i++) dz[i] = 0;
      return;
    case Act.Softmax:
      throw new Error('softmax is differentiated by the output head');
    default:
      assertNever(code, 'activation code');
  }
}
