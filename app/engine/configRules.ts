import { CONFIG_FIELDS, DEFAULT_CONFIG } from './configFields';
import type { FieldSpec, Notice } from './configFields';
import {
  dimsOf,
  featuresFor,
  isValidHead,
  lossesFor,
  outputsFor,
  problemOf,
  defaultHead,
  trainingSetSize,
} from './problemHeads';
import { LOSSES, lossParamOk } from './losses';
import { FEATURE_NAMES } from './trainingConfig';
import type { HiddenActivation, TrainingConfig } from './trainingConfig';

export { CONFIG_FIELDS, DEFAULT_CONFIG } from './configFields';
export type { FieldSpec, Notice } from './configFields';
export {
  VALID_HEADS,
  batchKind,
  classesOf,
  defaultHead,
  dimsOf,
  featuresFor,
  isValidHead,
  lossesFor,
  outputsFor,
  problemOf,
  trainingSetSize,
} from './problemHeads';
export type { HeadChoice } from './problemHeads';

export { diffConfig, sameConfig, type ConfigDiff } from './configDiff';

/**
 * One activation per hidden layer: truncated, or extended by repeating the last (tanh when
 * there is none). Example: fitActivations(['relu'], 3) → ['relu', 'relu', 'relu'].
 */
export function fitActivations(
  activations: readonly HiddenActivation[],
  layers: number,
): HiddenActivation[] {
  const last = activations[activations.length - 1] ?? 'tanh';
  return Array.from({ length: layers }, (_, i) => activations[i] ?? last);
}

const FIELD_NAMES = Object.keys(CONFIG_FIELDS) as (keyof TrainingConfig)[];
/** Longest list or string read from untrusted input; anything past it is ignored. */
const MAX_READ = 1000;
/** Longest value quoted in a notice. */
const MAX_SHOWN = 40;

type Given = (field: keyof TrainingConfig) => boolean;
type Report = (field: keyof TrainingConfig, detail: string) => void;

/** A field value that shares no array with its source. */
function copyValue<T>(v: T): T {
  return (Array.isArray(v) ? [...(v as unknown[])] : v) as T;
}

/** A configuration that shares no array with its source. */
export function copyConfig(c: TrainingConfig): TrainingConfig {
  return {
    ...c,
    features: [...c.features],
    hidden: [...c.hidden],
    activations: [...c.activations],
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as short plain text for a notice: control characters blanked, at most 40 characters. */
function show(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v.slice(0, 2 * MAX_SHOWN) : (JSON.stringify(v) ?? String(v));
  } catch {
    s = Object.prototype.toString.call(v);
  }
  if (typeof v === 'number') s = String(v);
  s = s.replace(/\p{Cc}/gu, ' ');
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}

function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && v.length < 40) return Number(v);
  return NaN;
}

function toList(v: unknown): unknown[] | null {
  if (Array.isArray(v)) return v.slice(0, MAX_READ);
  if (typeof v === 'string') return v === '' ? [] : v.slice(0, MAX_READ).split(',');
  return null;
}

function toBoolean(v: unknown): boolean | null {
  if (v === true || v === 1 || v === '1' || v === 'true') return true;
  if (v === false || v === 0 || v === '0' || v === 'false') return false;
  return null;
}

/** A number clamped into the spec's range (rounded first for integer fields), -0 made 0. */
function readNumber(
  spec: Extract<FieldSpec, { kind: 'number' }> | Extract<FieldSpec, { kind: 'intList' }>,
  raw: unknown,
  complain: (detail: string) => void,
): number | null {
  let n = toNumber(raw);
  if (!Number.isFinite(n)) {
    complain(`"${show(raw)}" is not a number`);
    return null;
  }
  const integer = spec.kind === 'intList' || spec.integer;
  if (integer && !Number.isInteger(n)) {
    complain(`${show(raw)} rounded to ${Math.round(n)}`);
    n = Math.round(n);
  }
  if (n < spec.min || n > spec.max) {
    const to = n < spec.min ? spec.min : spec.max;
    complain(`${show(raw)} is outside ${spec.min}…${spec.max}; using ${to}`);
    n = to;
  }
  return n + 0;
}

