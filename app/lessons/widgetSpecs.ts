/** The kind of value a widget option takes. */
export type OptionKind = 'boolean' | 'number' | 'string' | 'strings' | 'config';

/** One option of a widget: its kind, what it does, and for a choice its values and default. */
export interface OptionSpec {
  kind: OptionKind;
  about: string;
  /** The only values a `string` option takes, when it names one of a few things. */
  choices?: readonly string[];
  /** What the widget shows when the option is left out (one of `choices`). */
  default?: string;
  /** The option's name on a form (the Scenes panel), where `about` is for lesson writers. */
  label?: string;
}

/**
 * Everything about one widget, in one entry: what the lesson parser checks (its options and
 * the numbers it publishes), the row of the authoring guide's widget table (`summary`, each
 * option's `about`, `notes` on published numbers; widgetGuide.ts writes the row), and the
 * loader of its component. Adding a widget is this entry and the component's file.
 */
export interface WidgetSpec {
  /** What a teacher picks it by, e.g. in the Scenes panel: 'Activation explorer'. */
  name: string;
  /** What it is, as the guide's table says it (the guide adds "(live)" and what it publishes). */
  summary: string;
  options: Record<string, OptionSpec>;
  /** The numbers it publishes under its block key, which checkpoints may read. */
  metrics: readonly string[];
  /** What a published number means, where its name does not say it. */
  notes?: Readonly<Record<string, string>>;
  /**
   * Loads its component when a lesson first shows it. Only the lesson pages call it
   * (widgets/registry.tsx): a dynamic import loads nothing until called, so the parser and
   * the classroom read the rest of the spec without any UI.
   */
  load: () => Promise<unknown>;
}

/**
 * A loader of one named export of a module, typed by that export, so the registry can check
 * that each component takes its widget's props. Example: component(() => import('./m'), 'X').
 */
function component<M, K extends keyof M>(load: () => Promise<M>, name: K): () => Promise<M[K]> {
  return () => load().then((m) => m[name]);
}

const config = {
  kind: 'config',
  about: 'the playground configuration it trains (fields as in a playground block)',
} as const;

/**
 * Every widget a lesson may name, by id. Pure data apart from the loaders: the parser checks
 * lessons against it, the registry derives its components from it, and the guide's widget
 * table is written from it. Example: WIDGET_SPECS['single-neuron'].options.relu.kind → 'boolean'.
 */
