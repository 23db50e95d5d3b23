import { DEFAULT_CONFIG } from '../../engine/configFields';
import { describe, expect, it } from 'vitest';
import { TrainingSession } from '../../engine/session';
import { probeTrace } from '../../engine/sessionProbes';
import { LOSSES } from '../../engine/losses';
import { LOSS_NAMES, type TrainingConfig } from '../../engine/trainingConfig';
import { sig, sigTerm, texNum } from './formatNumber';
import {
  ledgerRows,
  phaseEquations,
  phaseLabel,
  tracePhases,
  updateRows,
  updatedParameters,
  phaseNotes,
} from './traceLedger';

const config: TrainingConfig = {
  // Every field is set below; the defaults only fill fields added later.
  ...DEFAULT_CONFIG,
  dataset: 'circle',
  noise: 0.1,
  trainRatio: 0.5,
  points: 60,
  features: ['x1', 'x2'],
  standardize: false,
  hidden: [3, 2],
  activations: ['tanh', 'relu'],
  outputActivation: 'sigmoid',
  loss: 'bce',
  lossParam: 1,
  init: 'xavier',
  initScale: 0.1,
  optimizer: 'sgd',
  learningRate: 0.1,
  momentum: 0.9,
  beta2: 0.999,
  schedule: 'constant',
  decayRate: 0.5,
  decayEvery: 100,
  batchSize: 1,
  regularization: 'none',
  regRate: 0,
  dropout: 0,
  batchNorm: false,
  validation: 0,
  patience: 0,
  stopEpochs: 0,
  targetLoss: 0,
  seed: 3,
};

/** A session, the data-set row of the next one-example batch, and its trace. */
function setup() {
  const s = new TrainingSession(config);
  const pos = s.nextBatchRows()[0]!;
  const row = s.data.train.rows[pos]!;
  const probe = probeTrace(s, row)!;
  return { s, info: s.info(), probe };
}

describe('tracePhases', () => {
  it('visits every layer forward, the loss, every layer backward, then the update', () => {
    const phases = tracePhases(3);
    expect(phases.map((p) => phaseLabel(p, 3))).toEqual([
      'Forward: layer 1 of 3',
      'Forward: layer 2 of 3',
      'Forward: layer 3 of 3',
      'The loss',
      'Backward: layer 3 of 3',
      'Backward: layer 2 of 3',
      'Backward: layer 1 of 3',
      'Apply the update',
    ]);
  });

  it('stops after the forward pass when the backward half is not wanted (lesson 3)', () => {
    expect(tracePhases(2, false)).toEqual([
      { kind: 'forward', layer: 0 },
      { kind: 'forward', layer: 1 },
    ]);
  });
});

describe('ledgerRows', () => {
  it('writes z = Σ w·x + b with the weights and inputs the engine used', () => {
    const { info, probe } = setup();
    const rows = ledgerRows(probe, info, { kind: 'forward', layer: 0 });
    const l = info.layers[0]!;
    const w = (r: number, c: number) => probe.parameters[l.wOffset + r * l.fanIn + c]!;
    const [x1, x2] = probe.trace.input as [number, number];
    const z1 = rows.find((r) => r.quantity === 'z of h₁,₂')!;
    expect(z1.working).toBe(
      `${sigTerm(w(1, 0))}·${sigTerm(x1)} + ${sigTerm(w(1, 1))}·${sigTerm(x2)} + ${sigTerm(probe.parameters[l.bOffset + 1]!)}`,
    );
    expect(z1.value).toBe(sig(w(1, 0) * x1 + w(1, 1) * x2 + probe.parameters[l.bOffset + 1]!));
    expect(rows.find((r) => r.quantity === 'a of h₁,₂')!.value).toBe(
      sig(Math.tanh(probe.trace.layers[0]!.z[1]!)),
    );
    // 3 z rows and 3 a rows for a layer of three neurons.
    expect(rows).toHaveLength(6);
  });

  it('lists dL/da, dL/dz, every dW and db of a layer on the way back', () => {
    const { info, probe } = setup();
    const rows = ledgerRows(probe, info, { kind: 'backward', layer: 1 });
    // 2 units: 2 dL/da, 2 dL/dz, 2 × 3 dW, 2 db.
    expect(rows).toHaveLength(12);
    const t = probe.trace.layers[1]!;
    const dw = rows.find((r) => r.quantity === 'dW from h₁,₃ to h₂,₁')!;
    expect(dw.value).toBe(sig(t.dW[2]!));
    expect(dw.working).toBe(
      `dL/dz · a_prev = ${sig(t.dZ[0]!)} · ${sigTerm(probe.trace.layers[0]!.a[2]!)}`,
    );
    expect(rows.find((r) => r.quantity === 'db of h₂,₂')!.value).toBe(sig(t.db[1]!));
  });

  it('shows the loss with each prediction and target', () => {
    const { info, probe } = setup();
    const rows = ledgerRows(probe, info, { kind: 'loss' });
    expect(rows.at(-1)).toEqual({
      quantity: 'loss L',
      working: 'binary cross-entropy of the prediction and target',
      value: sig(probe.trace.loss),
    });
    expect(rows[0]!.quantity).toBe('prediction of output');
  });
});

