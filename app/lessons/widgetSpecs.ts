/** The kind of value a widget option takes. */
export type OptionKind = 'boolean' | 'number' | 'string' | 'strings' | 'config';

/** What the lesson parser knows about a widget: its options and a line for the guide. */
export interface WidgetSpec {
  summary: string;
  options: Record<string, { kind: OptionKind; about: string }>;
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
    options: {
      relu: { kind: 'boolean', about: 'offer a ReLU switch on the output' },
    },
  },
  'activation-explorer': {
    summary: 'Every activation with its derivative, range and where it saturates.',
    options: {
      initial: { kind: 'string', about: 'the activation shown first, e.g. sigmoid' },
    },
  },
  'loss-explorer': {
    summary: 'Each loss as a function of the error, and how one outlier moves the cost.',
    options: {
      initial: { kind: 'string', about: 'the loss shown first, e.g. mse' },
    },
  },
  'forward-pass': {
    summary: 'A 2-2-1 network computed by hand, layer by layer, checked by the app.',
    options: {
      backward: { kind: 'boolean', about: 'also ask for the gradients of the last layer' },
    },
  },
  'weight-descent': {
    summary: 'One weight rolling down its loss curve, with a learning-rate slider.',
    options: { config, parameter: { kind: 'number', about: 'index of the weight shown first' } },
  },
  'batch-size': {
    summary: 'Batch sizes compared: loss curve noise and paths on the loss surface.',
    options: { config },
  },
  backprop: {
    summary: 'Backpropagation of one example, step by step, with the real numbers.',
    options: { config },
  },
  'init-compare': {
    summary: 'All-zero versus small random initial weights, trained side by side.',
    options: {},
  },
  'standardize-compare': {
    summary: 'The study-hours table trained raw and standardised at the same learning rate.',
    options: { rate: { kind: 'number', about: 'learning rate used for both runs' } },
  },
  'overfit-lab': {
    summary: 'Train and test curves with L2, dropout, batch norm and early-stopping switches.',
    options: { config },
  },
  'hyper-challenge': {
    summary: 'Tune every hyperparameter to beat a target within a parameter budget.',
    options: {
      config,
      budget: { kind: 'number', about: 'most trainable parameters allowed' },
    },
  },
  'export-preview': {
    summary: 'Your network beside the first lines of its PyTorch script, with every export.',
    options: { config },
  },
} as const satisfies Record<string, WidgetSpec>;

/** A widget id from the registry. */
export type WidgetId = keyof typeof WIDGET_SPECS;

/** Whether `id` names a widget. */
export function isWidgetId(id: unknown): id is WidgetId {
  return typeof id === 'string' && Object.hasOwn(WIDGET_SPECS, id);
}
