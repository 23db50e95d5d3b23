import { CONFIG_FIELDS, MAX_UNITS, MIN_UNITS } from './configFields';
import { copyConfig } from './configRules';
import { INIT_NAMES, type InitName, type TrainingConfig } from './trainingConfig';

/**
 * A sweep trains one configuration several times, changing one hyperparameter, on the same data
 * from the same seed. These are the hyperparameters it can change.
 */
export type SweepParameter = 'learningRate' | 'batchSize' | 'width' | 'dropout' | 'l2' | 'init';

/** A sweep's value: a number, or an initialisation's name. */
export type SweepValue = number | InitName;

/** Runs in a sweep, at least and at most. */
export const MIN_SWEEP_RUNS = 3;
export const MAX_SWEEP_RUNS = 6;

/** How each sweepable hyperparameter is named and which configuration field bounds it. */
export const SWEEP_PARAMETERS: Record<
  SweepParameter,
  { label: string; short: string; field: keyof TrainingConfig; integer: boolean }
> = {
  learningRate: { label: 'Learning rate', short: 'lr', field: 'learningRate', integer: false },
  batchSize: { label: 'Batch size', short: 'batch', field: 'batchSize', integer: true },
  width: { label: 'Layer width', short: 'width', field: 'hidden', integer: true },
  dropout: { label: 'Dropout', short: 'dropout', field: 'dropout', integer: false },
  l2: { label: 'L2 rate', short: 'L2', field: 'regRate', integer: false },
  init: { label: 'Initialisation', short: 'init', field: 'init', integer: false },
};

/** The range a numeric sweep value must lie in, from the configuration table. */
function rangeOf(param: SweepParameter): { min: number; max: number } {
  if (param === 'width') return { min: MIN_UNITS, max: MAX_UNITS };
  const spec = CONFIG_FIELDS[SWEEP_PARAMETERS[param].field];
  return spec.kind === 'number' ? { min: spec.min, max: spec.max } : { min: 0, max: 0 };
}

/**
 * Five values around the configuration's own, a sensible first sweep; for initialisation every
 * scheme. Example: learning rate 0.03 → [0.003, 0.01, 0.03, 0.1, 0.3].
 */
export function defaultSweepValues(param: SweepParameter, config: TrainingConfig): SweepValue[] {
  switch (param) {
    case 'learningRate': {
      const lr = config.learningRate;
      return [lr / 10, lr / 3, lr, lr * 3, lr * 10].map((v) => Number(v.toPrecision(2)));
    }
    case 'batchSize':
      return [1, 5, 10, 50, 200];
    case 'width':
      return [1, 2, 4, 8, 16];
    case 'dropout':
      return [0, 0.1, 0.25, 0.5];
    case 'l2':
      return [0, 0.001, 0.003, 0.01, 0.03];
    case 'init':
      return [...INIT_NAMES];
  }
}

/** The value as typed and shown: "0.03", "he". */
export function sweepValueText(value: SweepValue): string {
  return typeof value === 'number' ? String(Number(value.toPrecision(4))) : value;
}

/**
 * Read a list of sweep values typed as text (commas or spaces between them): 3 to 6 distinct
 * values, each in the configuration field's range (whole numbers where the field is), or
 * initialisation names. Returns the values, or a message saying what is wrong.
 * Example: parseSweepValues('learningRate', '0.01, 0.1, 1') → { ok: true, values: [0.01, 0.1, 1] }.
 */
export function parseSweepValues(
  param: SweepParameter,
  text: string,
): { ok: true; values: SweepValue[] } | { ok: false; error: string } {
  const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
  const { label, integer } = SWEEP_PARAMETERS[param];
  if (parts.length < MIN_SWEEP_RUNS || parts.length > MAX_SWEEP_RUNS) {
    return {
      ok: false,
      error: `A sweep needs ${MIN_SWEEP_RUNS} to ${MAX_SWEEP_RUNS} values; ${parts.length} given.`,
    };
  }
  const values: SweepValue[] = [];
  for (const p of parts) {
    if (param === 'init') {
      if (!(INIT_NAMES as readonly string[]).includes(p)) {
        return { ok: false, error: `"${p.slice(0, 20)}" is not one of ${INIT_NAMES.join(', ')}.` };
      }
      values.push(p as InitName);
      continue;
    }
    const v = Number(p);
    const { min, max } = rangeOf(param);
    if (!Number.isFinite(v)) return { ok: false, error: `"${p.slice(0, 20)}" is not a number.` };
    if (v < min || v > max) {
      return { ok: false, error: `${label} ${p} is outside ${min} to ${max}.` };
    }
    if (integer && !Number.isInteger(v)) {
      return { ok: false, error: `${label} ${p} is not a whole number.` };
    }
    values.push(v);
  }
  if (new Set(values).size !== values.length) {
    return { ok: false, error: 'Each value may appear once.' };
  }
  return { ok: true, values };
}

/**
 * The configuration of one sweep run: `config` with the parameter set to `value` (a layer width
 * applies to every hidden layer; an L2 rate turns L2 regularisation on). Everything else, the
 * seed included, stays, so every run sees the same data.
 */
export function sweepConfig(
  config: TrainingConfig,
  param: SweepParameter,
  value: SweepValue,
): TrainingConfig {
  const c = copyConfig(config);
  const n = typeof value === 'number' ? value : NaN;
  switch (param) {
    case 'learningRate':
      c.learningRate = n;
      break;
    case 'batchSize':
      c.batchSize = n;
      break;
    case 'width':
      c.hidden = c.hidden.length ? c.hidden.map(() => n) : [n];
      if (c.activations.length < c.hidden.length) c.activations = c.hidden.map(() => 'tanh');
      break;
    case 'dropout':
      c.dropout = n;
      break;
    case 'l2':
      c.regularization = 'l2';
      c.regRate = n;
      break;
    case 'init':
      c.init = value as InitName;
      break;
  }
  return c;
}

/** A run's name in a sweep: "lr 0.03", "width 8", "init he". */
export function sweepRunLabel(param: SweepParameter, value: SweepValue): string {
  return `${SWEEP_PARAMETERS[param].short} ${sweepValueText(value)}`;
}
