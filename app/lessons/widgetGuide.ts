import { WIDGET_SPECS } from './widgetSpecs';
import type { WidgetSpec } from './widgetSpecs';

/** The guide's widget table heading, followed by one row per widget. */
const HEAD = '| id | what it is | options |\n|---|---|---|';

/**
 * One row of the authoring guide's widget table, written from the widget's spec: its summary,
 * "(live)" when it trains the playground (it takes a `config`), what it publishes, and each
 * option with what it does. Example: | `standardize-compare` | the study-hours table trained
 * raw and standardised; publishes `rawDiverged`, `standardLoss` | `rate`: the learning rate for both |
 */
export function widgetGuideRow(id: string, spec: WidgetSpec): string {
  const notes: Readonly<Record<string, string>> = spec.notes ?? {};
  const live = 'config' in spec.options ? ' (live)' : '';
  const published = spec.metrics.map((m) => (notes[m] ? `\`${m}\` (${notes[m]})` : `\`${m}\``));
  const what =
    spec.summary + live + (published.length ? `; publishes ${published.join(', ')}` : '');
  const options = Object.entries(spec.options).map(([name, o]) => `\`${name}\`: ${o.about}`);
  return `| \`${id}\` | ${what} | ${options.join('; ') || 'none'} |`;
}

/** The whole widget table of lessons/README.md, heading included, in the specs' order. */
export function widgetGuideTable(): string {
  const specs: Record<string, WidgetSpec> = WIDGET_SPECS;
  return [HEAD, ...Object.entries(specs).map(([id, spec]) => widgetGuideRow(id, spec))].join('\n');
}
