import {
  fitActivations,
  lossesFor,
  outputsFor,
  problemOf,
  sanitizeConfig,
} from '../engine/configRules';
import { presetFor } from '../engine/presets';
import type { Notice } from '../engine/configRules';
import type { TrainingConfig } from '../engine/trainingConfig';

/**
 * The configuration after a user's change, repaired so the engine accepts it:
 *  - a new data set starts from that set's preset (keeping the seed), then the rest of the patch;
 *  - the hidden activations follow the layer count (new layers copy the last one);
 *  - the output activation stays one the problem allows, and the loss one that pairs with it;
 *  - finally every field is validated and clamped (sanitizeConfig), whose notices are returned.
 * Example: applyConfigPatch(xorCfg, { outputActivation: 'softmax' }) on a binary set keeps a
 * valid pair: softmax with cross-entropy (or the problem's default head if softmax is not allowed).
 */
export function applyConfigPatch(
  prev: TrainingConfig,
  patch: Partial<TrainingConfig>,
): { config: TrainingConfig; notices: Notice[] } {
  let draft: TrainingConfig = { ...prev, ...patch };
  if (patch.dataset !== undefined && patch.dataset !== prev.dataset) {
    draft = { ...presetFor(patch.dataset), seed: prev.seed, ...patch };
  }
  draft.activations = fitActivations(draft.activations, draft.hidden.length);
  const problem = problemOf(draft.dataset);
  const outputs = outputsFor(problem);
  if (!outputs.includes(draft.outputActivation)) {
    draft.outputActivation = outputs[0] ?? draft.outputActivation;
  }
  const losses = lossesFor(problem, draft.outputActivation);
  if (!losses.includes(draft.loss)) draft.loss = losses[0] ?? draft.loss;
  const { config, notices } = sanitizeConfig(draft);
  return { config, notices };
}
