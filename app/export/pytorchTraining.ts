import { ACTIVATION_FORMS } from './activationForms';
import type { ExportSource } from './exportSource';
import { lessonNote } from './lessonRefs';
import { pyTensor, torchParameters } from './pytorchModel';
import { pyNumber } from './pythonText';

/** outputs(z): the output activation, as the app's predictions apply it. */
function outputsFunction(source: ExportSource): string {
  const out = source.plan.layers[source.plan.layers.length - 1]!;
  return [
    'def outputs(z):',
    `    """The network's outputs from the output layer's z: ${out.act} (${lessonNote('outputs')})."""`,
    `    return ${ACTIVATION_FORMS[out.act]!.torch('z', out.alpha)}`,
  ].join('\n');
}

/** The per-output loss of outputs `a` against targets `y`, as a torch expression. */
function lossTerm(source: ExportSource): string {
  const p = pyNumber(source.plan.lossParam);
  switch (source.plan.loss) {
    case 'mse':
      return '0.5 * (a - y) ** 2  # ½(ŷ − y)²';
    case 'mae':
      return '(a - y).abs()  # |ŷ − y|';
    case 'huber':
      return `torch.where((a - y).abs() <= ${p}, 0.5 * (a - y) ** 2, ${p} * ((a - y).abs() - 0.5 * ${p}))  # Huber, δ = ${p}`;
    case 'logCosh':
      return '(a - y).abs() + torch.log1p(torch.exp(-2 * (a - y).abs())) - math.log(2)  # log cosh(ŷ − y)';
    case 'quantile':
      return `torch.where(y - a >= 0, ${p} * (y - a), (${p} - 1) * (y - a))  # pinball loss, τ = ${p}`;
    case 'epsilonInsensitive':
      return `torch.clamp((a - y).abs() - ${p}, min=0)  # ε-insensitive, ε = ${p}`;
    case 'hinge':
      return 'torch.clamp(1 - y * a, min=0)  # hinge, targets ±1';
    case 'bce':
    case 'crossEntropy':
      throw new Error('bce and crossEntropy are written from z');
  }
}

/** cost(z, y): the mean over the batch of each example's loss summed over its outputs. */
function costFunction(source: ExportSource): string {
  const { loss } = source.plan;
  const out = source.plan.layers[source.plan.layers.length - 1]!;
  const doc = `    """Mean over the examples of each example's loss, summed over its outputs (${lessonNote('loss')})."""`;
  if (loss === 'bce' && out.act === 'sigmoid') {
    return [
      'def cost(z, y):',
      doc,
      '    # Binary cross-entropy computed from z, exact for any z (no log of 0).',
      '    return nn.functional.binary_cross_entropy_with_logits(z, y, reduction="none").sum(dim=1).mean()',
    ].join('\n');
  }
  if (loss === 'crossEntropy' && out.act === 'softmax') {
    return [
      'def cost(z, y):',
      doc,
      '    # Cross-entropy −Σ y·log softmax(z), computed from z.',
      '    return -(y * torch.log_softmax(z, dim=1)).sum(dim=1).mean()',
    ].join('\n');
  }
  return ['def cost(z, y):', doc, '    a = outputs(z)', `    loss = ${lossTerm(source)}`, '    return loss.sum(dim=1).mean()'].join('\n');
}

/** penalty(model): the L1 or L2 weight penalty the app adds (weights only, not biases, γ or β). */
function penaltyFunction(source: ExportSource): string {
  const { regularization, regRate } = source.config;
  const head = [
    'def penalty(model):',
    `    """The weight penalty added to the cost: weights only, not biases, γ or β (${lessonNote('overfitting')})."""`,
  ];
  if (regularization === 'none' || regRate === 0) return [...head, '    return 0.0  # no regularisation'].join('\n');
  const weights = '[m.weight for m in model.modules() if isinstance(m, nn.Linear)]';
  const body =
    regularization === 'l2'
      ? `    return REG_RATE * sum(0.5 * (w * w).sum() for w in ${weights})  # ½λ·Σw², gradient λ·w`
      : `    return REG_RATE * sum(w.abs().sum() for w in ${weights})  # λ·Σ|w|, gradient λ·sign(w)`;
  return [...head, body].join('\n');
}

