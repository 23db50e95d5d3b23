import { sanitizeConfig } from '../engine/configRules';
import { isCustomDataset } from '../engine/customData';
import { prepareData } from '../engine/prepareData';
import { planModel } from '../engine/networkSpec';
import { specFromConfig } from '../engine/session';
import type { TrainingConfig } from '../engine/trainingConfig';
import { isRecord, own, parseJsonText, quoteText } from './jsonText';
import type { Checked } from './jsonText';

/** The `format` field of a weights file. */
export const WEIGHTS_FORMAT = 'gradient-lab/weights';
/** The version this app writes and reads; newer files are refused with a message. */
export const WEIGHTS_VERSION = 1;
/** More parameters than any network the playground can build (8 layers of 16 units). */
const MAX_PARAMETERS = 100_000;

/** Trained weights and where training stood: enough to continue exactly there. */
export interface TrainedState {
  epoch: number;
  step: number;
  /** The flat parameter vector, in the engine's layout for the configuration. */
  parameters: number[];
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
  return {
    ok: true,
    value: { epoch: epoch as number, step: step as number, parameters: parameters as number[] },
  };
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