/** One field read on its own: the cleaned value, or the default with a report. */
function readField(field: keyof TrainingConfig, raw: unknown, report: Report): unknown {
  const spec = CONFIG_FIELDS[field];
  const fallback = copyValue(DEFAULT_CONFIG[field]);
  const invalid = () => {
    report(field, `"${show(raw)}" is not valid; using ${show(fallback)}`);
    return fallback;
  };
  switch (spec.kind) {
    case 'enum':
      return typeof raw === 'string' && spec.values.includes(raw) ? raw : invalid();
    case 'boolean':
      return toBoolean(raw) ?? invalid();
    case 'number':
      return readNumber(spec, raw, (d) => report(field, d)) ?? fallback;
    case 'enumList': {
      const list = toList(raw);
      if (list === null) return invalid();
      const bad = list.filter((x) => typeof x !== 'string' || !spec.values.includes(x));
      if (bad.length > 0) report(field, `ignored "${show(bad[0])}"`);
      // A bad activation keeps its layer's place (as tanh); a bad feature is dropped.
      if (field === 'activations') return list.map((x) => (bad.includes(x) ? 'tanh' : x));
      return list.filter((x) => !bad.includes(x));
    }
    case 'intList': {
      const list = toList(raw);
      if (list === null) return invalid();
      if (list.length > spec.maxLength) {
        report(field, `at most ${spec.maxLength} layers; the rest are ignored`);
      }
      const units = list
        .slice(0, spec.maxLength)
        .map((x) => readNumber(spec, x, (d) => report(field, d)));
      return units.filter((u) => u !== null);
    }
  }
}

/** Cross-field repairs, in order: activations per layer, head, loss parameter, features, batch size. */
function repair(c: TrainingConfig, given: Given, report: Report): void {
  const layers = c.hidden.length;
  if (c.activations.length !== layers) {
    if (given('activations')) {
      report('activations', `${c.activations.length} given for ${layers} hidden layers; adjusted`);
    }
    c.activations = fitActivations(c.activations, layers);
  }
  const problem = problemOf(c.dataset);
  if (!isValidHead(problem, c.outputActivation, c.loss)) {
    const head = outputsFor(problem).includes(c.outputActivation)
      ? { output: c.outputActivation, loss: lossesFor(problem, c.outputActivation)[0] ?? 'mse' }
      : defaultHead(problem);
    if (given('outputActivation') || given('loss')) {
      report(
        'loss',
        `${c.outputActivation} with ${c.loss} does not suit ${c.dataset}; using ${head.output} with ${head.loss}`,
      );
    }
    c.outputActivation = head.output;
    c.loss = head.loss;
  }
  if (!lossParamOk(c.loss, c.lossParam)) {
    const { paramLabel, paramRange, defaultParam } = LOSSES[c.loss];
    if (given('lossParam')) {
      const [lo, hi] = paramRange!;
      report('lossParam', `${paramLabel} must be from ${lo} to ${hi}; using ${defaultParam}`);
    }
    c.lossParam = defaultParam;
  }
  repairFeatures(c, given, report);
  const trainSize = trainingSetSize(c);
  if (c.batchSize > trainSize) {
    if (given('batchSize')) {
      report(
        'batchSize',
        `${c.batchSize} is more than the ${trainSize} training examples; using ${trainSize}`,
      );
    }
    c.batchSize = trainSize;
  }
}

function repairFeatures(c: TrainingConfig, given: Given, report: Report): void {
  const chosen = FEATURE_NAMES.filter((f) => c.features.includes(f));
  if (dimsOf(c.dataset) > 2) {
    c.features = chosen;
    return;
  }
  const usable = featuresFor(c.dataset);
  const kept = chosen.filter((f) => usable.includes(f));
  const dropped = chosen.filter((f) => !usable.includes(f));
  if (dropped.length > 0 && given('features')) {
    report('features', `${dropped.join(', ')} do not apply to ${c.dataset}`);
  }
  if (kept.length === 0) {
    const fallback = DEFAULT_CONFIG.features.filter((f) => usable.includes(f));
    if (given('features')) report('features', `none left; using ${fallback.join(', ')}`);
    c.features = fallback;
  } else {
    c.features = kept;
  }
}

