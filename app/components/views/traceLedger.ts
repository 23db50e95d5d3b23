import { LOSSES } from '../../engine/losses';
import { LOSS_LABELS } from '../../store/optionLabels';
import type { NeuronNote } from '../../engine/neuronRef';
import type { NetworkInfo, TraceProbe } from '../../worker/protocol';
import { sig, sigTerm, texNum } from './formatNumber';
import { neuronName, sourceName } from './parameterNames';

/** One stop of the backpropagation step-through. Layers count from 0 (first hidden layer). */
export type TracePhase =
  | { kind: 'forward'; layer: number }
  | { kind: 'loss' }
  | { kind: 'backward'; layer: number }
  | { kind: 'update' };

/**
 * Forward 0..L−1, the loss, backward L−1..0, then the update: 2L + 2 phases. Without
 * `backward`, only the L forward phases (a lesson on forward propagation, before losses).
 */
export function tracePhases(layerCount: number, backward = true): TracePhase[] {
  const out: TracePhase[] = [];
  for (let l = 0; l < layerCount; l++) out.push({ kind: 'forward', layer: l });
  if (!backward) return out;
  out.push({ kind: 'loss' });
  for (let l = layerCount - 1; l >= 0; l--) out.push({ kind: 'backward', layer: l });
  out.push({ kind: 'update' });
  return out;
}

/** Where the learner is, in words. Example: 'Forward: layer 1 of 3', 'Backward: layer 3 of 3'. */
export function phaseLabel(phase: TracePhase, layerCount: number): string {
  switch (phase.kind) {
    case 'forward':
      return `Forward: layer ${phase.layer + 1} of ${layerCount}`;
    case 'loss':
      return 'The loss';
    case 'backward':
      return `Backward: layer ${phase.layer + 1} of ${layerCount}`;
    case 'update':
      return 'Apply the update';
  }
}

/** One row of the ledger: what it is, the working with the numbers filled in, the result. */
export interface LedgerRow {
  quantity: string;
  working: string;
  value: string;
}

/** Dropout's multiplier for unit u of layer li in this trace (0 or 1/(1−p)), or undefined. */
function multiplier(probe: TraceProbe, li: number, u: number): number | undefined {
  return probe.dropout?.multipliers[li]?.[u];
}

/** The activations feeding layer `li`: the input features, or the previous layer's a. */
function inputsOf(probe: TraceProbe, li: number): number[] {
  return li === 0 ? probe.trace.input : (probe.trace.layers[li - 1]?.a ?? []);
}

function rowName(info: NetworkInfo, li: number, row: number): string {
  const l = info.layers[li]!;
  const unit = Math.floor(row / l.pieces);
  const piece = l.pieces > 1 ? ` piece ${(row % l.pieces) + 1}` : '';
  return `${neuronName(info.layers, li, unit)}${piece}`;
}

/** W[row, col] of layer li from the probe's parameters (row-major). */
function weight(probe: TraceProbe, info: NetworkInfo, li: number, row: number, col: number) {
  const l = info.layers[li]!;
  return probe.parameters[l.wOffset + row * l.fanIn + col]!;
}

function forwardRows(probe: TraceProbe, info: NetworkInfo, li: number): LedgerRow[] {
  const l = info.layers[li]!;
  const t = probe.trace.layers[li]!;
  const prev = inputsOf(probe, li);
  const rows: LedgerRow[] = [];
  for (let r = 0; r < l.units * l.pieces; r++) {
    const terms = prev.map((a, c) => `${sigTerm(weight(probe, info, li, r, c))}·${sigTerm(a)}`);
    const b = probe.parameters[l.bOffset + r]!;
    rows.push({
      quantity: `z of ${rowName(info, li, r)}`,
      working: `${[...terms, sigTerm(b)].join(' + ')}`,
      value: sig(t.z[r]!),
    });
  }
  const isLast = li === info.layers.length - 1;
  for (let u = 0; u < l.units; u++) {
    const f = l.pieces > 1 ? 'max of the pieces' : isLast ? 'output head' : l.activation;
    const zs = t.z.slice(u * l.pieces, (u + 1) * l.pieces).map((z) => sig(z));
    const bn = l.gammaOffset >= 0 ? ' after batch norm' : '';
    const m = multiplier(probe, li, u);
    const drop =
      m === undefined ? '' : m === 0 ? ' × 0 (dropped)' : ` × ${sig(m)} (dropout keeps it)`;
    rows.push({
      quantity: `a of ${neuronName(info.layers, li, u)}`,
      working: `${f}(${zs.join(', ')})${bn}${drop}`,
      value: sig(t.a[u]!),
    });
  }
  return rows;
}

