import { ACTIVATIONS } from '../../engine/activations';

/** The tiny 2-2-1 network of the hand-computation widget: ReLU hidden layer, linear output. */
export const TINY_NET = {
  x: [1.0, 2.0],
  /** W1[j] holds the weights into hidden neuron j from x₁ and x₂. */
  W1: [
    [0.5, -0.25],
    [0.75, 0.5],
  ],
  // Neuron 2's bias makes its z negative (−0.25), so ReLU clips it: the by-hand example
  // shows both what ReLU keeps and what it removes.
  b1: [0.5, -2.0],
  /** Weights from hidden neurons 1 and 2 into the output. */
  W2: [1.0, -0.5],
  b2: 0.25,
  /** The target for this example. */
  y: 1.0,
} as const;

/** Every number of one forward and backward pass, as the engine defines them. */
export interface TinyPass {
  z1: number[];
  a1: number[];
  z2: number;
  yhat: number;
  /** ½(ŷ − y)². */
  loss: number;
  /** dL/dŷ = ŷ − y; with a linear output also dL/dz₂. */
  dOut: number;
  /** dL/dv_j = dL/dz₂ · a1_j for the output weights. */
  dW2: number[];
  db2: number;
  /** dL/dz1_j = dL/dz₂ · v_j · f′(z1_j). */
  dz1: number[];
  /** dL/dW1[j][k] = dL/dz1_j · x_k. */
  dW1: number[][];
}

/**
 * One forward and backward pass of TINY_NET with the engine's ReLU and the squared-error loss.
 * Example: tinyPass().yhat → 0.75 (hidden neuron 2 is clipped to 0), tinyPass().dW2 → [−0.125, 0].
 */
export function tinyPass(net = TINY_NET): TinyPass {
  const relu = ACTIVATIONS.relu;
  const z1 = net.W1.map((row, j) => row[0]! * net.x[0]! + row[1]! * net.x[1]! + net.b1[j]!);
  const a1 = z1.map((z) => relu.f(z, 0));
  const z2 = net.W2[0]! * a1[0]! + net.W2[1]! * a1[1]! + net.b2;
  const yhat = z2;
  const dOut = yhat - net.y;
  const dz1 = z1.map((z, j) => dOut * net.W2[j]! * relu.df(z, a1[j]!, 0));
  return {
    z1,
    a1,
    z2,
    yhat,
    loss: 0.5 * dOut * dOut,
    dOut,
    dW2: a1.map((a) => dOut * a),
    db2: dOut,
    dz1,
    dW1: dz1.map((d) => net.x.map((x) => d * x)),
  };
}