/**
 * Any value → a valid configuration and what was changed. Never throws.
 * Missing fields take DEFAULT_CONFIG's value silently; wrong types and unknown names fall back
 * to the default, out-of-range numbers are clamped, lists are cut to size, and cross-field
 * rules are enforced, each with a notice naming the field (values shown as ≤40 characters of
 * plain text). Strings are accepted for numbers ('0.03'), booleans ('1'/'0') and lists ('8,8').
 * Example: sanitizeConfig({ learningRate: -1 }) → lr 0.00001 and one notice on learningRate.
 */
export function sanitizeConfig(input: unknown): { config: TrainingConfig; notices: Notice[] } {
  const notices: Notice[] = [];
  const report: Report = (field, detail) =>
    notices.push({ field, message: `${CONFIG_FIELDS[field].label}: ${detail}.` });
  try {
    if (!isRecord(input)) throw new TypeError('not an object');
    const given: Given = (f) =>
      Object.prototype.hasOwnProperty.call(input, f) && input[f] !== undefined;
    const draft: Record<string, unknown> = {};
    for (const f of FIELD_NAMES) {
      draft[f] = given(f) ? readField(f, input[f], report) : copyValue(DEFAULT_CONFIG[f]);
    }
    const config = draft as unknown as TrainingConfig;
    repair(config, given, report);
    return { config, notices };
  } catch {
    return {
      config: copyConfig(DEFAULT_CONFIG),
      notices: [
        ...notices,
        {
          field: 'config',
          message: `The configuration "${show(input)}" could not be read; the defaults are used.`,
        },
      ],
    };
  }
}

function fieldValueOk(spec: FieldSpec, v: unknown): boolean {
  switch (spec.kind) {
    case 'enum':
      return typeof v === 'string' && spec.values.includes(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return (
        typeof v === 'number' &&
        v >= spec.min &&
        v <= spec.max &&
        !Object.is(v, -0) &&
        (!spec.integer || Number.isInteger(v))
      );
    case 'enumList':
      return (
        Array.isArray(v) &&
        v.length <= spec.maxLength &&
        v.every((x) => typeof x === 'string' && spec.values.includes(x))
      );
    case 'intList':
      return (
        Array.isArray(v) &&
        v.length <= spec.maxLength &&
        v.every((x) => Number.isInteger(x) && x >= spec.min && x <= spec.max)
      );
  }
}

/**
 * Whether `c` is a configuration the engine accepts as it is: every field of the right type
 * and range, one activation per hidden layer, a head valid for the data set, a loss parameter
 * its loss accepts (quantile τ in (0, 1)), applicable features in canonical order without repeats, batch ≤ training-set size.
 */
export function isValidConfig(c: unknown): c is TrainingConfig {
  if (!isRecord(c)) return false;
  if (!FIELD_NAMES.every((f) => fieldValueOk(CONFIG_FIELDS[f], c[f]))) return false;
  const t = c as unknown as TrainingConfig;
  const canonical = FEATURE_NAMES.filter((f) => t.features.includes(f));
  const usable = dimsOf(t.dataset) > 2 ? FEATURE_NAMES : featuresFor(t.dataset);
  return (
    t.activations.length === t.hidden.length &&
    isValidHead(problemOf(t.dataset), t.outputActivation, t.loss) &&
    lossParamOk(t.loss, t.lossParam) &&
    canonical.length === t.features.length &&
    canonical.every((f, i) => f === t.features[i] && usable.includes(f)) &&
    (dimsOf(t.dataset) > 2 || t.features.length > 0) &&
    t.batchSize <= trainingSetSize(t)
  );
}