/** learning_rate(epoch) for the configured schedule. */
function scheduleFunction(source: ExportSource): string {
  const { schedule } = source.config;
  const formula =
    schedule === 'constant'
      ? ['    return LEARNING_RATE  # constant']
      : schedule === 'step'
        ? ['    return LEARNING_RATE * DECAY_RATE ** (epoch // DECAY_EVERY)  # η·rate^⌊epoch / every⌋']
        : ['    return LEARNING_RATE * DECAY_RATE ** (epoch / DECAY_EVERY)  # η·rate^(epoch / every)'];
  return [
    'def learning_rate(epoch):',
    `    """The learning rate after \`epoch\` completed epochs (${lessonNote('hyperparameters')})."""`,
    ...formula,
  ].join('\n');
}

/** make_optimizer(model), the torch.optim optimiser with the app's settings. */
function optimizerFunction(source: ExportSource): string {
  const c = source.config;
  const mu = pyNumber(c.momentum);
  const made: Record<typeof c.optimizer, string> = {
    sgd: 'torch.optim.SGD(model.parameters(), lr=LEARNING_RATE)  # θ ← θ − η·g',
    momentum: `torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=${mu})  # v ← μ·v + g; θ ← θ − η·v`,
    nesterov: `torch.optim.SGD(model.parameters(), lr=LEARNING_RATE, momentum=${mu}, nesterov=True)`,
    rmsprop: `torch.optim.RMSprop(model.parameters(), lr=LEARNING_RATE, alpha=${mu}, eps=1e-8)`,
    adam: `torch.optim.Adam(model.parameters(), lr=LEARNING_RATE, betas=(${mu}, ${pyNumber(c.beta2)}), eps=1e-8)`,
  };
  const restore: Record<typeof c.optimizer, string[]> = {
    sgd: [],
    momentum: ['            state["momentum_buffer"] = torch.tensor(OPTIMIZER_STATE["m"][name])'],
    nesterov: ['            state["momentum_buffer"] = torch.tensor(OPTIMIZER_STATE["m"][name])'],
    rmsprop: [
      '            state["step"] = torch.tensor(float(OPTIMIZER_STATE["steps"]))',
      '            state["square_avg"] = torch.tensor(OPTIMIZER_STATE["s"][name])',
    ],
    adam: [
      '            state["step"] = torch.tensor(float(OPTIMIZER_STATE["steps"]))',
      '            state["exp_avg"] = torch.tensor(OPTIMIZER_STATE["m"][name])',
      '            state["exp_avg_sq"] = torch.tensor(OPTIMIZER_STATE["s"][name])',
    ],
  };
  const lines = [
    'def make_optimizer(model):',
    `    """${c.optimizer === 'sgd' ? 'Plain gradient descent' : `The ${c.optimizer} optimiser`}, with the app's state when training had begun (${lessonNote(c.optimizer === 'sgd' ? 'gradientDescent' : 'hyperparameters')})."""`,
    `    optimizer = ${made[c.optimizer]}`,
  ];
  if (restore[c.optimizer].length > 0) {
    lines.push(
      '    if OPTIMIZER_STATE["steps"] > 0:',
      '        for name, p in model.named_parameters():',
      '            state = optimizer.state[p]',
      ...restore[c.optimizer],
    );
  }
  lines.push('    return optimizer');
  return lines.join('\n');
}

/** OPTIMIZER_STATE: the optimiser's moments by parameter name (empty for plain SGD). */
function optimizerState(source: ExportSource): string {
  const { m, s, t } = source.optimizer;
  const name = source.config.optimizer;
  const dict = (v: Float64Array) =>
    ['{', ...torchParameters(source).map((p) => `        "${p.name}": ${pyTensor(v, p.from, p.shape)},`), '    }'].join('\n');
  const parts = [`    "steps": ${t},`];
  if (name !== 'sgd' && t > 0) {
    if (name !== 'rmsprop') parts.push(`    "m": ${dict(m)},`);
    if (name === 'rmsprop' || name === 'adam') parts.push(`    "s": ${dict(s)},`);
  }
  return ['# The optimiser\'s state where the app stood (moments by parameter), so training goes on seamlessly.', 'OPTIMIZER_STATE = {', ...parts, '}'].join('\n');
}

/**
 * The training section of the PyTorch script: settings, output activation, cost, penalty,
 * schedule, optimiser with its saved state, evaluation, the training loop that replays the
 * app's example order and dropout masks, predict(), and the script's main block.
 */
