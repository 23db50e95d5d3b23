import { Act, activateRange, backpropActivationRange, sigmoid } from './activations';
import { LOSSES } from './losses';
import type { ActivationName, LossName } from './trainingConfig';
import { ACT_CODE } from './activations';

/**
 * The output layer's activation together with the loss. For one example row it turns the
 * pre-activations z (width K) into outputs a, the example's loss and dL/dz.
 *
 * sigmoid + bce and softmax + crossEntropy are evaluated from z directly:
 *   bce:  L = max(z, 0) − z·y + log(1 + e^−|z|),      dL/dz = σ(z) − y
 *   CE:   L = logΣexp(z) − Σ y_k z_k  (Σ y_k = 1),    dL/dz_k = softmax(z)_k − y_k
 * which is exact for any z (no log of 0, no overflow). Other pairs use the chain rule
 * dL/dz = dL/da · f′(z).
 */
export interface OutputHead {
  activation: ActivationName;
  loss: LossName;
  param: number;
  actParam: number;
  /** Fill a[off..off+K) from z and return the example's loss; write dL/dz·scale into dz if given. */
  row(
    z: Float64Array,
    a: Float64Array,
    y: Float64Array,
    yOff: number,
    off: number,
    k: number,
    dz: Float64Array | null,
    scale: number,
    da: Float64Array,
  ): number;
}

export function createOutputHead(
  activation: ActivationName,
  loss: LossName,
  param: number,
  actParam: number,
): OutputHead {
  if (activation === 'sigmoid' && loss === 'bce')
    return { activation, loss, param, actParam, row: sigmoidBceRow };
  if (activation === 'softmax' && loss === 'crossEntropy')
    return { activation, loss, param, actParam, row: softmaxCeRow };
  const code = ACT_CODE[activation];
  const L = LOSSES[loss];
  return {
    activation,
    loss,
    param,
    actParam,
    row(z, a, y, yOff, off, k, dz, scale, da) {
      if (code === Act.Softmax) softmaxInto(z, a, off, k);
      else activateRange(code, actParam, z, a, off, off + k);
      let total = 0;
      for (let j = 0; j < k; j++) {
        const h = a[off + j]!;
        const t = y[yOff + j]!;
        total += L.f(h, t, param);
        if (dz) da[off + j] = L.df(h, t, param) * scale;
      }
      if (dz) {
        if (code === Act.Softmax) softmaxBackward(a, da, dz, off, k);
        else backpropActivationRange(code, actParam, z, a, da, dz, off, off + k);
      }
      return total;
    },
  };
}

function sigmoidBceRow(
  z: Float64Array,
  a: Float64Array,
  y: Float64Array,
  yOff: number,
  off: number,
  k: number,
  dz: Float64Array | null,
  scale: number,
): number {
  let total = 0;
  for (let j = 0; j < k; j++) {
    const v = z[off + j]!;
    const t = y[yOff + j]!;
    const s = sigmoid(v);
    a[off + j] = s;
    total += (v > 0 ? v : 0) - v * t + Math.log1p(Math.exp(-Math.abs(v)));
    if (dz) dz[off + j] = (s - t) * scale;
  }
  return total;
}

function softmaxCeRow(
  z: Float64Array,
  a: Float64Array,
  y: Float64Array,
  yOff: number,
  off: number,
  k: number,
  dz: Float64Array | null,
  scale: number,
): number {
  const lse = softmaxInto(z, a, off, k);
  let total = lse;
  for (let j = 0; j < k; j++) {
    const t = y[yOff + j]!;
    total -= t * z[off + j]!;
    if (dz) dz[off + j] = (a[off + j]! - t) * scale;
  }
  return total;
}

/** a = softmax(z) over [off, off+k); returns log Σ exp z (shifted by the max for stability). */
export function softmaxInto(z: Float64Array, a: Float64Array, off: number, k: number): number {
  let m = -Infinity;
  for (let j = 0; j < k; j++) if (z[off + j]! > m) m = z[off + j]!;
  let sum = 0;
  for (let j = 0; j < k; j++) {
    const e = Math.exp(z[off + j]! - m);
    a[off + j] = e;
    sum += e;
  }
  for (let j = 0; j < k; j++) a[off + j] = a[off + j]! / sum;
  return m + Math.log(sum);
}

/** dz_j = a_j (da_j − Σ_i a_i da_i): the softmax Jacobian applied to da. */
function softmaxBackward(
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
  off: number,
  k: number,
): void {
  let dot = 0;
  for (let j = 0; j < k; j++) dot += a[off + j]! * da[off + j]!;
  for (let j = 0; j < k; j++) dz[off + j] = a[off + j]! * (da[off + j]! - dot);
}
