import { ACTIVATION_FORMS } from './activationForms';
import type { ExportLayer, ExportSource } from './exportSource';
import { lessonNote } from './lessonRefs';
import { networkSummary, pythonData } from './pythonData';
import { pyTensor, torchNames, torchParameters } from './pytorchModel';

/** Helper functions the forward pass calls, written only when a layer uses them. */
const HELPERS: Record<string, string> = {
  sigmoid: `def sigmoid(z):
    """σ(z) = 1 / (1 + e^−z), written so that no exponential overflows."""
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))`,
  leaky_relu: `def leaky_relu(z, slope):
    """z where z > 0, slope·z elsewhere."""
    return np.where(z > 0, z, slope * z)`,
  elu: `def elu(z, alpha):
    """z where z > 0, α·(e^z − 1) elsewhere."""
    return np.where(z > 0, z, alpha * np.expm1(np.minimum(z, 0)))`,
  softmax: `def softmax(z):
    """e^z / Σe^z across each row, shifted by the row's maximum so nothing overflows."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)`,
};

function layerLines(l: ExportLayer): string[] {
  const { linear } = torchNames(l);
  const p = l.plan;
  const w = `np.array(weights["${linear}.weight"])`;
  const b = `np.array(weights["${linear}.bias"])`;
  const what = l.isOutput ? 'Output layer' : `Hidden layer ${l.number}`;
  const act =
    p.pieces > 1
      ? `z.reshape(len(z), ${p.units}, ${p.pieces}).max(axis=2)  # maxout: the largest of each neuron's ${p.pieces} pieces`
      : ACTIVATION_FORMS[p.act]!.numpy('z', p.alpha);
  return [
    `    # ${what}: z = a·Wᵀ + b for every row at once, then ${p.pieces > 1 ? 'maxout' : p.act} (${lessonNote('forward')}).`,
    `    z = a @ ${w}.T + ${b}`,
    `    ${l.isOutput ? 'return' : 'a ='} ${act}`,
    ...(p.dropout > 0 ? ['    # Dropout is only used while training: nothing to do here.'] : []),
  ];
}

/**
 * The forward pass of an exported network written with NumPy only, for networks without
 * batch norm: the data rows, feature map and standardisation constants, the weights, and a
 * predict() a learner can read line by line. exportProblem refuses batch-norm networks.
 */
export function numpyScript(source: ExportSource): string {
  const acts = new Set<string>(source.plan.layers.map((l) => (l.pieces > 1 ? 'maxout' : l.act)));
  const helpers = Object.keys(HELPERS)
    .filter((h) => acts.has(h === 'leaky_relu' ? 'leakyRelu' : h))
    .map((h) => HELPERS[h]!);
  const weights = torchParameters(source).map(
    (t) => `    "${t.name}": ${pyTensor(source.parameters, t.from, t.shape)},`,
  );
  return [
    '#!/usr/bin/env python3',
    `"""A Gradient Lab network's forward pass in NumPy: ${source.title}.`,
    '',
    `Network: ${networkSummary(source)}.`,
    'Run it with `python3 <this file>`: it prints the outputs for the first training rows.',
    'Each comment names the Gradient Lab lesson that explains the line.',
    '"""',
    'import numpy as np',
    '',
    pythonData(source, 'np'),
    '',
    '',
    `# ── The trained weights ────────────────────────────────────────────────────`,
    `# weight[r][j] connects input j to row r (${lessonNote('neuron')}).`,
    'WEIGHTS = {',
    ...weights,
    '}',
    '',
    ...helpers.flatMap((h) => ['', h, '']),
    '',
    'def predict(weights, raw):',
    '    """The network\'s outputs for raw input rows (a list of rows or an array)."""',
    '    a = features(np.asarray(raw, dtype=np.float64))',
    ...source.layers.flatMap(layerLines),
    '',
    '',
    'if __name__ == "__main__":',
    '    outputs = predict(WEIGHTS, TRAIN_INPUTS[:5])',
    '    for row, output, target in zip(TRAIN_INPUTS, outputs, TRAIN_TARGETS):',
    '        print(f"inputs {row} → outputs {output.tolist()} (target {target})")',
    '',
  ].join('\n');
}
