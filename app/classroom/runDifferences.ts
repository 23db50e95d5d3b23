import { CONFIG_FIELDS } from '../engine/configFields';
import { diffConfig } from '../engine/configDiff';
import type { TrainingConfig } from '../engine/trainingConfig';
import { PRECISE, formatNumber } from '../engine/numberText';

/** A configuration field's name. */
export type ConfigField = keyof TrainingConfig;

/** How a field's value is named for people: an option's label, else the value as written. */
export type OptionLabel = (field: ConfigField, value: string) => string | undefined;

/** One row of a comparison: a field's label, the live run's value and each pinned run's. */
export interface DifferenceRow {
  field: ConfigField;
  label: string;
  live: string;
  /** One value per compared run, in the order given. */
  others: string[];
}

/**
 * A field's value in words, from its CONFIG_FIELDS kind: numbers as `formatNumber` (PRECISE), switches as
 * on/off, lists joined by commas, options by `label` when it names them.
 * Example: formatField('hidden', [4, 2]) → '4, 2'; formatField('batchNorm', false) → 'off'.
 */
export function formatField(field: ConfigField, value: unknown, label?: OptionLabel): string {
  const spec = CONFIG_FIELDS[field];
  const name = (v: unknown) => label?.(field, String(v)) ?? String(v);
  switch (spec.kind) {
    case 'number':
      return formatNumber(value as number, PRECISE);
    case 'boolean':
      return value ? 'on' : 'off';
    case 'enum':
      return name(value);
    case 'enumList':
    case 'intList':
      return (value as unknown[]).length ? (value as unknown[]).map(name).join(', ') : 'none';
  }
}

/**
 * The fields in which any of `others` differs from `live`, in CONFIG_FIELDS order, each with
 * every run's value: the rows of a "what differs" table. The field list comes from diffConfig.
 * Example: live lr 0.3, one pin at lr 0.03 →
 *   [{ field: 'learningRate', label: 'Learning rate', live: '0.3', others: ['0.03'] }].
 */
export function differenceRows(
  live: TrainingConfig,
  others: readonly TrainingConfig[],
  label?: OptionLabel,
): DifferenceRow[] {
  const changed = new Set<ConfigField>();
  for (const o of others) for (const f of diffConfig(o, live).changed) changed.add(f);
  return (Object.keys(CONFIG_FIELDS) as ConfigField[])
    .filter((f) => changed.has(f))
    .map((field) => ({
      field,
      label: CONFIG_FIELDS[field].label,
      live: formatField(field, live[field], label),
      others: others.map((o) => formatField(field, o[field], label)),
    }));
}

/**
 * One run against another in a line: "Learning rate 0.03 vs 0.3; Dropout 0.5 vs 0", or
 * "same settings" when nothing differs.
 */
export function differenceSummary(
  run: TrainingConfig,
  against: TrainingConfig,
  label?: OptionLabel,
): string {
  const rows = differenceRows(against, [run], label);
  if (rows.length === 0) return 'same settings';
  return rows.map((r) => `${r.label} ${r.others[0]} vs ${r.live}`).join('; ');
}
