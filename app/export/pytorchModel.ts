import { BN_EPSILON, BN_MOMENTUM } from '../engine/network';
import { ACTIVATION_FORMS } from './activationForms';
import type { ExportLayer, ExportSource } from './exportSource';
import { lessonNote } from './lessonRefs';
import { pyList, pyNumber, pyRows } from './pythonText';

/** The module names of a layer in the generated PyTorch model. */
export function torchNames(l: ExportLayer): { linear: string; norm: string; dropout: string } {
  const n = l.number;
  return l.isOutput
    ? { linear: 'output', norm: '', dropout: '' }
    : { linear: `layer${n}`, norm: `norm${n}`, dropout: `dropout${n}` };
}

/**
 * The parameters of each layer by PyTorch name, with the engine's offsets: the order of
 * model.parameters() is the engine's layout (W, b, then γ, β with batch norm, layer by layer).
 */
export function torchParameters(source: ExportSource): { name: string; from: number; shape: number[] }[] {
  return source.layers.flatMap((l) => {
    const { linear, norm } = torchNames(l);
    const p = l.plan;
    return [
      { name: `${linear}.weight`, from: p.wOffset, shape: [p.rows, p.fanIn] },
      { name: `${linear}.bias`, from: p.bOffset, shape: [p.rows] },
      ...(p.batchNorm
        ? [
            { name: `${norm}.gamma`, from: p.gammaOffset, shape: [p.rows] },
            { name: `${norm}.beta`, from: p.betaOffset, shape: [p.rows] },
          ]
        : []),
    ];
  });
}

/** A slice of a flat vector as Python (a list, or rows for a matrix). */
export function pyTensor(values: Float64Array, from: number, shape: number[]): string {
  if (shape.length === 1) return pyList(values.subarray(from, from + shape[0]!));
  const [rows, cols] = shape as [number, number];
  const out: Float64Array[] = [];
  for (let r = 0; r < rows; r++) out.push(values.subarray(from + r * cols, from + r * cols + cols));
  return pyRows(out, '        ');
}

const ENGINE_RANDOM = `class EngineRandom:
    """Gradient Lab's seeded generator (mulberry32), so shuffles and dropout masks are the app's.

    PyTorch's own generator would give a different (equally good) order; this one makes the
    runs comparable number for number.
    """

    def __init__(self, state):
        self.state = state  # 32-bit internal state

    def next(self):
        """A uniform number in [0, 1)."""
        self.state = (self.state + 0x6D2B79F5) & 0xFFFFFFFF
        t = self.state
        t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
        t ^= (t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF
        return ((t ^ (t >> 14)) & 0xFFFFFFFF) / 4294967296

    def shuffled(self, n):
        """The rows 0 … n−1 in a new random order (Fisher–Yates, as the app shuffles)."""
        order = list(range(n))
        for i in range(n - 1, 0, -1):
            j = int(self.next() * (i + 1))
            order[i], order[j] = order[j], order[i]
        return order`;

const BATCH_NORM = `class BatchNorm(nn.Module):
    """Batch normalisation of a layer's z: x̂ = (z − mean) / √(var + ε), then γ·x̂ + β (${lessonNote('hyperparameters')}).

    Training uses the batch's mean and variance and folds them into running averages;
    evaluation uses the running averages. Like the app (and unlike nn.BatchNorm1d) the running
    variance averages the batch variance itself (divided by B, not B − 1).
    """

    def __init__(self, rows):
        super().__init__()
        self.gamma = nn.Parameter(torch.ones(rows))
        self.beta = nn.Parameter(torch.zeros(rows))
        self.register_buffer("running_mean", torch.zeros(rows))
        self.register_buffer("running_var", torch.ones(rows))

    def forward(self, z):
        if self.training:
            mean = z.mean(dim=0)
            var = ((z - mean) ** 2).mean(dim=0)
            with torch.no_grad():
                self.running_mean.copy_(BN_MOMENTUM * self.running_mean + (1 - BN_MOMENTUM) * mean)
                self.running_var.copy_(BN_MOMENTUM * self.running_var + (1 - BN_MOMENTUM) * var)
        else:
            mean, var = self.running_mean, self.running_var
        return self.gamma * ((z - mean) * (1 / torch.sqrt(var + BN_EPSILON))) + self.beta`;

const DROPOUT = `class Dropout(nn.Module):
    """Dropout (${lessonNote('overfitting')}): in training each output is zeroed with probability p
    and the others are scaled by 1 / (1 − p); at evaluation it does nothing.

    With a generator set (train() sets one) the masks are the app's, drawn in its order:
    example by example, neuron by neuron. Without one, PyTorch draws them.
    """

    def __init__(self, p):
        super().__init__()
        self.p = p
        self.random = None

    def forward(self, a):
        if not self.training:
            return a
        if self.random is None:
            return nn.functional.dropout(a, self.p, training=True)
        keep = 1 / (1 - self.p)
        mask = [[0.0 if self.random.next() < self.p else keep for _ in range(a.shape[1])]
                for _ in range(a.shape[0])]
        return a * torch.tensor(mask)`;