export function pytorchTraining(source: ExportSource): string {
  const c = source.config;
  const batch = Math.max(1, Math.min(c.batchSize, source.data.train.n));
  return [
    `# ── Training ───────────────────────────────────────────────────────────────`,
    `LEARNING_RATE = ${pyNumber(c.learningRate)}  # η (${lessonNote('gradientDescent')})`,
    ...(c.schedule !== 'constant' ? [`DECAY_RATE = ${pyNumber(c.decayRate)}`, `DECAY_EVERY = ${pyNumber(c.decayEvery)}`] : []),
    `BATCH_SIZE = ${batch}  # examples per step (${lessonNote('batches')})`,
    ...(c.regularization !== 'none' && c.regRate !== 0 ? [`REG_RATE = ${pyNumber(c.regRate)}  # λ`] : []),
    `EPOCH = ${source.epoch}  # epochs the exported weights had trained`,
    `EPOCHS = 20  # how many more epochs to train when this file is run`,
    `# State of the app's generator for seed ${c.seed}: it shuffles the examples each epoch and draws dropout masks.`,
    `SHUFFLE_STATE = ${source.shuffleState}`,
    `SAME_ORDER_AS_GRADIENT_LAB = True  # False: let PyTorch choose the order and the masks`,
    `GRADIENT_LAB_TRAIN_LOSS = ${pyNumber(source.trainLoss)}  # the training loss the app showed for these weights`,
    '',
    optimizerState(source),
    '',
    '',
    outputsFunction(source),
    '',
    '',
    costFunction(source),
    '',
    '',
    penaltyFunction(source),
    '',
    '',
    scheduleFunction(source),
    '',
    '',
    optimizerFunction(source),
    '',
    '',
    `def evaluate(model, x, y):
    """The cost over all rows in evaluation mode (no dropout, batch norm's running averages)."""
    model.eval()
    with torch.no_grad():
        return cost(model(x), y).item()


def train(model, epochs, report=None):
    """Train \`epochs\` more epochs as the app does after importing these weights.

    Returns the training loss after each epoch (what the app's loss curve shows).
    """
    x, y = features(torch.tensor(TRAIN_INPUTS)), torch.tensor(TRAIN_TARGETS)
    optimizer = make_optimizer(model)
    random = EngineRandom(SHUFFLE_STATE)
    for module in model.modules():
        if hasattr(module, "random"):
            module.random = random if SAME_ORDER_AS_GRADIENT_LAB else None
    losses = []
    for epoch in range(EPOCH, EPOCH + epochs):
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(epoch)
        # A new order each epoch (${lessonNote('batches')}).
        order = random.shuffled(len(x)) if SAME_ORDER_AS_GRADIENT_LAB else torch.randperm(len(x)).tolist()
        model.train()
        for start in range(0, len(x), BATCH_SIZE):
            rows = order[start:start + BATCH_SIZE]
            optimizer.zero_grad()
            loss = cost(model(x[rows]), y[rows]) + penalty(model)
            loss.backward()  # backpropagation: every dL/dθ (${lessonNote('backprop')})
            optimizer.step()  # one gradient-descent step (${lessonNote('gradientDescent')})
        losses.append(evaluate(model, x, y))
        if report:
            report(epoch + 1, losses[-1])
    return losses


def predict(model, raw):
    """The network's outputs for raw input rows (a list of rows or a tensor)."""
    model.eval()
    with torch.no_grad():
        return outputs(model(features(torch.as_tensor(raw, dtype=torch.float64))))


if __name__ == "__main__":
    model = build_model()
    x, y = features(torch.tensor(TRAIN_INPUTS)), torch.tensor(TRAIN_TARGETS)
    print(f"training loss with the exported weights: {evaluate(model, x, y):.12g}"
          f" (Gradient Lab showed {GRADIENT_LAB_TRAIN_LOSS:.12g})")
    if len(TEST_INPUTS) > 0:
        print(f"test loss: {evaluate(model, features(torch.tensor(TEST_INPUTS)), torch.tensor(TEST_TARGETS)):.12g}")
    train(model, EPOCHS, report=lambda epoch, loss: print(f"epoch {epoch}: training loss {loss:.12g}"))`,
  ].join('\n');
}
