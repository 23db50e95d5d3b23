import { formatNumber } from './numberText';
import type { Network } from './network';
import type { DivergenceReport } from './sessionTypes';

/** True when every value is a finite number (checked after every step, so kept branch-free). */
export function allFinite(a: Float64Array): boolean {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * 0;
  // x·0 is 0 for finite x and NaN for ±∞ or NaN, so one sum tells.
  return s === 0;
}

/**
 * The first layer (0 = first hidden) whose parameters or last pre-activations are not finite,
 * or −1 when none is: where a blow-up started, as far as the network can tell.
 */
export function firstNonFiniteLayer(net: Network): number {
  const layers = net.plan.layers;
  for (let li = 0; li < layers.length; li++) {
    const l = layers[li]!;
    const end = l.betaOffset >= 0 ? l.betaOffset + l.rows : l.bOffset + l.rows;
    for (let i = l.wOffset; i < end; i++) if (!Number.isFinite(net.params[i]!)) return li;
    if (!allFinite(net.buffers[li]!.z.subarray(0, net.batch * l.rows))) return li;
  }
  return -1;
}

/**
 * What the page says when training diverged: when (step, epoch), what (the loss or the
 * weights), where (the first layer that went non-finite), and which loss it was: the step's
 * mini-batch of `batchSize` examples, or the whole training set at the epoch's end (`batchSize`
 * 0). The top bar shows another figure, the training loss with the last finite weights (kept),
 * so the message names its own.
 * Example: 'At step 12 (epoch 0) the loss on that step's mini-batch of 10 examples grew to
 * 3.1×10⁹ (first seen in hidden layer 1).'
 */
export function divergenceReport(r: {
  step: number;
  epoch: number;
  loss: number;
  batchSize: number;
  what: 'loss' | 'parameters';
  layer: number;
  layerCount: number;
  lastFiniteLoss: number;
  trainLoss: number;
}): DivergenceReport {
  const where =
    r.layer < 0
      ? ''
      : r.layer === r.layerCount - 1
        ? ' in the output layer'
        : ` in hidden layer ${r.layer + 1}`;
  const value = Number.isFinite(r.loss)
    ? `grew to ${formatNumber(r.loss)}`
    : 'became infinite or not a number';
  const which =
    r.batchSize > 0
      ? `the loss on that step's mini-batch of ${r.batchSize} example${r.batchSize === 1 ? '' : 's'}`
      : 'the training loss';
  return {
    step: r.step,
    epoch: r.epoch,
    what: r.what,
    layer: r.layer,
    lastFiniteLoss: r.lastFiniteLoss,
    trainLoss: r.trainLoss,
    message:
      r.what === 'parameters'
        ? `At step ${r.step} (epoch ${r.epoch}) a weight${where} became infinite or not a number.`
        : `At step ${r.step} (epoch ${r.epoch}) ${which} ${value}${where ? ` (first seen${where})` : ''}.`,
  };
}
