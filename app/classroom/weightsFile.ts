import { sanitizeConfig } from '../engine/configRules';
import { isCustomDataset } from '../engine/customData';
import { prepareData } from '../engine/prepareData';
import { planModel } from '../engine/networkSpec';
import { specFromConfig } from '../engine/modelSpec';
import type { TrainingConfig } from '../engine/trainingConfig';
import { isRecord, own, parseJsonText, quoteText } from './jsonText';
import type { Checked } from './jsonText';
import { readSavedHistory, type SavedHistory } from './savedHistory';

/** The `format` field of a weights file. */
export const WEIGHTS_FORMAT = 'gradient-lab/weights';
/** The version this app writes and reads; newer files are refused with a message. */
export const WEIGHTS_VERSION = 1;
/** More parameters than any network the playground can build (8 layers of 16 units). */
const MAX_PARAMETERS = 100_000;

/**
 * The optimiser's state and batch-norm statistics (TrainingExtras as JSON): m and s have one
 * value per parameter; runMean and runVar one list per layer (empty without batch norm).
 */
export interface SavedExtras {
  m: number[];
  s: number[];
  t: number;
  runMean: number[][];
  runVar: number[][];
}

/** Trained weights and where training stood: enough to continue exactly there. */
export interface TrainedState {
  epoch: number;
  step: number;
  /** The flat parameter vector, in the engine's layout for the configuration. */
  parameters: number[];
  /** Optimiser moments and batch-norm statistics; without them both start afresh. */
  extras?: SavedExtras;
  /** The loss history up to `epoch` (thinned); without it the chart starts at `epoch`. */
  history?: SavedHistory;
}

/** A configuration with trained weights, as saved to and read from a JSON file. */
export interface WeightsFile {
  config: TrainingConfig;
  state: TrainedState;
}

/** A file read back: the content, plus notices about configuration fields that were repaired. */
export interface ReadWeights extends WeightsFile {
  notices: string[];
}

/**
 * The JSON text of a weights file (pretty-printed, stable key order).
 * Shape: { format, version, config: {…}, state: { epoch, step, parameters: [...] } }.
 */
export function writeWeightsFile(file: WeightsFile): string {
  return JSON.stringify(
    {
      format: WEIGHTS_FORMAT,
      version: WEIGHTS_VERSION,
      config: file.config,
      state: {
        epoch: file.state.epoch,
        step: file.state.step,
        parameters: file.state.parameters,
        ...(file.state.extras ? { extras: file.state.extras } : {}),
        ...(file.state.history ? { history: file.state.history } : {}),
      },
    },
    null,
    2,
  );
}

/**
 * Why a configuration cannot travel in a file on its own, or null when it can: the user's own
 * data (drawn or imported) is not part of the configuration, so it could not be rebuilt.
 */
export function portabilityProblem(config: TrainingConfig): string | null {
  return isCustomDataset(config.dataset)
    ? 'it uses your own data, which is not stored in the file (export the data as CSV instead).'
    : null;
}

/** The number of parameters the engine builds for a configuration. */
export function parameterCountOf(config: TrainingConfig): number {
  return planModel(specFromConfig(config, prepareData(config))).parameterCount;
}

/** Batch-norm statistics per layer the engine builds for a configuration (0 without). */
export function normRowsOf(config: TrainingConfig): number[] {
  return planModel(specFromConfig(config, prepareData(config))).layers.map((l) =>
    l.batchNorm ? l.rows : 0,
  );
}

/** A list of finite numbers of exactly `length` items. */
function numbers(v: unknown, length: number): v is number[] {
  return (
    Array.isArray(v) &&
    v.length === length &&
    v.every((x) => typeof x === 'number' && Number.isFinite(x))
  );
}

/** Check saved optimiser state and batch-norm statistics against the network's shape. */
function readExtras(input: unknown, config: TrainingConfig, count: number): string | SavedExtras {
  if (!isRecord(input)) return 'the optimiser state is not an object.';
  const m = own(input, 'm');
  const s = own(input, 's');
  const t = own(input, 't');
  const runMean = own(input, 'runMean');
  const runVar = own(input, 'runVar');
  if (!numbers(m, count) || !numbers(s, count)) {
    return `the optimiser state needs ${count} finite numbers in "m" and in "s".`;
  }
  if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) {
    return `the optimiser's update count "${quoteText(t)}" is not a whole number ≥ 0.`;
  }
  const rows = normRowsOf(config);
  const lists = (v: unknown): v is number[][] =>
    Array.isArray(v) && v.length === rows.length && v.every((a, i) => numbers(a, rows[i]!));
  if (!lists(runMean) || !lists(runVar)) {
    return `the batch-norm statistics do not match the network's ${rows.length} layers.`;
  }
  return { m, s, t, runMean, runVar };
}