const MAXOUT = `def maxout(z, pieces):
    """Each neuron outputs the largest of its pieces: rows u·k … u·k+k−1 of z belong to neuron u (${lessonNote('activation')})."""
    return z.view(z.shape[0], -1, pieces).max(dim=2).values`;

/** The lines of forward() for one layer. */
function forwardLines(l: ExportLayer): string[] {
  const { linear, norm, dropout } = torchNames(l);
  const p = l.plan;
  if (l.isOutput) {
    return [
      `        # Output layer: z = W·a + b; the output activation is applied by outputs() (${lessonNote('forward')}).`,
      `        return self.${linear}(a)`,
    ];
  }
  const act =
    p.pieces > 1 ? `maxout(z, ${p.pieces})` : ACTIVATION_FORMS[p.act]!.torch('z', p.alpha);
  return [
    `        # Hidden layer ${l.number}: z = W·a + b${p.batchNorm ? ', batch norm' : ''}, then ${p.pieces > 1 ? 'maxout' : p.act}${p.dropout > 0 ? ', then dropout' : ''} (${lessonNote('hidden')}).`,
    `        z = self.${linear}(a)`,
    ...(p.batchNorm ? [`        z = self.${norm}(z)`] : []),
    `        a = ${act}`,
    ...(p.dropout > 0 ? [`        a = self.${dropout}(a)`] : []),
  ];
}

/** The lines of __init__() for one layer. */
function initLines(l: ExportLayer): string[] {
  const { linear, norm, dropout } = torchNames(l);
  const p = l.plan;
  const what = l.isOutput
    ? `output layer: ${p.units} ${p.act}`
    : `hidden layer ${l.number}: ${p.units} ${p.pieces > 1 ? `maxout neurons × ${p.pieces} pieces` : `${p.act} neurons`}`;
  return [
    `        self.${linear} = nn.Linear(${p.fanIn}, ${p.rows})  # ${what}`,
    ...(p.batchNorm ? [`        self.${norm} = BatchNorm(${p.rows})`] : []),
    ...(p.dropout > 0 ? [`        self.${dropout} = Dropout(${pyNumber(p.dropout)})`] : []),
  ];
}

/**
 * The model section of the PyTorch script: the engine's generator, the layer kinds the
 * network uses (batch norm, dropout, maxout), the Network class built from the engine's
 * layer plan, and its trained weights and batch-norm statistics.
 */
export function pytorchModel(source: ExportSource): string {
  const { layers, plan } = source;
  const usesNorm = plan.layers.some((l) => l.batchNorm);
  const usesDropout = plan.layers.some((l) => l.dropout > 0);
  const usesMaxout = plan.layers.some((l) => l.pieces > 1);
  const weightLines = torchParameters(source).map(
    (t) => `    "${t.name}": ${pyTensor(source.parameters, t.from, t.shape)},`,
  );
  for (const l of layers) {
    if (!l.norm) continue;
    const { norm } = torchNames(l);
    weightLines.push(`    "${norm}.running_mean": ${pyList(l.norm.runMean)},`);
    weightLines.push(`    "${norm}.running_var": ${pyList(l.norm.runVar)},`);
  }
  return [
    `# ── The model ──────────────────────────────────────────────────────────────`,
    ...(usesNorm ? [`BN_EPSILON = ${pyNumber(BN_EPSILON)}`, `BN_MOMENTUM = ${pyNumber(BN_MOMENTUM)}`, ''] : []),
    '',
    ENGINE_RANDOM,
    ...(usesNorm ? ['', '', BATCH_NORM] : []),
    ...(usesDropout ? ['', '', DROPOUT] : []),
    ...(usesMaxout ? ['', '', MAXOUT] : []),
    '',
    '',
    'class Network(nn.Module):',
    `    """${layers.length - 1} hidden layer${layers.length === 2 ? '' : 's'} and an output layer, as drawn in Gradient Lab."""`,
    '',
    '    def __init__(self):',
    '        super().__init__()',
    ...layers.flatMap(initLines),
    '',
    '    def forward(self, x):',
    '        """The output layer\'s z for network inputs x (n × inputs)."""',
    '        a = x',
    ...layers.flatMap(forwardLines),
    '',
    '',
    `# The trained numbers, in PyTorch's layout: weight[r][j] connects input j to row r.`,
    'WEIGHTS = {',
    ...weightLines,
    '}',
    '',
    '',
    'def build_model():',
    '    """The network with the exported weights and batch-norm statistics."""',
    '    model = Network()',
    '    model.load_state_dict({name: torch.tensor(value) for name, value in WEIGHTS.items()})',
    '    return model',
  ].join('\n');
}
