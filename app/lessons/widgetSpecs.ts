/** The kind of value a widget option takes. */
export type OptionKind = 'boolean' | 'number' | 'string' | 'strings' | 'config';

/** What the lesson parser knows about a widget: its options, what it publishes, a line for the guide. */
export interface WidgetSpec {
  summary: string;
  options: Record<string, { kind: OptionKind; about: string }>;
  /** The numbers it publishes under its block key, which checkpoints may read. */
  metrics: readonly string[];
}

const config = {
  kind: 'config',
  about: 'playground configuration the widget loads (fields as in a playground block)',
} as const;

/**
 * Every widget a lesson may name, by id, with its options. Pure data: the parser checks
 * lessons against it without loading any component; the registry maps the same ids to
 * components. Example: WIDGET_SPECS['single-neuron'].options.relu.kind → 'boolean'.
 */
export const WIDGET_SPECS = {
  'single-neuron': {
    summary: 'One neuron, price = w · area + b, fitted by hand with sliders over house prices.',
    metrics: ['cost', 'w', 'b', 'relu'],
    options: {
      relu: { kind: 'boolean', about: 'offer a ReLU switch on the output' },
    },
  },
  'activation-explorer': {
    summary: 'Every activation with its derivative, range and where it saturates.',
    metrics: ['z', 'value', 'slope'],
    options: {
      initial: { kind: 'string', about: 'the activation shown first, e.g. sigmoid or maxout' },
    },
  },
  'loss-explorer': {
    summary: 'Each loss as a function of the error, and how one outlier moves the cost.',
    metrics: ['cost', 'outlier'],
    options: {
      initial: { kind: 'string', about: 'the loss shown first, e.g. mse' },
    },
  },
  'forward-pass': {
    summary: 'A 2-2-1 network computed by hand, layer by layer, checked by the app.',
    metrics: ['output', 'loss', 'dOut', 'gradV1', 'gradV2', 'gradW11'],
    options: {
      backward: { kind: 'boolean', about: 'also ask for the gradients of the last layer' },
    },
  },
  'weight-descent': {
    summary: 'One weight rolling down its loss curve, with a learning-rate slider.',
    metrics: [],
    options: { config, parameter: { kind: 'number', about: 'index of the weight shown first' } },
  },
  'batch-size': {
    summary: 'Batch sizes compared: loss curve noise and paths on the loss surface.',
    metrics: [],
    options: { config },
  },
  backprop: {
    summary: 'Backpropagation of one example, step by step, with the real numbers.',
    metrics: ['row'],
    options: {
      config,
      backward: {
        kind: 'boolean',
        about: 'false: only the forward pass, layer by layer (before losses are taught)',
      },
    },
  },
  'init-compare': {
    summary: 'All-zero versus small random initial weights, trained side by side.',
    metrics: ['zeroAccuracy', 'randomAccuracy', 'zeroIdentical'],
    options: {},
  },
  'standardize-compare': {
    summary: 'The study-hours table trained raw and standardised at the same learning rate.',
    metrics: ['rawDiverged', 'standardLoss'],
    options: { rate: { kind: 'number', about: 'learning rate used for both runs' } },
  },
  'overfit-lab': {
    summary: 'Train and test curves with L2, dropout, batch norm and early-stopping switches.',
    metrics: [],
    options: { config },
  },
  'hyper-challenge': {
    summary: 'Tune every hyperparameter to beat a target within a parameter budget.',
    metrics: [],
    options: {
      config,
      budget: { kind: 'number', about: 'most trainable parameters allowed' },
    },
  },
  'export-preview': {
    summary: 'Your network beside the first lines of its PyTorch script, with every export.',
    metrics: ['parameters', 'linearLayers'],
    options: { config },
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