function lossRows(probe: TraceProbe, info: NetworkInfo): LedgerRow[] {
  const { output, target, loss } = probe.trace;
  const last = info.layers.length - 1;
  const rows = output.map((o, k) => ({
    quantity: `prediction of ${neuronName(info.layers, last, k)}`,
    working: `target ${sig(target[k]!)}`,
    value: sig(o),
  }));
  rows.push({
    quantity: 'loss L',
    working: `${LOSS_LABELS[probe.loss].toLowerCase()} of the prediction and target`,
    value: sig(loss),
  });
  return rows;
}

function backwardRows(probe: TraceProbe, info: NetworkInfo, li: number): LedgerRow[] {
  const l = info.layers[li]!;
  const t = probe.trace.layers[li]!;
  const prev = inputsOf(probe, li);
  const isLast = li === info.layers.length - 1;
  const rows: LedgerRow[] = [];
  for (let u = 0; u < l.units; u++)
    rows.push({
      quantity: `dL/da of ${neuronName(info.layers, li, u)}`,
      working: isLast
        ? 'from the loss'
        : multiplier(probe, li, u) === undefined
          ? 'Σ over the next layer of w · dL/dz'
          : `Σ over the next layer of w · dL/dz, × ${sig(multiplier(probe, li, u)!)} (dropout)`,
      value: sig(t.dA[u]!),
    });
  for (let r = 0; r < l.units * l.pieces; r++) {
    const dA = t.dA[Math.floor(r / l.pieces)]!;
    const dZ = t.dZ[r]!;
    // f′(z) read off the engine's own numbers: dL/dz ÷ dL/da (plain element-wise layers only).
    const plain = !isLast && l.pieces === 1 && l.gammaOffset < 0 && dA !== 0;
    const working = plain
      ? `dL/da · f′(z) = ${sig(dA)} · ${sigTerm(dZ / dA)}`
      : isLast
        ? 'output head: loss and activation together'
        : 'through the max / batch norm';
    rows.push({ quantity: `dL/dz of ${rowName(info, li, r)}`, working, value: sig(dZ) });
  }
  for (let r = 0; r < l.units * l.pieces; r++) {
    const dZ = t.dZ[r]!;
    prev.forEach((a, c) =>
      rows.push({
        quantity: `dW from ${sourceName(info.layers, info.featureNames, li, c)} to ${rowName(info, li, r)}`,
        working: `dL/dz · a_prev = ${sig(dZ)} · ${sigTerm(a)}`,
        value: sig(t.dW[r * l.fanIn + c]!),
      }),
    );
    rows.push({
      quantity: `db of ${rowName(info, li, r)}`,
      working: 'dL/dz',
      value: sig(t.db[r]!),
    });
  }
  return rows;
}

/**
 * Every weight and bias: old value, step η·dW, new value = old − step (one SGD step on this
 * example alone).
 */
export function updateRows(probe: TraceProbe, info: NetworkInfo): LedgerRow[] {
  const eta = probe.learningRate;
  const rows: LedgerRow[] = [];
  info.layers.forEach((l, li) => {
    const t = probe.trace.layers[li]!;
    const n = l.units * l.pieces;
    const entry = (quantity: string, old: number, grad: number) => {
      const step = eta * grad;
      rows.push({
        quantity,
        working: `${sig(old)} − ${sig(eta)}·${sigTerm(grad)} = ${sig(old)} − ${sigTerm(step)}`,
        value: sig(old - step),
      });
    };
    for (let r = 0; r < n; r++)
      for (let c = 0; c < l.fanIn; c++)
        entry(
          `w from ${sourceName(info.layers, info.featureNames, li, c)} to ${rowName(info, li, r)}`,
          weight(probe, info, li, r, c),
          t.dW[r * l.fanIn + c]!,
        );
    for (let r = 0; r < n; r++)
      entry(`bias of ${rowName(info, li, r)}`, probe.parameters[l.bOffset + r]!, t.db[r]!);
  });
  return rows;
}

