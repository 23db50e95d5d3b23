/**
 * The exportable charts: each chart box carries its id, and the export panel finds the box by
 * that id (not by text that a label change would break). `name` is what the panel and the
 * exported file's title call it.
 */
export const EXPORTABLE_CHARTS = [
  { id: 'chart-output', name: 'Output', view: null },
  { id: 'chart-loss', name: 'Loss', view: null },
  { id: 'chart-network', name: 'Network', view: null },
  // The teaching views' charts: on screen while their view is open.
  { id: 'chart-descent', name: 'Weight descent', view: 'Weight descent' },
  { id: 'chart-surface', name: 'Loss surface', view: 'Loss surface' },
  { id: 'chart-batchnorm', name: 'Batch-norm histograms', view: 'Batch norm' },
  { id: 'chart-activation', name: 'Neuron activation', view: 'Neuron' },
] as const;

/** The DOM id of an exportable chart's box. */
export type ChartId = (typeof EXPORTABLE_CHARTS)[number]['id'];