export const WIDGET_SPECS = {
  'single-neuron': {
    name: 'One neuron',
    summary: 'one neuron over house prices, w and b sliders',
    metrics: ['cost', 'w', 'b', 'relu'],
    notes: { relu: '1 when the ReLU is on' },
    options: {
      relu: {
        kind: 'boolean',
        about: 'true/false: offer the ReLU switch',
        label: 'Offer the ReLU switch',
      },
    },
    load: component(() => import('./widgets/SingleNeuron'), 'SingleNeuron'),
  },
  'activation-explorer': {
    name: 'Activation explorer',
    summary:
      'every activation, its derivative, range and saturation (with α for leaky ReLU and ELU, and a maxout neuron of z and w·z + b)',
    metrics: ['z', 'value', 'slope'],
    options: {
      initial: {
        kind: 'string',
        about:
          'the activation shown first: `linear`, `sigmoid`, `tanh`, `relu`, `leakyRelu`, `elu`, `threshold`, `maxout`',
        choices: ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu', 'threshold', 'maxout'],
        default: 'sigmoid',
        label: 'Activation shown first',
      },
    },
    load: component(() => import('./widgets/ActivationExplorer'), 'ActivationExplorer'),
  },
  'loss-explorer': {
    name: 'Loss explorer',
    summary: 'each regression loss by the error, and a batch with an outlier',
    metrics: ['cost', 'outlier'],
    notes: { outlier: '1 when it is in' },
    options: {
      initial: {
        kind: 'string',
        about:
          'the loss shown first: `mse`, `mae`, `huber`, `logCosh`, `quantile`, `epsilonInsensitive`',
        choices: ['mse', 'mae', 'huber', 'logCosh', 'quantile', 'epsilonInsensitive'],
        default: 'mse',
        label: 'Loss shown first',
      },
    },
    load: component(() => import('./widgets/LossExplorer'), 'LossExplorer'),
  },
  'classification-loss': {
    name: 'Classification losses',
    summary:
      "a logit (three for softmax) and a label moved by hand, with the output, the loss and ∂L/∂z from the engine's own output head, and both curves along the logit: sigmoid + binary cross-entropy (labels 0/1), hinge on a raw score (labels −1/+1), softmax + cross-entropy",
    metrics: ['loss', 'slope', 'probability'],
    notes: {
      slope: '∂L/∂z of the logit drawn: z, s, or the correct class’s',
      probability: 'σ(z), or p of the correct class; not a number for hinge',
    },
    options: {
      initial: {
        kind: 'string',
        about: 'the pair shown first: `sigmoid-bce`, `hinge`, `softmax-ce`',
        choices: ['sigmoid-bce', 'hinge', 'softmax-ce'],
        default: 'sigmoid-bce',
        label: 'Pair shown first',
      },
    },
    load: component(() => import('./widgets/ClassificationLoss'), 'ClassificationLoss'),
  },
  'forward-pass': {
    name: 'Forward pass by hand',
    summary: 'a 2-2-1 network computed by hand and checked',
    metrics: ['output', 'loss', 'dOut', 'gradV1', 'gradV2', 'gradW11'],
    options: {
      backward: {
        kind: 'boolean',
        about: 'true/false: also the backward pass',
        label: 'Also the backward pass',
      },
    },
    load: component(() => import('./widgets/ForwardPass'), 'ForwardPass'),
  },
  'weight-descent': {
    name: 'Weight descent',
    summary: 'the descent of one weight with a learning-rate slider',
    metrics: [],
    options: {
      config,
      parameter: { kind: 'number', about: 'index of the weight shown first' },
    },
    load: component(() => import('./widgets/LiveWidgets'), 'WeightDescentWidget'),
  },
  'batch-size': {
    name: 'Batch size',
    summary: 'loss curve and loss surface with a batch-size slider and a race of batch sizes',
    metrics: [],
    options: { config },
    load: component(() => import('./widgets/LiveWidgets'), 'BatchSizeWidget'),
  },
  backprop: {
    name: 'Backpropagation',
    summary:
      "backpropagation of one example, step by step: each layer's z and a, the loss with its formula, each layer's gradients, the update",
    metrics: ['row'],
    notes: { row: 'the traced example' },
    options: {
      config,
      backward: {
        kind: 'boolean',
        about: 'true/false: false stops after the forward pass (for a lesson before losses)',
      },
    },
    load: component(() => import('./widgets/LiveWidgets'), 'BackpropWidget'),
  },
  sweep: {
    name: 'Sweep',
    summary:
      "the playground's sweep inside a lesson: the block's configuration trained once per value of one hyperparameter (same data and seed, off the page's thread), with the runs' curves overlaid and each run's boundary and curve; Make live continues any run in the lesson's playground",
    metrics: [],
    options: {
      config,
      param: {
        kind: 'string',
        about: 'the hyperparameter: `learningRate`, `batchSize`, `width`, `dropout`, `l2`, `init`',
      },
      values: {
        kind: 'string',
        about:
          '3 to 6 values as a sweep takes them, e.g. `0.001, 0.01, 0.1` or `zeros, xavier, he`',
      },
      epochs: { kind: 'number', about: 'epochs each run trains (default 100)' },
      show: { kind: 'strings', about: 'controls shown beside it, as in a playground block' },
      neurons: {
        kind: 'boolean',
        about: "true/false: list each trained run's first-layer neurons, copies highlighted",
      },
      judgeBy: {
        kind: 'string',
        about:
          '`validation`: compare the runs by their training and validation losses (cards and overlaid curves), keeping the test set for the run made live; default `test`',
      },
      title: { kind: 'string', about: 'its heading' },
    },
    load: component(() => import('./widgets/SweepCompare'), 'SweepWidget'),
  },
  'init-compare': {
    name: 'Initialisation compared',
    summary:
      "a sweep of the initialisation: the network trained from all zeros, all 0.5 (`initScale`) and Xavier weights for 300 epochs, each run's first-layer neurons listed with identical ones highlighted",
    metrics: ['zeroAccuracy', 'randomAccuracy', 'zeroIdentical'],
    notes: { zeroIdentical: 'how many neurons of the zero run are copies' },
    options: { config },
    load: component(() => import('./widgets/InitCompare'), 'InitCompare'),
  },
  'standardize-compare': {
    name: 'Standardising compared',
    summary:
      'a learning-rate sweep with a Standardise inputs switch: run it raw, then standardised',
    metrics: ['diverged', 'standardized'],
    notes: {
      diverged: 'how many runs of the last sweep diverged',
      standardized: '1 when that sweep had standardised inputs',
    },
    options: {
      config,
      rates: { kind: 'string', about: 'the learning rates (default `0.001, 0.01, 0.03, 0.1`)' },
    },
    load: component(() => import('./widgets/StandardizeCompare'), 'StandardizeCompare'),
  },
  'overfit-lab': {
    name: 'Overfitting lab',
    summary:
      'training, validation and test curves with data size, network, L2/L1, dropout, batch norm, validation share and early-stopping patience controls',
    metrics: [],
    options: { config },
    load: component(() => import('./widgets/LiveWidgets'), 'OverfitLab'),
  },
  'hyper-challenge': {
    name: 'Hyperparameter challenge',
    summary: 'every hyperparameter with a parameter budget',
    metrics: [],
    options: {
      config,
      budget: { kind: 'number', about: 'most trainable parameters allowed' },
    },
    load: component(() => import('./widgets/LiveWidgets'), 'HyperChallenge'),
  },
  'export-preview': {
    name: 'Export preview',
    summary:
      "the playground's network (the learner's own, from the last lesson) beside the first lines of its PyTorch script and its `Network` class, with downloads as PyTorch, ONNX, TensorFlow.js and NumPy",
    metrics: ['parameters', 'linearLayers'],
    options: {
      config: { kind: 'config', about: 'what to load when the page has no network yet' },
    },
    load: component(() => import('./widgets/ExportPreview'), 'ExportPreview'),
  },
} as const satisfies Record<string, WidgetSpec>;