/**
 * The whole parameter vector after the update the ledger shows: every weight and bias of the
 * computing layers moved by −η·gradient of this one example (the same numbers as updateRows).
 */
export function updatedParameters(probe: TraceProbe, info: NetworkInfo): Float64Array {
  const eta = probe.learningRate;
  const next = Float64Array.from(probe.parameters);
  info.layers.forEach((l, li) => {
    const t = probe.trace.layers[li]!;
    const n = l.units * l.pieces;
    for (let k = 0; k < n * l.fanIn; k++)
      next[l.wOffset + k] = next[l.wOffset + k]! - eta * t.dW[k]!;
    for (let r = 0; r < n; r++) next[l.bOffset + r] = next[l.bOffset + r]! - eta * t.db[r]!;
  });
  return next;
}

/** The ledger of one phase: every quantity it computes, formatted to 4 significant digits. */
export function ledgerRows(probe: TraceProbe, info: NetworkInfo, phase: TracePhase): LedgerRow[] {
  switch (phase.kind) {
    case 'forward':
      return forwardRows(probe, info, phase.layer);
    case 'loss':
      return lossRows(probe, info);
    case 'backward':
      return backwardRows(probe, info, phase.layer);
    case 'update':
      return updateRows(probe, info);
  }
}

/** How the step-through writes each activation in TeX: ReLU → '\\mathrm{ReLU}'. */
const ACTIVATION_TEX: Record<string, string> = {
  linear: '',
  sigmoid: '\\sigma',
  tanh: '\\tanh',
  relu: '\\mathrm{ReLU}',
  leakyRelu: '\\mathrm{LeakyReLU}',
  elu: '\\mathrm{ELU}',
  threshold: '\\mathrm{step}',
  softmax: '\\mathrm{softmax}',
};

/**
 * The TeX name of neuron `unit`'s quantity in layer `li`, with the layer as a superscript in
 * square brackets as the lessons write it: z^{[1]}_{2}; the output's a is ŷ (ŷ_k with several).
 */
function texName(info: NetworkInfo, li: number, symbol: 'z' | 'a', unit: number): string {
  const last = li === info.layers.length - 1;
  const many = info.layers[li]!.units > 1;
  if (symbol === 'a' && last) return many ? `\\hat y_{${unit + 1}}` : '\\hat y';
  return `${symbol}^{[${li + 1}]}${last && !many ? '' : `_{${unit + 1}}`}`;
}

/** The loss parameters' symbols (LOSSES[…].paramName) in TeX. */
const PARAM_TEX: Record<string, string> = { δ: '\\delta', τ: '\\tau', ε: '\\varepsilon' };

/** The loss equation: its formula, the prediction and target, and the engine's value. */
function lossEquation(probe: TraceProbe): string {
  const { output, target, loss } = probe.trace;
  const def = LOSSES[probe.loss];
  const symbol = PARAM_TEX[def.paramName];
  const param = symbol ? `, \\ ${symbol} = ${texNum(probe.lossParam)}` : '';
  if (output.length === 1)
    return `L = ${def.tex} \\quad \\text{with } \\hat y = ${texNum(output[0]!)}, \\ y = ${texNum(target[0]!)}${param} \\;\\Rightarrow\\; L = ${texNum(loss)}`;
  return `L = \\sum_k \\ell_k, \\quad \\ell_k = ${def.tex.replace(/\\hat y/g, '\\hat y_k').replace(/(^|[^a-z\\])y(?![a-z_])/g, '$1y_k')} \\;\\Rightarrow\\; L = ${texNum(loss)}`;
}

