import { CONFIG_FIELDS, fitActivations, sanitizeConfig } from '../engine/configRules';
import { DATASET_NAMES } from '../engine/dataset';
import type { DatasetName } from '../engine/dataset';
import { presetFor } from '../engine/presets';
import type { TrainingConfig } from '../engine/trainingConfig';

/**
 * A lesson's configuration for a playground block: the data set's preset, then the author's
 * fields on top. Hidden layers given without activations get the preset's first activation
 * (or tanh) for each layer, so `hidden: [4]` alone is enough.
 * Returns the full valid config, or the problems in plain words (one per bad field).
 * Example: resolveLessonConfig({ dataset: 'xor', hidden: [4] }).config.activations → ['tanh'].
 */
export function resolveLessonConfig(
  input: unknown,
): { config: TrainingConfig; problems: string[] } | { config: null; problems: string[] } {
  if (input === undefined || input === null) input = {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config: null, problems: ['"config" must be a list of fields such as dataset: xor'] };
  }
  const given = input as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(CONFIG_FIELDS, key)) problems.push(`unknown configuration field "${key}"`);
  }
  const dataset = given.dataset ?? 'circle';
  if (typeof dataset !== 'string' || !(DATASET_NAMES as readonly string[]).includes(dataset)) {
    problems.push(`unknown data set "${String(dataset)}" (try one of ${DATASET_NAMES.join(', ')})`);
    return { config: null, problems };
  }
  const preset = presetFor(dataset as DatasetName);
  const merged: Record<string, unknown> = { ...preset, ...given };
  if (Array.isArray(given.hidden) && given.activations === undefined)
    merged.activations = fitActivations(preset.activations, given.hidden.length);
  const { config, notices } = sanitizeConfig(merged);
  for (const n of notices) problems.push(n.message);
  return problems.length > 0 ? { config: null, problems } : { config, problems };
}