describe('updateRows', () => {
  it('matches one SGD step on this single example', () => {
    const { s, info, probe } = setup();
    const rows = updateRows(probe, info);
    expect(rows).toHaveLength(info.parameterCount);
    s.stepBatch();
    const after = s.net.params;
    const out = info.layers.at(-1)!;
    const bias = rows.find((r) => r.quantity === 'bias of output')!;
    expect(bias.value).toBe(sig(after[out.bOffset]!));
    const first = rows.find((r) => r.quantity === 'w from x₁ to h₁,₁')!;
    expect(first.value).toBe(sig(after[0]!));
    expect(first.working).toContain(`${sig(probe.parameters[0]!)} − ${sig(0.1)}·`);
  });
});

describe('updatedParameters', () => {
  it('equals one SGD step on this single example, entry for entry', () => {
    const { s, info, probe } = setup();
    const next = updatedParameters(probe, info);
    s.stepBatch();
    const after = s.net.params;
    expect(next).toHaveLength(after.length);
    next.forEach((v, k) => expect(v).toBeCloseTo(after[k]!, 12));
    // Every shown update row is the vector's entry at 4 significant digits.
    const rows = updateRows(probe, info);
    const out = info.layers.at(-1)!;
    expect(rows.find((r) => r.quantity === 'bias of output')!.value).toBe(sig(next[out.bOffset]!));
  });
});

describe('phaseNotes', () => {
  it("writes a forward, the loss at the output, and dL/dz backward, on the phase's neurons", () => {
    const { info, probe } = setup();
    const phases = tracePhases(info.layers.length);
    const first = phaseNotes(probe, info, phases[0]!)!;
    expect(first.map((n) => n.neuron)).toEqual(
      Array.from({ length: info.layers[0]!.units }, (_, unit) => ({ layer: 0, unit })),
    );
    expect(first[0]!.text).toBe(`a = ${sig(probe.trace.layers[0]!.a[0]!)}`);
    const loss = phases.find((p) => p.kind === 'loss')!;
    const out = info.layers.length - 1;
    expect(phaseNotes(probe, info, loss)).toEqual([
      { neuron: { layer: out, unit: 0 }, text: `L = ${sig(probe.trace.loss)}` },
    ]);
    const back = phaseNotes(probe, info, { kind: 'backward', layer: out })!;
    expect(back).toEqual([
      {
        neuron: { layer: out, unit: 0 },
        text: `dL/dz = ${sig(probe.trace.layers.at(-1)!.dZ[0]!)}`,
      },
    ]);
    expect(phaseNotes(probe, info, { kind: 'update' })).toBeNull();
  });
});

describe('phaseEquations', () => {
  it('writes TeX for the first neurons with the numbers filled in', () => {
    const { info, probe } = setup();
    const eqs = phaseEquations(probe, info, { kind: 'forward', layer: 0 }, 2);
    expect(eqs).toHaveLength(4);
    expect(eqs[0]).toMatch(/^z\^\{\[1\]\}_\{1\} = .+ \\cdot .+ = /);
    expect(eqs[0]).not.toContain('−');
    // Each neuron's output names its layer and its activation (layer 1 is tanh).
    expect(eqs[2]).toBe(
      `a^{[1]}_{1} = \\tanh(z^{[1]}_{1}) = ${texNum(probe.trace.layers[0]!.a[0]!)}`,
    );
  });

  it('names the output ŷ, not after a hidden neuron, with the output head’s activation', () => {
    const { info, probe } = setup();
    const eqs = phaseEquations(probe, info, { kind: 'forward', layer: 2 });
    expect(eqs[0]).toMatch(/^z\^\{\[3\]\} = /);
    expect(eqs[1]).toBe(`\\hat y = \\sigma(z^{[3]}) = ${texNum(probe.trace.output[0]!)}`);
  });

  it('writes the loss with its formula, the prediction, the target and the engine’s value', () => {
    const { info, probe } = setup();
    const [eq] = phaseEquations(probe, info, { kind: 'loss' });
    expect(eq).toContain('y \\log \\hat y + (1 - y) \\log (1 - \\hat y)');
    expect(eq).toContain(`\\hat y = ${texNum(probe.trace.output[0]!)}`);
    expect(eq).toContain(`y = ${texNum(probe.trace.target[0]!)}`);
    expect(eq).toMatch(new RegExp(`L = ${texNum(probe.trace.loss).replace('.', '\\.')}$`));
  });
});

describe('the loss formulas the step-through shows', () => {
  it('typeset in KaTeX for every loss, with the numbers filled in', async () => {
    const katex = (await import('katex')).default;
    const { info, probe } = setup();
    for (const loss of LOSS_NAMES) {
      const [eq] = phaseEquations({ ...probe, loss, lossParam: 0.5 }, info, { kind: 'loss' });
      expect(() => katex.renderToString(eq!, { throwOnError: true }), loss).not.toThrow();
      expect(eq, loss).toContain(LOSSES[loss].tex);
    }
  });
});