/**
 * TeX equations for the first `max` neurons of a phase, with the numbers filled in. Each
 * quantity carries its layer (z^{[1]}_{2}), the activation is named (ReLU, σ), the output is ŷ
 * and the loss shows its formula.
 * Example (forward): 'z^{[1]}_{1} = 0.4 \\cdot 1.2 + (-0.7) \\cdot 0.3 + 0.1 = 0.37'.
 */
export function phaseEquations(
  probe: TraceProbe,
  info: NetworkInfo,
  phase: TracePhase,
  max = 3,
): string[] {
  if (phase.kind === 'loss') return [lossEquation(probe)];
  if (phase.kind === 'update')
    return [
      `\\theta_{\\text{new}} = \\theta - \\eta \\, \\dfrac{\\partial L}{\\partial \\theta}, \\quad \\eta = ${texNum(probe.learningRate)}`,
    ];
  const li = phase.layer;
  const l = info.layers[li]!;
  const t = probe.trace.layers[li]!;
  const prev = inputsOf(probe, li);
  const out: string[] = [];
  for (let r = 0; r < Math.min(max, l.units * l.pieces); r++) {
    const unit = Math.floor(r / l.pieces);
    const piece = l.pieces > 1 ? `,${(r % l.pieces) + 1}` : '';
    const z = texName(info, li, 'z', unit).replace(/_\{(\d+)\}$/, `_{$1${piece}}`);
    if (phase.kind === 'forward') {
      const terms = prev.map(
        (a, c) => `${texNum(weight(probe, info, li, r, c))} \\cdot ${texNum(a)}`,
      );
      out.push(
        `${z} = ${[...terms, texNum(probe.parameters[l.bOffset + r]!)].join(' + ')} = ${texNum(t.z[r]!)}`,
      );
    } else {
      out.push(
        `\\dfrac{\\partial L}{\\partial ${z}} = ${texNum(t.dZ[r]!)}, \\quad \\dfrac{\\partial L}{\\partial b${z.slice(1)}} = ${texNum(t.db[r]!)}`,
      );
    }
  }
  if (phase.kind === 'forward' && l.pieces === 1) {
    const f = ACTIVATION_TEX[l.activation] ?? `\\mathrm{${l.activation}}`;
    for (let u = 0; u < Math.min(max, l.units); u++) {
      const z = texName(info, li, 'z', u);
      const arg = f === '\\mathrm{softmax}' ? `(z^{[${li + 1}]})_{${u + 1}}` : `(${z})`;
      const m = multiplier(probe, li, u);
      // With dropout the engine's a is f(z) times this example's mask multiplier m.
      const drop = m === undefined ? '' : ` \\cdot m_{${u + 1}}`;
      const mNote = m === undefined ? '' : `, \\quad m_{${u + 1}} = ${texNum(m)}`;
      out.push(
        `${texName(info, li, 'a', u)} = ${f ? f + arg : z}${drop} = ${texNum(t.a[u]!)}${mNote}`,
      );
    }
  }
  return out;
}

/**
 * What the diagram writes beside the neurons at a phase: a on the way forward, the loss at the
 * output, dL/dz on the way back (the first piece's for maxout); nothing for the update, whose
 * numbers are per weight. Trace layer i is computing layer i, so its neurons are { layer: i }.
 */
export function phaseNotes(
  probe: TraceProbe,
  info: NetworkInfo,
  phase: TracePhase,
): NeuronNote[] | null {
  const last = info.layers.length - 1;
  switch (phase.kind) {
    case 'forward': {
      const t = probe.trace.layers[phase.layer]!;
      return Array.from(t.a, (a, unit) => ({
        neuron: { layer: phase.layer, unit },
        text: `a = ${sig(a)}`,
      }));
    }
    case 'loss':
      return [{ neuron: { layer: last, unit: 0 }, text: `L = ${sig(probe.trace.loss)}` }];
    case 'backward': {
      const l = info.layers[phase.layer]!;
      const t = probe.trace.layers[phase.layer]!;
      return Array.from({ length: l.units }, (_, unit) => ({
        neuron: { layer: phase.layer, unit },
        text: `dL/dz = ${sig(t.dZ[unit * l.pieces]!)}`,
      }));
    }
    case 'update':
      return null;
  }
}