/** A widget id from the registry. */
export type WidgetId = keyof typeof WIDGET_SPECS;

type Specs = typeof WIDGET_SPECS;

/** The TypeScript type of each option kind's values, as the parser checks them. */
interface OptionValue {
  boolean: boolean;
  number: number;
  string: string;
  strings: readonly string[];
  config: unknown;
}

/**
 * A widget's options as the parser hands them over: each one optional, of its declared kind.
 * Example: WidgetOptions<'single-neuron'> is { relu?: boolean }.
 */
export type WidgetOptions<Id extends WidgetId> = {
  readonly [K in keyof Specs[Id]['options']]?: OptionValue[Specs[Id]['options'][K] extends {
    kind: infer Kind extends OptionKind;
  }
    ? Kind
    : never];
};

/** The names a widget publishes. Example: WidgetMetric<'loss-explorer'> is 'cost' | 'outlier'. */
export type WidgetMetric<Id extends WidgetId> = Specs[Id]['metrics'][number];

/** Whether `id` names a widget. */
export function isWidgetId(id: unknown): id is WidgetId {
  return typeof id === 'string' && Object.hasOwn(WIDGET_SPECS, id);
}

/** Whether a widget trains the page's playground: it takes a `config` (the guide's "(live)"). */
export function drivesPlayground(id: WidgetId): boolean {
  return 'config' in WIDGET_SPECS[id].options;
}

/**
 * The widgets a lecture deck can show as a scene of their own: those that do not train the
 * playground (a live widget's views are a playground scene's teaching views already).
 * Example: SCENE_WIDGETS.includes('activation-explorer') → true; 'backprop' → false.
 */
export const SCENE_WIDGETS: readonly WidgetId[] = (Object.keys(WIDGET_SPECS) as WidgetId[]).filter(
  (id) => !drivesPlayground(id),
);

/** Whether `value` is of an option's kind (a `config` is resolved and checked by the caller). */
function fitsKind(kind: OptionKind, value: unknown): boolean {
  switch (kind) {
    case 'config':
      return true;
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'strings':
      return Array.isArray(value) && value.every((s) => typeof s === 'string');
  }
}

/**
 * What is wrong with a widget's options, as a lesson's widget block or a deck's widget scene
 * gives them, or null when each one is an option of the widget, of its kind and, for a choice,
 * one of its values. Both readers call this, so a lesson and a deck accept the same options.
 * Example: widgetOptionsProblem('single-neuron', { relu: 'yes' })
 *   → 'option "relu" of widget "single-neuron" must be boolean'.
 */
export function widgetOptionsProblem(
  id: WidgetId,
  options: Readonly<Record<string, unknown>>,
): string | null {
  const spec: Record<string, OptionSpec> = WIDGET_SPECS[id].options;
  for (const [name, value] of Object.entries(options)) {
    const o = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!o) return `widget "${id}" has no option "${name}"`;
    if (!fitsKind(o.kind, value)) return `option "${name}" of widget "${id}" must be ${o.kind}`;
    if (o.choices && !o.choices.includes(value as string))
      return `option "${name}" of widget "${id}" must be one of ${o.choices.join(', ')} (not “${String(
        value,
      )
        .replace(/\p{Cc}/gu, ' ')
        .slice(0, 40)}”)`;
  }
  return null;
}
