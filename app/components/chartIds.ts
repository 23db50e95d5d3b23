/**
 * The exportable charts: each chart box carries its id, and the export panel finds the box by
 * that id (not by text that a label change would break). `name` is what the panel and the
 * exported file's title call it.
 */
export const EXPORTABLE_CHARTS = [
  { id: 'chart-output', name: 'Output' },
  { id: 'chart-loss', name: 'Loss' },
  { id: 'chart-network', name: 'Network' },
] as const;

/** The DOM id of an exportable chart's box. */
export type ChartId = (typeof EXPORTABLE_CHARTS)[number]['id'];