/**
 * Check a trained state object: whole non-negative epoch and step, and a list of finite
 * numbers of the length the configuration's network needs. `where` prefixes messages.
 */
export function readTrainedState(
  input: unknown,
  config: TrainingConfig,
  where = '',
): Checked<TrainedState> {
  const fail = (msg: string): Checked<TrainedState> => ({ ok: false, error: where + msg });
  if (!isRecord(input)) return fail('the trained state is missing or not an object.');
  const epoch = own(input, 'epoch');
  const step = own(input, 'step');
  const parameters = own(input, 'parameters');
  const count = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
  if (!count(epoch)) return fail(`the epoch "${quoteText(epoch)}" is not a whole number ≥ 0.`);
  if (!count(step)) return fail(`the step "${quoteText(step)}" is not a whole number ≥ 0.`);
  if (!Array.isArray(parameters)) return fail('the parameters are not a list of numbers.');
  if (parameters.length > MAX_PARAMETERS) {
    return fail(`${parameters.length} parameters is more than any playground network has.`);
  }
  const bad = parameters.findIndex((p) => typeof p !== 'number' || !Number.isFinite(p));
  if (bad >= 0) {
    return fail(`parameter ${bad} is "${quoteText(parameters[bad])}", not a finite number.`);
  }
  const unportable = portabilityProblem(config);
  if (unportable) return fail(unportable);
  let expected: number;
  try {
    expected = parameterCountOf(config);
  } catch (err) {
    return fail(`its network cannot be built (${err instanceof Error ? err.message : 'unknown'}).`);
  }
  if (parameters.length !== expected) {
    return fail(
      `it has ${parameters.length} parameters, but the network it describes has ${expected}.`,
    );
  }
  const state: TrainedState = {
    epoch: epoch as number,
    step: step as number,
    parameters: parameters as number[],
  };
  const extras = own(input, 'extras');
  if (extras !== undefined) {
    const read = readExtras(extras, config, expected);
    if (typeof read === 'string') return fail(read);
    state.extras = read;
  }
  const history = own(input, 'history');
  if (history !== undefined) {
    const read = readSavedHistory(history, state.epoch);
    if (typeof read === 'string') return fail(read);
    state.history = read;
  }
  return { ok: true, value: state };
}

/**
 * Read a configuration object as the URL does (unknown fields ignored, bad values repaired
 * and named in notices). Fails only when it is not an object at all.
 */
export function readConfig(
  input: unknown,
  where = '',
): Checked<{ config: TrainingConfig; notices: string[] }> {
  if (!isRecord(input)) return { ok: false, error: `${where}the configuration is missing.` };
  const { config, notices } = sanitizeConfig(input);
  return { ok: true, value: { config, notices: notices.map((n) => where + n.message) } };
}

/**
 * Read a weights file's text. Anything malformed or hostile is refused with one message
 * saying what is wrong; a valid file gives its configuration and trained state.
 * Example: readWeightsFile('[]') → { ok: false, error: 'This is not a Gradient Lab weights file…' }.
 */
export function readWeightsFile(text: string): Checked<ReadWeights> {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (!isRecord(doc) || own(doc, 'format') !== WEIGHTS_FORMAT) {
    return {
      ok: false,
      error: `This is not a Gradient Lab weights file (its "format" should be "${WEIGHTS_FORMAT}").`,
    };
  }
  const version = own(doc, 'version');
  if (version !== WEIGHTS_VERSION) {
    return {
      ok: false,
      error: `This weights file has version "${quoteText(version)}"; this app reads version ${WEIGHTS_VERSION}.`,
    };
  }
  const cfg = readConfig(own(doc, 'config'));
  if (!cfg.ok) return cfg;
  const state = readTrainedState(own(doc, 'state'), cfg.value.config, 'The weights do not fit: ');
  if (!state.ok) return state;
  return {
    ok: true,
    value: { config: cfg.value.config, state: state.value, notices: cfg.value.notices },
  };
}
